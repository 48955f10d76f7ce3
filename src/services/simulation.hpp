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

/// How big a simulated household may be. A real one has a handful of members and a dozen
/// lines of resources and charges; the limits only stop a wrong or hostile file.
struct SimulationLimits {
    std::size_t max_bytes = 256u << 10;  ///< 256 Kio of JSON
    int max_depth = 8;                   ///< nesting of [ ] and { }
    std::size_t max_members = 30;
    std::size_t max_lines = 100;         ///< resources, and charges, each
};

/// Reads the simulation format documented in docs/simulate_format.md. Throws ValidationError
/// naming the JSON path of the first bad value ("membres[1].date_naissance: ..."), or the
/// limit a list goes over ("membres: 300000 personnes : au plus 30 ...").
core::HouseholdComposition composition_from_json(const nlohmann::json& doc, core::Date today,
                                                 const SimulationLimits& limits = {});

/// The household of a simulation file: size and nesting limits, decoding and parsing
/// (io::parse_json_document), then composition_from_json. Every error's field starts with
/// the file name ("foyer.json: membres[1].date_naissance").
core::HouseholdComposition composition_from_text(std::string_view bytes, const std::string& file, core::Date today,
                                                 const SimulationLimits& limits = {});

/// Text of the working, in the process language, as the social worker reads it.
std::string render_working_text(const core::EligibilityDecision&, const core::Bareme&, core::Date on);

/// Every figure of the working, machine-readable (amounts in cents and as French text).
nlohmann::json working_to_json(const core::EligibilityDecision&, const core::Bareme&, core::Date on);

} // namespace cabas::services
