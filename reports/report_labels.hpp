// French labels of the categories reports print (household type, housing, main resource, sex,
// project, payment method, origin), in the order tables list them.
#pragma once

#include "core/household_file.hpp"
#include "core/money.hpp"

#include <string>
#include <vector>

namespace cabas::reports {

std::string label_of(core::HouseholdType);
std::string label_of(core::Housing);
std::string label_of(core::MainResource);
std::string label_of(core::Sex);
std::string label_of(core::ProjectType);
/// "Espèces", "Carte bancaire", "Chèque", "Gratuit" from storage's method code.
std::string payment_label(const std::string& method_code);
/// "FSE+", "Banque Alimentaire"... from core's origin code; "Sans lot" for "".
std::string origin_label(const std::string& origin_code);
/// "Accepté", "Refusé", "Ajourné", "Dérogation" from the stored decision code.
std::string decision_label(const std::string& decision_code);

std::vector<std::string> household_type_labels();
std::vector<std::string> housing_labels();
std::vector<std::string> main_resource_labels();
std::vector<std::string> sex_labels();
std::vector<std::string> project_labels();
std::vector<std::string> exit_labels();
std::vector<std::string> decision_labels();
std::vector<std::string> age_band_labels();
std::vector<std::string> size_labels();
std::vector<std::string> rav_band_labels();

/// RAV band label of a reste à vivre per person per day ("5,00–7,99 €").
std::string rav_band_label(core::Money rav_per_person_day);
/// Age band label for the profiles ("0–2 ans" ... "65 ans et plus").
std::string age_band_label(int age);

} // namespace cabas::reports
