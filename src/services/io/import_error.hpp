// The error an import reports for one place in a file. Imports collect every error before
// answering, so a user fixes the whole file in one pass instead of one line per attempt.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace cabas::services::io {

/// One problem in an imported file. `line` is the 1-based physical line (0 for a problem with
/// the whole file: encoding, header, missing column); `column` is the canonical column name
/// ("date_naissance"), the name as written in the file for an unknown or repeated header
/// ("Couleur"), or empty when the problem is the row itself (wrong column count, quoting).
struct ImportError {
    std::string file;
    int line = 0;
    std::string column;
    std::string reason;

    /// "menages.csv:4: date_naissance: date impossible « 31/02/2026 »", or without the
    /// column part when `column` is empty: "menages.csv:7: 5 colonnes au lieu de 7". A bad
    /// byte is placed by character: "menages.csv:3: caractère 9: octet nul : ...".
    std::string to_string() const;
};

/// How many errors a list shows: enough to fix a file in a few passes, few enough to read.
inline constexpr std::size_t kMaxListedErrors = 100;

/// The first `max_listed` errors, one per line, in file order, then "… et N autres erreurs":
/// what the CLI prints and the till shows. Quoted values are cut to 60 characters.
std::string to_string(const std::vector<ImportError>& errors, std::size_t max_listed = kMaxListedErrors);

/// "… et 1 autre erreur\n" / "… et N autres erreurs\n" for the errors a list left out;
/// empty when `rest` is 0.
std::string more_errors_line(std::size_t rest);

} // namespace cabas::services::io
