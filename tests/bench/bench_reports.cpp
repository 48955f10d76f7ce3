// The reports timed at a checkpoint: the monthly CCAS report's model and PDF apart, on the
// last whole month of the history, and the annual report (model + PDF) of the twelve months
// ending with it. The baseline is one indexed read of the period's sales and lines: the least
// any report of that period must read.
#include "support/test_login.hpp"
#include "bench/bench_measure.hpp"
#include "bench/baseline.hpp"

#include "reports/report_pdf.hpp"
#include "services/login.hpp"
#include "services/reports/fse_report.hpp"
#include "services/reports/monthly_report.hpp"
#include "storage/store.hpp"

#include <filesystem>
#include <stdexcept>

namespace cabas::bench {

void measure_reports(World& world, const Scale& scale, Checkpoint& cp) {
    const core::Date month_start = world.today().month_start().plus_months(-1);
    const reports::Month month = reports::Month::of(month_start);
    const core::Date year_from = month_start.plus_months(-11);
    const core::Date year_to = month.last();
    auto store = storage::open_store(world.path());
    // The population's manager builds the reports, as at the reports screen; logged in once,
    // outside the timings.
    const auto manager = cabas::testing::log_in_now(*store, "resp", "2222");
    if (!manager) throw std::runtime_error("le responsable du banc d'essai ne peut pas se connecter");
    const auto base = open_baseline(world.path());
    // Beside the SQLite file, or in the temporary folder for a server's schema.
    const std::string pdf = storage::is_server_location(world.path())
                                ? (std::filesystem::temp_directory_path() / ("cabas-bench-" + scale.name + "-rapport.pdf")).string()
                                : world.path() + "-rapport.pdf";
    std::vector<double> model, render, month_base, annual, annual_base;
    for (int i = 0; i < scale.report_runs; ++i) {
        reports::MonthlyReport report;
        model.push_back(time_ms([&] { report = services::build_monthly_report(*store, *manager, month); }));
        render.push_back(time_ms([&] { reports::render_monthly_pdf(report, pdf); }));
        month_base.push_back(time_ms([&] { cp.visits_last_month = base->month_read(month.first(), month.last()); }));
        annual.push_back(time_ms([&] {
            const auto year = services::build_fse_report(*store, *manager, year_from, year_to, true);
            reports::render_report_pdf(year.document, pdf);
        }));
        annual_base.push_back(time_ms([&] { base->month_read(year_from, year_to); }));
    }
    std::filesystem::remove(pdf);
    cp.rows.push_back(Row{"Monthly report: model (" + month.iso() + ")", summarise(model), summarise(month_base)});
    cp.rows.push_back(Row{"Monthly report: PDF (" + month.iso() + ")", summarise(render), std::nullopt});
    cp.rows.push_back(Row{"Annual report: model + PDF (" + year_from.iso().substr(0, 7) + " to " + month.iso() + ")",
                          summarise(annual), summarise(annual_base)});
}

} // namespace cabas::bench
