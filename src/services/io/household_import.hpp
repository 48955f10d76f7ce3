// Reading a households CSV (one row per member, rows grouped by file number) into household
// files, all or nothing. The format is documented for users in docs/import_formats.md.
#pragma once

#include "core/date.hpp"
#include "core/household_file.hpp"
#include "services/io/import_error.hpp"
#include "services/io/text_encoding.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabas::services::io {

/// One household read from the file. `file` has id 0, no sales code and, when a referrer is
/// named, a Referrer with id 0 and only organisation/social worker filled: storage matches or
/// creates those. Access dates are both set or both empty, end >= start.
struct ImportedHousehold {
    int first_line = 0;                     ///< line of the dossier's first member row
    core::HouseholdFile file;
    std::optional<core::Date> access_start;
    std::optional<core::Date> access_end;
};

/// The outcome of an import: either households and no errors, or errors and no households.
struct HouseholdImport {
    std::vector<ImportedHousehold> households;
    std::vector<ImportError> errors;        ///< sorted by line; file-level ones (line 0) first
    std::optional<TextEncoding> encoding;   ///< set whenever the bytes could be decoded
    bool ok() const { return errors.empty(); }
};

/// Parses a households file. Never throws for bad content: every problem (encoding, quoting,
/// header, each bad cell, duplicate or inconsistent dossiers, applicant count) is an
/// ImportError, all of them collected. `today` bounds birth dates (none in the future).
HouseholdImport parse_households_csv(std::string_view bytes, const std::string& file_name, core::Date today);

/// The fixed column names, in the order of the documentation and of a blank template;
/// `ressource_<type>` and `charge_<type>` columns come on top of these.
const std::vector<std::string>& household_columns();

} // namespace cabas::services::io
