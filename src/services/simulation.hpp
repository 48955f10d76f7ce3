// The social worker's calculator: a household described in JSON, evaluated against the
// barème without being stored, and the working rendered as text or JSON.
#pragma once

#include "core/bareme.hpp"
#include "core/eligibility.hpp"
#include "core/household.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace cabas::services {

/// Reads the simulation format documented in docs/simulate_format.md. Throws ValidationError
/// naming the JSON path of the first bad value ("membres[1].date_naissance: ...").
core::HouseholdComposition composition_from_json(const nlohmann::json& doc, core::Date today);

/// Text of the working, in French, as the social worker reads it.
std::string render_working_text(const core::EligibilityDecision&, const core::Bareme&, core::Date on);

/// Every figure of the working, machine-readable (amounts in cents and as French text).
nlohmann::json working_to_json(const core::EligibilityDecision&, const core::Bareme&, core::Date on);

} // namespace cabas::services
