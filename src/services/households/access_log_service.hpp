// The access log for admins: newest entries first, filtered by household or user, and its CSV
// export (itself written to the log).
#pragma once

#include "services/households/household_service.hpp"
#include "storage/access_log_repository.hpp"

#include <string>
#include <vector>

namespace cabas::services::households {

/// Entries of the log; PermissionDenied for anyone but an admin.
std::vector<storage::AccessLogEntry> access_log_entries(HouseholdService&, const storage::AccessLogFilter&);

/// The filtered log as CSV (UTF-8, `;` separated, French headers, RFC 4180 quoting), newest
/// first. The export is logged as "export_access_log" before the entries are read, so the
/// export names itself.
std::string export_access_log_csv(HouseholdService&, storage::AccessLogFilter filter);

} // namespace cabas::services::households
