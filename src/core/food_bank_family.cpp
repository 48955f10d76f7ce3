// The food-bank families' rules (see food_bank_family.hpp).
#include "core/food_bank_family.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

#include <algorithm>

namespace cabas::core {

namespace {

struct Part {
    std::string FoodBankFamily::*member;
    const char* field;
    const char* what;
    std::size_t max_chars;
};

const Part k_parts[] = {
    {&FoodBankFamily::family_code, "code_famille", to_translate("code de famille"), kMaxFamilyCodeCharacters},
    {&FoodBankFamily::family, "famille", to_translate("libellé de famille"), kMaxFamilyLabelCharacters},
    {&FoodBankFamily::subfamily_code, "code_sous_famille", to_translate("code de sous-famille"), kMaxFamilyCodeCharacters},
    {&FoodBankFamily::subfamily, "sous_famille", to_translate("libellé de sous-famille"), kMaxFamilyLabelCharacters},
};

std::optional<std::string> part_problem(const std::string& value, const Part& part) {
    if (value.empty()) return tr("{0} manquant", tr(part.what));
    if (std::any_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
        return tr("{0} {1} : caractère de contrôle", tr(part.what), quoted(value));
    if (utf8::length(value) > part.max_chars)
        return tr("{0} {1} : {2} caractères au plus", tr(part.what), quoted(value), part.max_chars);
    return std::nullopt;
}

} // namespace

bool operator==(const FoodBankFamily& a, const FoodBankFamily& b) {
    return a.family_code == b.family_code && a.family == b.family && a.subfamily_code == b.subfamily_code &&
           a.subfamily == b.subfamily;
}

std::vector<FamilyProblem> food_bank_family_problems(const FoodBankFamily& family) {
    std::vector<FamilyProblem> out;
    for (const auto& part : k_parts)
        if (auto reason = part_problem(trim(family.*part.member), part)) out.push_back({part.field, *reason});
    return out;
}

FoodBankFamily checked_food_bank_family(const FoodBankFamily& family) {
    const auto problems = food_bank_family_problems(family);
    if (!problems.empty()) throw ValidationError(problems.front().field, problems.front().reason);
    FoodBankFamily out;
    for (const auto& part : k_parts) out.*part.member = trim(family.*part.member);
    return out;
}

std::optional<FamilyProblem> family_conflict(const FoodBankFamily& family, const FoodBankFamily& other) {
    if (family.family_code != other.family_code) return std::nullopt;
    if (family.family != other.family)
        return FamilyProblem{"famille", tr("la famille {0} s'appelle déjà {1}", family.family_code, quoted(other.family))};
    if (family.subfamily_code == other.subfamily_code && family.subfamily != other.subfamily)
        return FamilyProblem{"sous_famille", tr("la sous-famille {0}/{1} s'appelle déjà {2}", family.family_code,
                                                    family.subfamily_code, quoted(other.subfamily))};
    return std::nullopt;
}

} // namespace cabas::core
