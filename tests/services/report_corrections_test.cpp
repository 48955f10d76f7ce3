// Corrections count in the month they were made: a month's report rerun after a later
// correction gives what it gave before, the correction's month gets the difference, a
// correction within the month replaces the sale as before, and the household's usage (what it
// may still spend) keeps following the corrected basket. On both engines.
#include "service_fixtures.hpp"

#include "reports/monthly_report_model.hpp"
#include "services/reports/fse_report.hpp"
#include "services/reports/monthly_report.hpp"
#include "storage/store.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using core::Date;
using core::Money;
using reports::Month;
using reports::PeriodFigures;

namespace {

const std::string kCode = "c0ffee00c0ffee00";
const std::string kOther = "beef0000beef0000";

struct Shop {
    services::testing::TempStore store;
    std::int64_t rice = 0, soap = 0, session = 0;

    Shop() {
        for (const auto& [number, code] : {std::pair{"D-1", kCode}, std::pair{"D-2", kOther}}) {
            core::HouseholdFile f;
            f.file_number = number;
            f.sales_code = code;
            f.composition.members = {{"Jeanne", "", Date::from_ymd(1960, 4, 1), core::Sex::Female,
                                      core::Relationship::Applicant, false}};
            f.referral = core::Referral{Date::from_ymd(2026, 9, 1), "CCAS", ""};
            store->households().add(f);
        }
        core::Product r;
        r.name = "Riz";
        r.retail_value = Money::from_cents(200);
        r.net_grams = 1000;
        rice = store->catalogue().add_product(r);
        core::Product s;
        s.name = "Savon";
        s.retail_value = Money::from_cents(300);
        s.net_grams = 100;
        soap = store->catalogue().add_product(s);
        session = store->sales().open_session("caisse-1", "marie", "2026-10-01T07:00:00Z", Money::from_euros(50));
    }

    /// A sale of `rice` and `soap` pieces at 10 %, paid in cash; corrects `corrected` when given.
    std::int64_t sell(const std::string& code, const std::string& at, int rice_pieces, int soap_pieces,
                      std::optional<std::int64_t> corrected = std::nullopt) {
        storage::SaleRecord s;
        s.session_id = session;
        s.household_code = code;
        s.sold_at = at;
        s.corrects_sale_id = corrected;
        auto add = [&](std::int64_t product, int pieces, std::int64_t cents) {
            if (pieces == 0) return;
            const Money value = Money::from_cents(cents * pieces);
            const Money paid = core::apply_rate(value, core::Rate{1000});
            s.lines.push_back({0, product, std::nullopt, pieces, value, core::Rate{1000}, paid, true});
            s.total_value += value;
            s.total_paid += paid;
        };
        add(rice, rice_pieces, 200);
        add(soap, soap_pieces, 300);
        if (!s.total_paid.is_zero()) s.payments = {{core::PaymentMethod::Cash, s.total_paid}};
        return store->sales().add_sale(s);
    }

    reports::MonthlyReport report(Month m) {
        services::ReportOptions internal;
        internal.internal = true;
        return services::build_monthly_report(*store, services::testing::acting(core::Role::Admin), m, internal);
    }
};

std::int64_t lines_of(const PeriodFigures& f) {
    std::int64_t n = 0;
    for (const auto& g : f.goods) n += g.lines;
    return n;
}

std::int64_t grams_of(const PeriodFigures& f) {
    std::int64_t n = 0;
    for (const auto& g : f.goods) n += g.grams;
    return n;
}

Money cash_of(const PeriodFigures& f) {
    const auto it = f.payments.find("cash");
    return it == f.payments.end() ? Money() : it->second;
}

/// Every figure a correction could move.
void require_same(const PeriodFigures& a, const PeriodFigures& b) {
    CHECK(a.served == b.served);
    CHECK(a.persons == b.persons);
    CHECK(a.visits == b.visits);
    CHECK(a.value == b.value);
    CHECK(a.paid == b.paid);
    CHECK(a.credit_used == b.credit_used);
    CHECK(lines_of(a) == lines_of(b));
    CHECK(grams_of(a) == grams_of(b));
    CHECK(cash_of(a) == cash_of(b));
    CHECK(a.served_profile.households == b.served_profile.households);
}

} // namespace

