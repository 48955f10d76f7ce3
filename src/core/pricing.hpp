// Pricing of one basket line: retail value × participation rate, after origin rules.
#pragma once

#include "core/bareme.hpp"
#include "core/money.hpp"

#include <optional>
#include <string>

namespace cabas::core {

/// Where the stock lot came from. FSE+ food is free by law; food-bank food is capped.
enum class Origin { FoodBank, FsePlus, Purchase, Donation, Collection, SupermarketPickup };

struct PricingInput {
    Money value;                          ///< retail value of the whole line
    Rate household_rate;
    std::optional<Rate> category_rate;    ///< replaces the household rate when set
    Origin origin = Origin::Purchase;
    bool always_free = false;
};

enum class RateSource { Household, Category, FoodBankCap, FsePlusFree, AlwaysFree };

struct PricedLine {
    Money value;
    Rate rate;                ///< rate actually applied
    RateSource source = RateSource::Household;
    Money to_pay;             ///< value × rate, half-up to the cent
    Money savings() const { return value - to_pay; }
};

/// Order of rules: always-free and FSE+ give 0 %; otherwise the category rate if set, else the
/// household rate; a food-bank lot is then capped at the barème's cap (10 %).
PricedLine price_line(const PricingInput&, const Bareme&);

std::string to_code(Origin);
std::optional<Origin> origin_from_code(std::string_view);
std::string label_of(Origin);   ///< "Banque Alimentaire", "FSE+", "Achat", ...
std::string to_code(RateSource);

} // namespace cabas::core
