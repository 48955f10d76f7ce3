// The monthly CCAS report: its figures (the month, the previous month, the year to date and a
// 12-month trend) and its layout document. Build it with build_monthly_report, render it with
// render_monthly_pdf (report_pdf.hpp) or export its tables with write_csv_tables.
#pragma once

#include "reports/period_figures.hpp"
#include "reports/report_document.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace cabas::storage { class Store; }

namespace cabas::reports {

/// A calendar month.
struct Month {
    int year = 2026;
    unsigned month = 1;
    /// Parses "2026-11"; ValidationError naming `field` otherwise.
    static Month parse(std::string_view text, const std::string& field = "mois");
    static Month of(core::Date d) { return {d.year(), d.month()}; }
    core::Date first() const;
    core::Date last() const;
    Month previous() const;
    Month next() const { return month == 12 ? Month{year + 1, 1} : Month{year, month + 1}; }
    std::string iso() const;      ///< "2026-11"
    std::string french() const;   ///< "novembre 2026"
    /// "nov. 26": chart axes (and CSV, where "11/26" would be read as a date).
    std::string short_french() const;
};

/// Called between the steps of a build: (step done, steps in all, what comes next).
using ProgressFn = std::function<void(int, int, const std::string&)>;

/// Options of every report. Unset values come from the settings table:
/// "report.threshold" (default 11) and "report.internal" ("1" lifts suppression).
struct ReportOptions {
    std::optional<int> threshold;
    std::optional<bool> internal;
    ProgressFn progress;
};

/// Settings of a report after applying the options over the stored settings.
struct ResolvedOptions {
    int threshold = 11;
    bool internal = false;
    std::string shop_name = "Épicerie solidaire";
};
ResolvedOptions resolve_options(storage::Store&, const ReportOptions&);

struct MonthlyReport {
    Month month;
    PeriodFigures current;
    PeriodFigures previous;
    PeriodFigures year_to_date;
    std::vector<storage::MonthActivity> trend;  ///< the 12 months ending with this one, all present
    int bareme_version = 0;
    std::string bareme_label;
    core::Date bareme_from;
    ResolvedOptions options;
    ReportDocument document;                    ///< suppressed unless internal
};

/// Builds the whole report from the store. Reads only; an empty month gives a report that
/// says so.
MonthlyReport build_monthly_report(storage::Store&, Month, const ReportOptions& = {});

/// The layout of an already computed report (suppression applied unless options.internal).
ReportDocument layout_monthly(const MonthlyReport&);

} // namespace cabas::reports