TEST_CASE("a month's report rerun after a correction made the next month gives its published figures",
          "[report][corrections]") {
    Shop shop;
    const auto october_sale = shop.sell(kCode, "2026-10-12T10:00:00Z", 3, 2);  // 12,00 € of value, 1,20 € paid
    shop.sell(kOther, "2026-10-14T10:00:00Z", 1, 0);                            // 2,00 €
    const auto published = shop.report(Month{2026, 10});
    REQUIRE(published.current.value == Money::from_euros(14));
    REQUIRE(published.current.visits == 2);
    REQUIRE(lines_of(published.current) == 3);

    // In November the October basket is corrected to 1 rice (2,00 €).
    shop.sell(kCode, "2026-11-05T09:00:00Z", 1, 0, october_sale);
    const auto rerun = shop.report(Month{2026, 10});
    require_same(rerun.current, published.current);
    CHECK(rerun.trend.back().value == published.trend.back().value);

    const auto november = shop.report(Month{2026, 11});
    CHECK(november.current.value == Money::from_euros(-10));   // 2,00 − 12,00
    CHECK(november.current.paid == Money::from_cents(-100));   // 0,20 − 1,20
    CHECK(november.current.credit_used == Money::from_euros(-10));
    CHECK(lines_of(november.current) == -1);                    // 1 line instead of 2
    CHECK(grams_of(november.current) == 1000 - 3200);           // 1 kg instead of 3 kg and 200 g
    CHECK(cash_of(november.current) == Money::from_cents(-100));
    CHECK(november.current.visits == 0);                        // a correction is not a visit
    CHECK(november.current.served == 0);
    CHECK(november.current.persons == 0);
    CHECK(november.trend.back().households == 0);
    CHECK(november.trend.back().value == Money::from_euros(-10));
    // The year to date adds the months up: the corrected basket, October's two visits.
    CHECK(november.year_to_date.value == Money::from_euros(4));
    CHECK(november.year_to_date.visits == 2);
    CHECK(november.year_to_date.served == 2);
    CHECK(november.previous.value == Money::from_euros(14));
}

TEST_CASE("a plain cancellation in a later month subtracts the whole sale there", "[report][corrections]") {
    Shop shop;
    const auto sale = shop.sell(kCode, "2026-10-12T10:00:00Z", 1, 1);  // 5,00 €
    const auto published = shop.report(Month{2026, 10});
    shop.sell(kCode, "2026-11-20T16:00:00Z", 0, 0, sale);
    require_same(shop.report(Month{2026, 10}).current, published.current);
    const auto november = shop.report(Month{2026, 11});
    CHECK(november.current.value == Money::from_euros(-5));
    CHECK(november.current.paid == Money::from_cents(-50));
    CHECK(lines_of(november.current) == -2);
    CHECK(cash_of(november.current) == Money::from_cents(-50));
    CHECK(november.current.visits == 0);
    CHECK(november.current.served == 0);
    CHECK(november.year_to_date.value == Money());
    CHECK(november.year_to_date.visits == 1);  // the household did come in October
}

TEST_CASE("a correction within the month replaces the sale, as before", "[report][corrections]") {
    Shop shop;
    const auto corrected = shop.sell(kCode, "2026-10-12T10:00:00Z", 3, 2);
    shop.sell(kCode, "2026-10-12T10:05:00Z", 1, 0, corrected);
    const auto cancelled = shop.sell(kOther, "2026-10-14T10:00:00Z", 2, 0);
    shop.sell(kOther, "2026-10-30T17:00:00Z", 0, 0, cancelled);
    const auto r = shop.report(Month{2026, 10});
    CHECK(r.current.value == Money::from_euros(2));  // only the corrected basket
    CHECK(r.current.paid == Money::from_cents(20));
    CHECK(lines_of(r.current) == 1);
    CHECK(grams_of(r.current) == 1000);
    CHECK(cash_of(r.current) == Money::from_cents(20));
    CHECK(r.current.visits == 1);  // the cancelled sale is no visit
    CHECK(r.current.served == 1);
    REQUIRE(r.current.goods.size() == 1);
    CHECK(r.current.payments.size() == 1);
    CHECK(shop.report(Month{2026, 11}).current.value == Money());
}

