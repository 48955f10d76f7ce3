// What a sheet of household cards shows: the épicerie's name and, per card, the number, the
// first name or chosen pseudonym and how long the card lets the household shop. Nothing else
// personal: a lost card tells a finder nothing.
#pragma once

#include "core/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cabas::reports {

struct CardFace {
    std::string number;         ///< 13 digits, check digit included
    std::string display_name;   ///< first name or pseudonym
    /// Last day of the access period the card was printed in; none when the household has no
    /// current period (the card then says to ask at the épicerie).
    std::optional<core::Date> valid_until;
};

/// "valable jusqu'au 28/02/2027", or "validité : voir l'épicerie" when there is no current period.
std::string card_validity_line(const CardFace&);

struct CardSheetModel {
    std::string shop_name;
    std::vector<CardFace> cards;
};

} // namespace cabas::reports
