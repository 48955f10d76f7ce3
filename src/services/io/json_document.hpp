// Reading a JSON document from a file's bytes, with syntax errors reported the way a user can
// act on: file, line and column, in French.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace cabas::services::io {

/// Decodes `bytes` (UTF-8 with or without BOM; Windows-1252 from an old editor is converted;
/// UTF-16 refused) and parses them as JSON. Throws ValidationError whose field is
/// "file:line:column" on a syntax error ("bareme.json:12:5", reason "JSON invalide : ..."),
/// or "file" on an encoding problem. Lines and columns are 1-based; columns count characters.
nlohmann::json parse_json_document(std::string_view bytes, const std::string& file);

} // namespace cabas::services::io
