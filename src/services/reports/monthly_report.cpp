// Building the monthly report: options, the four queries' periods and the 12-month trend. The
// sales of all the months needed are read once and rolled up; only the month and the previous
// month are read again line by line (goods, credit use).
#include "services/reports/monthly_report.hpp"

#include "core/messages.hpp"
#include "reports/monthly_layout.hpp"
#include "services/bareme_service.hpp"
#include "services/reports/activity_rollup.hpp"
#include "services/reports/period_figures.hpp"
#include "storage/store.hpp"

#include <utility>

namespace cabas::services {

using reports::Month;

reports::MonthlyReport build_monthly_report(storage::Store& store, const LoggedUser& user, Month month,
                                            const ReportOptions& options) {
    require_report_rights(store, user, options);
    const core::DocumentInFrench document;
    constexpr int steps = 6;
    auto step = [&](int done, const std::string& next) {
        if (options.progress) options.progress(done, steps, next);
    };
    reports::MonthlyReport r;
    r.month = month;
    r.options = resolve_report_options(store, options);
    step(0, "Lecture des dossiers");
    const core::Bareme bareme = bareme_in_force(store, month.last());
    r.bareme_version = bareme.version;
    r.bareme_label = bareme.label;
    r.bareme_from = bareme.effective_from;
    auto& q = store.report_queries();
    const auto households = q.households();
    Month first = month;
    for (int i = 0; i < 11; ++i) first = first.previous();
    const Month january{month.year, 1};
    const Month earliest = january.first() < first.first() ? january : first;
    const auto rows = q.activity_by_month(earliest.first().iso(), month.last().plus_days(1).iso());
    step(1, "Chiffres du mois");
    const auto range = [](Month m) { return std::pair{m.first().iso(), m.last().plus_days(1).iso()}; };
    const auto [a, b] = range(month);
    r.current = compute_period_figures(store, households, q.activity(a, b), bareme, month.first(), month.last(), true);
    step(2, "Mois précédent");
    const Month prev = month.previous();
    const auto [pa, pb] = range(prev);
    r.previous = compute_period_figures(store, households, q.activity(pa, pb), bareme, prev.first(), prev.last(), false);
    step(3, "Cumul de l'année");
    r.year_to_date = compute_period_figures(store, households, merge_months(rows, january, month), bareme,
                                            january.first(), month.last(), false);
    step(4, "Évolution sur douze mois");
    r.trend = month_totals(rows, first, month);
    step(5, "Mise en page");
    r.document = reports::layout_monthly(r);
    step(6, "Terminé");
    return r;
}

} // namespace cabas::services
