// The error an import reports for one place in a file. Imports collect every error before
// answering, so a user fixes the whole file in one pass instead of one line per attempt.
#pragma once

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
    /// column part when `column` is empty: "menages.csv:7: 5 colonnes au lieu de 7".
    std::string to_string() const;
};

/// Every error, one per line, in file order: what the CLI prints and the till shows.
std::string to_string(const std::vector<ImportError>& errors);

} // namespace cabas::services::io
