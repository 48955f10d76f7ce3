// Credit and quotas: the monthly credit table of docs/design/domain.md §3.3 cent for cent, weekly
// caps, what is left, and the line check against credit and limits.
#include "fixtures.hpp"

#include "core/credit.hpp"
#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas::test;

namespace {

struct CreditRow {
    const char* household;
    int uc_tenths;
    std::int64_t monthly_euros;
    std::int64_t weekly_cents;
};

BasketLine line(std::int64_t product, std::optional<std::int64_t> category, std::int64_t quantity, Money value,
                bool counts = true) {
    return BasketLine{product, category, quantity, value, counts};
}

} // namespace

TEST_CASE("monthly credit is 90 € per UC rounded to 5 €, capped, with its weekly cap", "[credit]") {
    auto row = GENERATE(values<CreditRow>({
        {"1 adult", 10, 90, 2250},
        {"1 adult + 1 child", 13, 115, 2900},
        {"1 adult + 2 children", 16, 145, 3650},
        {"1 adult + 3 children", 19, 170, 4250},
        {"2 adults", 15, 135, 3400},
        {"2 adults + 1 child", 18, 160, 4000},
        {"2 adults + 2 children", 21, 190, 4750},
        {"2 adults + 3 children", 24, 215, 5400},
        {"2 adults + 4 children", 27, 245, 6150},
        {"worked example, 2,3 UC (207 €)", 23, 205, 5150},
        {"3,3 UC: 297 € rounds to 295 €", 33, 295, 7400},
        {"3,4 UC: 306 € is capped", 34, 300, 7500},
        {"6 UC: capped", 60, 300, 7500},
    }));
    CAPTURE(row.household);
    const CreditRules rules;
    const Money monthly = monthly_credit(rules, row.uc_tenths);
    CHECK(monthly == eur(row.monthly_euros));
    CHECK(weekly_cap(rules, monthly) == cents(row.weekly_cents));
}

TEST_CASE("the weekly cap rounds the exact quarter up to the next step", "[credit]") {
    const CreditRules rules;
    CHECK(weekly_cap(rules, cents(10001)) == cents(2550));  // 25,0025 € -> 25,50 €
    CHECK(weekly_cap(rules, cents(10000)) == cents(2500));
    CHECK(weekly_cap(rules, Money()) == Money());
}

TEST_CASE("a half step rounds the monthly credit up", "[credit]") {
    CreditRules rules;
    rules.per_uc_month = cents(8500);        // 85 € × 1,5 UC = 127,50 € -> 130 €
    CHECK(monthly_credit(rules, 15) == eur(130));
    rules.per_uc_month = cents(8499);        // 127,485 € -> 125 €
    CHECK(monthly_credit(rules, 15) == eur(125));
}

TEST_CASE("credit left counts this month, this week and visits", "[credit]") {
    CreditRules rules;
    CreditUsage usage{eur(100), eur(30), eur(40), 1, 3};
    auto left = credit_left(rules, 21, usage);  // 190 €, 47,50 € a week
    CHECK(left.month_credit == eur(190));        // no carry-over by default
    CHECK(left.month_left == eur(90));
    CHECK(left.week_left == cents(1750));
    CHECK(left.visits_left_week == 0);
    CHECK(left.visits_left_month == 2);
    CHECK(left.visits_left() == 0);

    rules.carry_over = true;
    rules.weekly_cap_enabled = false;
    left = credit_left(rules, 21, usage);
    CHECK(left.month_credit == eur(230));
    CHECK(left.month_left == eur(130));
    CHECK_FALSE(left.week_left.has_value());

    usage.used_this_month = eur(250);
    usage.visits_this_month = 9;
    left = credit_left(rules, 21, usage);
    CHECK(left.month_left == eur(-20));  // overspent by an override: shown as it is
    CHECK(left.visits_left_month == 0);
}

