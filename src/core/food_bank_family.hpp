// Where a product category sits in the food banks' shared référentiel (famille, sous-famille,
// article): the two upper levels, so that what Cabas distributes can be told to the food bank in
// its own terms. Cabas's categories stay as they are (rates and limits hang on them); each one is
// mapped to one family and one sub-family, and the article level is the product itself.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cabas::core {

/// One family and sub-family of the référentiel. Every part is set (trimmed, not empty): a
/// category without a family has no FoodBankFamily at all. A sub-family is known by its code
/// within its family, so two families may each have a sub-family "01".
struct FoodBankFamily {
    std::string family_code;      ///< "03"
    std::string family;           ///< "Produits laitiers"
    std::string subfamily_code;   ///< "0301"
    std::string subfamily;        ///< "Lait"
};

bool operator==(const FoodBankFamily&, const FoodBankFamily&);

inline constexpr std::size_t kMaxFamilyCodeCharacters = 20;
inline constexpr std::size_t kMaxFamilyLabelCharacters = 80;

/// A refused part: the field ("code_famille", "famille", "code_sous_famille", "sous_famille": the
/// import's column names) and why.
struct FamilyProblem {
    std::string field;
    std::string reason;
};

/// Every part of `family` that is empty once trimmed, too long (codes 20 characters, labels 80)
/// or holds a control character, in the order of the fields; empty when the family is sound.
std::vector<FamilyProblem> food_bank_family_problems(const FoodBankFamily& family);

/// The family with each part trimmed; ValidationError of its first problem.
FoodBankFamily checked_food_bank_family(const FoodBankFamily& family);

/// Why `family` cannot stand beside `other` in one table, or nullopt when they agree: one family
/// code has one label, and one sub-family code (within its family) has one label.
std::optional<FamilyProblem> family_conflict(const FoodBankFamily& family, const FoodBankFamily& other);

} // namespace cabas::core
