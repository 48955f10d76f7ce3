// What a caller asks of a CCAS, annual or FSE+ report (threshold, internal, progress), how the
// request is resolved against the épicerie's settings, and who may ask it.
#pragma once

#include "reports/report_common_model.hpp"
#include "services/access_control.hpp"

#include <functional>
#include <optional>
#include <string>

namespace cabas::storage { class Store; }

namespace cabas::services {

/// Called between the steps of a build: (step done, steps in all, what comes next).
using ProgressFn = std::function<void(int, int, const std::string&)>;

/// Options of every report. Unset values come from the settings table: keys::report_threshold
/// (default 11) and keys::report_internal ("1" lifts suppression).
struct ReportOptions {
    std::optional<int> threshold;
    std::optional<bool> internal;
    ProgressFn progress;
};

/// The options over the stored settings. ValidationError for a stored threshold that is not a
/// number of at least 2, or a requested one under 2.
reports::ResolvedOptions resolve_report_options(storage::Store&, const ReportOptions&);

/// Returns when `user` may build a report with these options: BuildReports always, and
/// MakeReportInternal when the request lifts the suppression or sets the threshold under 11.
/// Otherwise logs the refusal and throws PermissionDenied. The rule reads the request, not the
/// settings: a stored "internal" or low threshold was already an admin's decision (saving it
/// needs MakeReportInternal).
void require_report_rights(storage::Store&, const LoggedUser& user, const ReportOptions&);

} // namespace cabas::services