TEST_CASE("a line is checked against the month's credit, then the week's", "[credit]") {
    const CreditRules rules;
    QuotaContext ctx;
    ctx.rules = &rules;
    ctx.uc_tenths = 10;                                   // 90 €, 22,50 € a week
    ctx.usage.used_this_month = eur(70);
    const std::vector<BasketLine> basket{line(1, 1, 1, eur(10)), line(2, 1, 1, eur(50), false)};

    auto ok = check_line(line(3, 1, 1, eur(10)), basket, ctx);
    CHECK(ok.allowed());
    CHECK(ok.month_left_after == Money());
    CHECK(ok.week_left_after == cents(250));

    auto over_month = check_line(line(3, 1, 1, cents(1001)), basket, ctx);
    CHECK(over_month.refusal == LineRefusal::CreditMonthExceeded);
    CHECK(over_month.month_left_after == cents(-1));

    ctx.usage.used_this_month = Money();
    ctx.usage.used_this_week = eur(5);
    auto over_week = check_line(line(3, 1, 1, cents(751)), basket, ctx);
    CHECK(over_week.refusal == LineRefusal::CreditWeekExceeded);
    CHECK(over_week.week_left_after == cents(-1));
    CHECK(over_week.month_left_after == cents(7249));
}

TEST_CASE("a line that does not count against credit passes even when credit is spent", "[credit]") {
    const CreditRules rules;
    QuotaContext ctx;
    ctx.rules = &rules;
    ctx.usage.used_this_month = eur(90);
    const auto check = check_line(line(9, std::nullopt, 3, eur(12), false), {}, ctx);
    CHECK(check.allowed());
    CHECK(check.month_left_after == Money());
}

TEST_CASE("product and category limits apply per visit, then per month", "[credit]") {
    struct Row {
        const char* what;
        std::int64_t in_basket;        // same product already in the basket
        std::int64_t other_in_category;
        std::int64_t product_month;    // taken earlier this month
        std::int64_t category_month;
        std::int64_t wanted;
        LineRefusal refusal;
        std::int64_t left;
    };
    auto row = GENERATE(values<Row>({
        {"within every limit", 0, 0, 0, 0, 2, LineRefusal::None, -1},
        {"third oil of the visit", 2, 0, 0, 0, 1, LineRefusal::ProductVisitLimit, 0},
        {"two more when one is in the basket", 1, 0, 0, 0, 2, LineRefusal::ProductVisitLimit, 1},
        {"month limit of the product", 0, 0, 5, 0, 2, LineRefusal::ProductMonthLimit, 1},
        {"month limit counts the basket too", 1, 0, 5, 0, 1, LineRefusal::ProductMonthLimit, 0},
        {"category per visit", 0, 3, 0, 0, 2, LineRefusal::CategoryVisitLimit, 1},
        {"category per month", 0, 0, 0, 9, 2, LineRefusal::CategoryMonthLimit, 1},
        {"category month already over: nothing left", 0, 0, 0, 12, 1, LineRefusal::CategoryMonthLimit, 0},
    }));
    CAPTURE(row.what);
    const CreditRules rules;
    QuotaContext ctx;
    ctx.rules = &rules;
    ctx.product_limits[7] = QuotaLimit{2, 6};
    ctx.category_limits[3] = QuotaLimit{4, 10};
    ctx.product_taken_this_month[7] = row.product_month;
    ctx.category_taken_this_month[3] = row.category_month;
    std::vector<BasketLine> basket;
    if (row.in_basket > 0) basket.push_back(line(7, 3, row.in_basket, eur(1)));
    if (row.other_in_category > 0) basket.push_back(line(8, 3, row.other_in_category, eur(1)));
    const auto check = check_line(line(7, 3, row.wanted, eur(1)), basket, ctx);
    CHECK(check.refusal == row.refusal);
    if (row.left >= 0) CHECK(check.quantity_left == row.left);
}

TEST_CASE("limits scale with household size when the barème says so, rounded up", "[credit]") {
    CreditRules rules;
    rules.limits_scale_with_size = true;
    QuotaContext ctx;
    ctx.rules = &rules;
    ctx.uc_tenths = 23;                              // 2 × 2,3 = 4,6 -> 5 per visit
    ctx.product_limits[7] = QuotaLimit{2, std::nullopt};
    CHECK(check_line(line(7, std::nullopt, 5, eur(1)), {}, ctx).allowed());
    const auto over = check_line(line(7, std::nullopt, 6, eur(1)), {}, ctx);
    CHECK(over.refusal == LineRefusal::ProductVisitLimit);
    CHECK(over.quantity_left == 5);
    rules.limits_scale_with_size = false;
    CHECK(check_line(line(7, std::nullopt, 3, eur(1)), {}, ctx).refusal == LineRefusal::ProductVisitLimit);
}

TEST_CASE("a line check without rules is a programming error", "[credit]") {
    CHECK_THROWS_AS(check_line(line(1, std::nullopt, 1, eur(1)), {}, QuotaContext{}), cabas::InternalError);
}