TEST_CASE("a correction of a correction made in a later month is no visit either", "[report][corrections]") {
    Shop shop;
    const auto first = shop.sell(kCode, "2026-10-12T10:00:00Z", 3, 0);                // 6,00 €
    const auto second = shop.sell(kCode, "2026-11-03T10:00:00Z", 2, 0, first);       // 4,00 €
    shop.sell(kCode, "2026-11-04T10:00:00Z", 1, 0, second);                          // 2,00 €
    shop.sell(kCode, "2026-11-10T10:00:00Z", 0, 1);                                  // a real November visit
    const auto november = shop.report(Month{2026, 11});
    CHECK(november.current.value == Money::from_euros(2 - 6 + 3));
    CHECK(november.current.visits == 1);
    CHECK(november.current.served == 1);
    CHECK(shop.report(Month{2026, 10}).current.value == Money::from_euros(6));
}

TEST_CASE("the FSE+ report of a later month counts its correction but no recipient for it", "[report][corrections]") {
    Shop shop;
    const auto sale = shop.sell(kCode, "2026-10-12T10:00:00Z", 2, 0);
    shop.sell(kCode, "2026-11-05T09:00:00Z", 0, 0, sale);
    const auto admin = services::testing::acting(core::Role::Admin);
    services::ReportOptions internal;
    internal.internal = true;
    const auto november = services::build_fse_report(*shop.store, admin, Date::from_ymd(2026, 11, 1),
                                                     Date::from_ymd(2026, 11, 30), false, internal);
    CHECK(november.recipients.households == 0);
    CHECK(november.recipients.persons == 0);
    const auto october = services::build_fse_report(*shop.store, admin, Date::from_ymd(2026, 10, 1),
                                                    Date::from_ymd(2026, 10, 31), false, internal);
    CHECK(october.recipients.households == 1);
    // Cut to the day (not whole months): the same rule.
    const auto days = services::build_fse_report(*shop.store, admin, Date::from_ymd(2026, 11, 2),
                                                 Date::from_ymd(2026, 11, 20), false, internal);
    CHECK(days.recipients.households == 0);
}

TEST_CASE("what the household may still spend follows the corrected basket, not the report's months",
          "[usage][corrections]") {
    Shop shop;
    const auto sale = shop.sell(kCode, "2026-10-28T10:00:00Z", 3, 2);  // 12,00 € against the credit
    const Date october = Date::from_ymd(2026, 10, 30), november = Date::from_ymd(2026, 11, 20);
    CHECK(shop.store->usage().credit_usage(kCode, october).used_this_month == Money::from_euros(12));
    const auto correction = shop.sell(kCode, "2026-11-05T09:00:00Z", 1, 0, sale);  // 2,00 €
    // As before this change: the corrected sale no longer counts anywhere, the correction
    // counts in its own month, and the household's history is the corrected basket.
    CHECK(shop.store->usage().credit_usage(kCode, october).used_this_month == Money());
    const auto usage = shop.store->usage().credit_usage(kCode, november);
    CHECK(usage.used_this_month == Money::from_euros(2));
    CHECK(usage.visits_this_month == 1);
    const auto current = shop.store->sales().current_sales_of_household(kCode);
    REQUIRE(current.size() == 1);
    CHECK(current[0].id == correction);
    CHECK(current[0].total_value == Money::from_euros(2));
    CHECK(shop.store->usage().product_taken_this_month(kCode, november).at(shop.rice) == 1);
    CHECK(shop.store->usage().product_taken_this_month(kCode, october).count(shop.soap) == 0);
}
