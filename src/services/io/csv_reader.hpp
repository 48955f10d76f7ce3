// A CSV reader for the files French office suites write: ';' (or ',' or tab) separated,
// RFC 4180 quoting, CRLF or LF. It reports structural problems by physical line and keeps
// going, so an import can list every bad line at once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cabas::services::io {

/// One data row. `line` is the 1-based physical line where the record starts (a quoted field
/// with newlines makes a record span several lines; the next record's number accounts for it).
struct CsvRecord {
    int line = 0;
    std::vector<std::string> fields;  ///< raw values, unquoted, not trimmed
};

/// A structural problem: stray or unterminated quote, wrong number of columns.
struct CsvProblem {
    int line = 0;
    std::string reason;               ///< "5 colonnes au lieu de 7"
    /// "ligne 4 : 5 colonnes au lieu de 7".
    std::string message() const;
};

/// A parsed file. Rows with a problem are left out of `rows` and listed in `problems`;
/// rows whose fields are all blank (";;;;" or an empty line) are skipped silently.
struct CsvTable {
    char delimiter = ';';
    int header_line = 0;              ///< 0 when the file has no non-blank line
    std::vector<std::string> header;  ///< names as written, trimmed
    std::vector<CsvRecord> rows;
    std::vector<CsvProblem> problems;
};

/// What one imported file may hold. Far above any real épicerie's file (a few thousand
/// households or products), low enough that a wrong or hostile file cannot exhaust memory or
/// flood the screen with errors. Every refusal names the limit it hit.
struct CsvLimits {
    std::size_t max_file_bytes = 16u << 20;  ///< the file as read (checked by the imports, 16 Mio)
    std::size_t max_rows = 50'000;        ///< data rows, header excluded
    std::size_t max_line_bytes = 16'384;  ///< one physical line
    std::size_t max_field_bytes = 4'096;  ///< one cell, quotes removed
};

/// Parses UTF-8 text (see decode_to_utf8). The delimiter is the most frequent of ';', '\t'
/// and ',' in the header line outside quotes; ';' wins ties, being the French default.
/// Never throws for malformed input: problems are returned. A line or a cell over its limit
/// is a problem of that line; more rows than `limits.max_rows` stops the reading there.
CsvTable read_csv(std::string_view text, const CsvLimits& limits = {});

/// The delimiter `read_csv` would choose for this header line.
char detect_delimiter(std::string_view header_line);

/// A name made comparable: trimmed, lowercase, accents removed ("é" -> "e", "œ" -> "oe"),
/// runs of spaces and hyphens turned into one '_'. "Date de naissance " -> "date_de_naissance",
/// "Catégorie-Libellé" -> "categorie_libelle". Used for headers and for enum codes in cells.
std::string normalise_key(std::string_view text);

} // namespace cabas::services::io
