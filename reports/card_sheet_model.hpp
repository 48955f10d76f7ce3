// What a sheet of household cards shows: the épicerie's name and, per card, the number and the
// first name or chosen pseudonym. Nothing else personal: a lost card tells a finder nothing.
#pragma once

#include <string>
#include <vector>

namespace cabas::reports {

struct CardFace {
    std::string number;         ///< 13 digits, check digit included
    std::string display_name;   ///< first name or pseudonym
};

struct CardSheetModel {
    std::string shop_name;
    std::vector<CardFace> cards;
};

} // namespace cabas::reports
