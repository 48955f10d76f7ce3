// Pricing of one basket line: the origin rules first (FSE+ and always-free lots are free, a
// food-bank lot is capped), then the category or household participation rate.
#include "core/pricing.hpp"

#include "core/enum_codes.hpp"
#include "core/messages.hpp"

namespace cabas::core {

PricedLine price_line(const PricingInput& in, const Bareme& bareme) {
    PricedLine out;
    out.value = in.value;
    if (in.always_free) {
        out.rate = Rate{0};
        out.source = RateSource::AlwaysFree;
    } else if (in.origin == Origin::FsePlus) {
        // FSE+ food must be distributed free: no setting can change that.
        out.rate = Rate{0};
        out.source = RateSource::FsePlusFree;
    } else if (in.category_rate) {
        out.rate = *in.category_rate;
        out.source = RateSource::Category;
    } else {
        out.rate = in.household_rate;
        out.source = RateSource::Household;
    }
    // The food-bank cap is a ceiling, never a floor: a lower household rate still applies.
    if (in.origin == Origin::FoodBank && out.rate > bareme.food_bank_cap) {
        out.rate = bareme.food_bank_cap;
        out.source = RateSource::FoodBankCap;
    }
    out.to_pay = apply_rate(in.value, out.rate);
    return out;
}

namespace {

constexpr std::array<std::pair<Origin, const char*>, 6> origin_codes{{
    {Origin::FoodBank, "banque_alimentaire"}, {Origin::FsePlus, "fse"}, {Origin::Purchase, "achat"},
    {Origin::Donation, "don"}, {Origin::Collection, "collecte"}, {Origin::SupermarketPickup, "ramasse"}}};

constexpr std::array<std::pair<Origin, const char*>, 6> origin_labels{{
    {Origin::FoodBank, to_translate("Banque Alimentaire")}, {Origin::FsePlus, to_translate("FSE+")}, {Origin::Purchase, to_translate("Achat")},
    {Origin::Donation, to_translate("Don")}, {Origin::Collection, to_translate("Collecte")}, {Origin::SupermarketPickup, to_translate("Ramasse")}}};

constexpr std::array<std::pair<RateSource, const char*>, 5> rate_source_codes{{
    {RateSource::Household, "foyer"}, {RateSource::Category, "categorie"},
    {RateSource::FoodBankCap, "plafond_banque_alimentaire"}, {RateSource::FsePlusFree, "fse_gratuit"},
    {RateSource::AlwaysFree, "toujours_gratuit"}}};

} // namespace

std::string to_code(Origin v) { return detail::code_of(origin_codes, v); }
std::optional<Origin> origin_from_code(std::string_view s) { return detail::parse_code(origin_codes, s); }
std::string label_of(Origin v) { return detail::label_in_language(origin_labels, v); }
std::string to_code(RateSource v) { return detail::code_of(rate_source_codes, v); }

} // namespace cabas::core
