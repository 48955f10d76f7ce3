// The FSE+ / food-bank report's figures against the seeded plan: end recipients and their
// breakdowns, lot flows that balance (received − distributed − lost + adjusted = remaining),
// a loss in the period, and the warning when an FSE+ line was charged.
#include "report_dataset.hpp"

#include "reports/fse_layout.hpp"
#include "services/reports/fse_report.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace cabas;
using namespace cabas::reports;
using core::Date;
using core::Money;

TEST_CASE("end recipients are every member of the households served, counted once", "[report][fse]") {
    test::ReportDataset data(11);
    const Date from = Date::from_ymd(2026, 9, 1), to = Date::from_ymd(2026, 10, 31);
    std::map<std::string, Date> first;
    for (const auto& s : data.sales)
        if (!s.cancelled_in_its_month() && !s.lines.empty() && s.day >= from && s.day <= to && (!first.count(s.code) || s.day < first[s.code]))
            first[s.code] = s.day;
    Recipients expected;
    for (const auto& h : data.households) {
        if (!first.count(h.file.sales_code)) continue;
        ++expected.households;
        for (const auto& m : h.file.composition.members) {
            const int age = core::age_at(m.birth_date, first[h.file.sales_code]);
            ++expected.persons;
            expected.children += age < 18;
            expected.women += m.sex == core::Sex::Female;
            expected.third_country += h.file.fse.nationality == core::NationalityClass::ThirdCountry;
        }
    }
    services::ReportOptions options;
    options.internal = true;
    // 1 September – 31 October is read through month roll-ups; 31 August – 31 October day by
    // day. The dataset has no sale in August, so both must give the same people.
    for (const Date start : {from, from.plus_days(-1)}) {
        INFO("from " << start.iso());
        const auto r = services::build_fse_report(data.store(), data.admin(), start, to, false, options);
        CHECK(r.recipients.households == expected.households);
        CHECK(r.recipients.persons == expected.persons);
        CHECK(r.recipients.children == expected.children);
        CHECK(r.recipients.women == expected.women);
        CHECK(r.recipients.third_country == expected.third_country);
    }
}

TEST_CASE("lot flows balance and show a loss of the period", "[report][fse]") {
    test::ReportDataset data(11);
    const auto before = services::build_fse_report(data.store(), data.admin(), Date::from_ymd(2026, 1, 1), Date::from_ymd(2026, 12, 31), true);
    REQUIRE_FALSE(before.lots.empty());
    const auto lot = before.lots.front().lot_id;
    data.store().stock().add_movement({lot, core::MovementKind::Loss, -5, "2026-10-10T09:00:00Z", "cassé"});
    const auto r = services::build_fse_report(data.store(), data.admin(), Date::from_ymd(2026, 1, 1), Date::from_ymd(2026, 12, 31), true);
    for (const auto& l : r.lots) {
        INFO(l.product);
        CHECK(l.received == 100000);
        CHECK(l.received - l.distributed - l.lost + l.adjusted == l.remaining);
        CHECK(l.distributed > 0);
    }
    CHECK(r.lots.front().lost == 5);
    const auto october = services::build_fse_report(data.store(), data.admin(), Date::from_ymd(2026, 10, 1), Date::from_ymd(2026, 10, 31), false);
    CHECK(october.lots.front().received == 0);  // received in June
    CHECK(october.lots.front().lost == 5);
    const auto november = services::build_fse_report(data.store(), data.admin(), Date::from_ymd(2026, 11, 1), Date::from_ymd(2026, 11, 30), false);
    CHECK(november.lots.front().lost == 0);
    CHECK(november.lots.front().remaining == r.lots.front().remaining);
}

TEST_CASE("an FSE+ line that was charged is reported as to be corrected", "[report][fse]") {
    test::ReportDataset data(11, 10);
    const auto before = services::build_fse_report(data.store(), data.admin(), Date::from_ymd(2026, 1, 1), Date::from_ymd(2026, 12, 31), true);
    REQUIRE(before.fse_paying_lines == 0);
    const auto fse_lot = std::find_if(before.lots.begin(), before.lots.end(), [](const auto& l) { return l.origin == "fse"; });
    REQUIRE(fse_lot != before.lots.end());
    const auto lot = data.store().stock().lot(fse_lot->lot_id);
    REQUIRE(lot);
    auto& sales = data.store().sales();
    const auto session = sales.open_session("caisse-2", "paul", "2026-10-20T08:00:00Z", Money());
    storage::SaleRecord sale;
    sale.session_id = session;
    sale.household_code = data.households.front().file.sales_code;
    sale.sold_at = "2026-10-20T10:00:00Z";
    sale.lines = {{0, lot->product_id, fse_lot->lot_id, 1, Money::from_cents(300), core::Rate{1000}, Money::from_cents(30), false}};
    sale.total_value = Money::from_cents(300);
    sale.total_paid = Money::from_cents(30);
    sale.payments = {{core::PaymentMethod::Cash, Money::from_cents(30)}};
    sales.add_sale(sale);
    const auto r = services::build_fse_report(data.store(), data.admin(), Date::from_ymd(2026, 1, 1), Date::from_ymd(2026, 12, 31), true);
    CHECK(r.fse_paying_lines == 1);
    CHECK(r.fse_paid == Money::from_cents(30));
    CHECK(to_text(r.document).find("ATTENTION : 1 ligne(s) FSE+ ont été facturées") != std::string::npos);
}

TEST_CASE("FSE+ amounts of a month or a period with fewer households than the threshold are hidden", "[report][fse]") {
    FseReport r;
    r.from = Date::from_ymd(2026, 1, 1);
    r.to = Date::from_ymd(2026, 12, 31);
    r.annual = true;
    r.recipients.households = 8;
    r.goods.push_back({"ba", "Épicerie", Money::from_euros(80), Money::from_euros(8), 5000, 10, 10});
    r.months.push_back({"2026-01", 5, 7, Money::from_euros(50), Money::from_euros(5)});
    r.months.push_back({"2026-02", 14, 20, Money::from_euros(140), Money::from_euros(14)});
    const ReportDocument d = layout_fse(r);
    const auto table_of = [&](const std::string& id) -> const Table& {
        for (const auto& s : d.sections)
            for (const auto& t : s.tables)
                if (t.id == id) return t;
        throw std::runtime_error("no table " + id);
    };
    const Table& months = table_of("activite_par_mois");
    CHECK(cell_text(months.rows[0].cells[0], 11) == "< 11");
    CHECK(cell_text(months.rows[0].cells[2], 11) == "s");
    CHECK(cell_text(months.rows[0].cells[3], 11) == "s");
    CHECK(cell_text(months.rows[1].cells[2], 11) == core::format_euros(Money::from_euros(140)));
    const Table& origins = table_of("kg_par_origine");
    CHECK(cell_text(origins.rows[0].cells[1], 11) == "s");
    r.options.internal = true;
    r.recipients.households = 8;
    CHECK(cell_text(layout_fse(r).sections.front().tables.front().rows.front().cells[0], 11) == "8");
}
