// Building the FSE+ / food-bank and annual reports (see fse_report.hpp): the period's sales are
// read as month roll-ups when it covers whole months, day by day otherwise.
#include "services/reports/fse_report.hpp"

#include "core/messages.hpp"
#include "reports/fse_layout.hpp"
#include "services/reports/activity_rollup.hpp"
#include "services/reports/report_rows.hpp"
#include "storage/category_family_repository.hpp"
#include "storage/store.hpp"

#include <map>

namespace cabas::services {

using reports::Month;

namespace {

reports::Recipients count_recipients(const std::vector<storage::ReportHousehold>& households,
                                     const std::vector<storage::HouseholdActivity>& activity) {
    std::map<std::string, core::Date> first;
    for (const auto& a : activity)
        if (a.visits > 0) first[a.household_code] = a.first_visit;  // else only a later correction
    reports::Recipients r;
    r.households = static_cast<int>(first.size());
    for (const auto& h : households) {
        const auto it = first.find(h.sales_code);
        if (it == first.end()) continue;
        const bool third = h.fse.nationality == core::NationalityClass::ThirdCountry;
        const bool homeless = h.fse.homeless || h.housing == core::Housing::Homeless;
        for (const auto& m : h.composition.members) {
            const int age = core::age_at(m.birth_date, it->second);
            ++r.persons;
            r.children += age < 18;
            r.age_18_29 += age >= 18 && age <= 29;
            r.age_65_plus += age >= 65;
            r.women += m.sex == core::Sex::Female;
            r.disabled += m.disabled || (h.fse.disability && m.relationship == core::Relationship::Applicant);
            r.third_country += third;
            r.homeless += homeless;
        }
    }
    return r;
}

} // namespace

reports::FseReport build_fse_report(storage::Store& store, const LoggedUser& user, core::Date from, core::Date to,
                                    bool annual, const ReportOptions& options) {
    require_report_rights(store, user, options);
    const core::DocumentInFrench document;
    auto step = [&](int done, const std::string& next) {
        if (options.progress) options.progress(done, 4, next);
    };
    reports::FseReport r;
    r.from = from;
    r.to = to;
    r.annual = annual;
    r.options = resolve_report_options(store, options);
    auto& q = store.report_queries();
    const std::string a = from.iso(), b = to.plus_days(1).iso();
    step(0, "Bénéficiaires");
    // Month roll-ups, cut to the exact days when the period does not start on the 1st or end
    // on the last day of a month.
    const bool whole_months = from.day() == 1 && to == to.month_end();
    const auto rows = q.activity_by_month(a, b);
    r.recipients = count_recipients(q.households(), whole_months ? merge_months(rows, Month::of(from), Month::of(to))
                                                                 : q.activity(a, b));
    step(1, "Denrées");
    r.goods = to_report_rows(q.goods(a, b));
    for (const auto& g : r.goods)
        if (g.origin == "fse") {
            r.fse_value += g.value;
            r.fse_paid += g.paid;
            r.fse_lines += g.lines;
            r.fse_paying_lines += g.paying_lines;
        }
    for (auto& g : storage::category_families(store)->goods_by_family(a, b))
        r.families.push_back({std::move(g.family), g.value, g.paid, g.grams, g.lines});
    step(2, "Lots");
    r.lots = to_report_rows(q.lot_flows({"fse", "banque_alimentaire"}, a, b));
    if (annual) r.months = month_totals(rows, Month::of(from), Month::of(to));
    step(3, "Mise en page");
    r.document = reports::layout_fse(r);
    step(4, "Terminé");
    return r;
}

} // namespace cabas::services
