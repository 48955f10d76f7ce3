// Reading a JSON document from a file's bytes, with syntax errors reported the way a user can
// act on: file, line and column, in French.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace cabas::services::io {

/// How big a hand-written document may be. The defaults are the barème's; each reader sets its
/// own (a simulated household is smaller still).
struct JsonLimits {
    std::size_t max_bytes = 1u << 20;  ///< 1 Mio
    int max_depth = 16;                ///< nesting of [ ] and { }
};

/// Decodes `bytes` (UTF-8 with or without BOM; a Windows-1252 file from an old editor is
/// converted; UTF-16 refused) and parses them as JSON. Throws ValidationError whose field is
/// "file:line:column" on a syntax error ("bareme.json:12:5", reason "JSON invalide : ..."),
/// a bad byte or nesting deeper than the limit, or "file" for a file over the size limit or
/// in UTF-16. Lines and columns are 1-based; columns count characters.
nlohmann::json parse_json_document(std::string_view bytes, const std::string& file, const JsonLimits& limits = {});

} // namespace cabas::services::io
