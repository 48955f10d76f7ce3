// The barème as a JSON document a CCAS board can read, keep and send: French key names,
// amounts as French text ("10,00"), rates as "10 %", enums as their codes, dates ISO.
// The format is documented, with a full example, in docs/bareme_format.md.
#pragma once

#include "core/bareme.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace cabas::services::io {

/// Value of the mandatory "format" key: names the format and its revision, so a file from
/// another program or a future revision is recognised rather than half-read.
inline constexpr const char* k_bareme_format = "cabas-bareme-1";

/// The whole barème, every field written. Keys come out in nlohmann::json's (alphabetical)
/// order; use bareme_to_text for a file meant to be read by people.
nlohmann::json to_json(const core::Bareme&);

/// The document as text in the documented key order, indented by two spaces, ending with a
/// newline, UTF-8 without BOM.
std::string bareme_to_text(const core::Bareme&);

/// Reads a barème. Every key is required except "version" (storage assigns versions; when
/// absent the Bareme default stays). Unknown keys are refused (typo protection). Then
/// core::validate runs. Every problem throws ValidationError whose field is the JSON path,
/// "seuils.par_personne.eligible_max" or "participation.tranches[1].taux".
core::Bareme bareme_from_json(const nlohmann::json&);

/// parse_json_document then bareme_from_json.
core::Bareme bareme_from_text(std::string_view bytes, const std::string& file);

} // namespace cabas::services::io
