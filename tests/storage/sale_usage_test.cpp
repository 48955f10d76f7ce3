// Tests of till sessions, sales and the usage read back from them: sequences, idempotent
// requests, stock movements, corrections, and the credit and quota sums per month and week.
#include "fixtures.hpp"
#include "test_store.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::storage;
using core::Decision, core::ExpiryKind, core::MovementKind, core::PaymentMethod, core::Role;
using core::to_code, core::decision_from_code, core::role_from_code, core::payment_method_from_code;
using core::expiry_kind_from_code, core::movement_kind_from_code;
using namespace cabas::storage::testing;
using core::Date;
using core::Money;

namespace {

const std::string code_a = "aaaaaaaaaaaaaaaa";
const std::string code_b = "bbbbbbbbbbbbbbbb";

SaleLineRecord line(std::int64_t product, std::int64_t quantity, std::int64_t value_cents, bool counts = true,
                    std::optional<std::int64_t> lot = std::nullopt) {
    const Money value = Money::from_cents(value_cents);
    return {0, product, lot, quantity, value, core::Rate{1000}, core::apply_rate(value, core::Rate{1000}), counts};
}

SaleRecord sale(std::int64_t session, const std::string& code, const std::string& at, std::vector<SaleLineRecord> lines) {
    SaleRecord s;
    s.session_id = session;
    s.household_code = code;
    s.sold_at = at;
    for (const auto& l : lines) {
        s.total_value += l.value;
        s.total_paid += l.paid;
    }
    s.lines = std::move(lines);
    if (!s.total_paid.is_zero()) s.payments = {{PaymentMethod::Cash, s.total_paid}};
    return s;
}

struct Shop {
    TestStore store;
    std::int64_t hygiene = 0, pasta = 0, soap = 0, session = 0;
    Shop() {
        core::Category c;
        c.code = "hygiene";
        c.name = "Hygiène";
        hygiene = store.catalogue().add_category(c);
        pasta = add_product(store, "Pâtes", 120);
        soap = add_product(store, "Savon", 250, hygiene);
        add_household(store, "D-1", code_a);
        add_household(store, "D-2", code_b);
        session = store.sales().open_session("caisse-1", "marie", "2026-11-02T08:00:00Z", Money::from_euros(50));
    }
};

} // namespace

TEST_CASE("a sale comes back with its lines, payments and the till's next sequence number", "[storage]") {
    Shop shop;
    auto& sales = shop.store.sales();
    auto s = sale(shop.session, code_a, "2026-11-02T09:00:00Z", {line(shop.pasta, 2, 240), line(shop.soap, 1, 250)});
    s.override_by = "marie";
    s.override_reason = "Limite savon levée";
    const auto first = sales.add_sale(s);
    const auto second = sales.add_sale(sale(shop.session, code_b, "2026-11-02T09:10:00Z", {line(shop.pasta, 1, 120)}));
    auto loaded = sales.sale(first);
    REQUIRE(loaded);
    CHECK(loaded->sequence == 1);
    CHECK(sales.sale(second)->sequence == 2);
    CHECK(loaded->household_code == code_a);
    CHECK(loaded->total_value == Money::from_cents(490));
    CHECK(loaded->total_paid == Money::from_cents(49));
    CHECK(loaded->override_by == "marie");
    REQUIRE(loaded->lines.size() == 2);
    CHECK(loaded->lines[1].product_id == shop.soap);
    CHECK(loaded->lines[1].paid == Money::from_cents(25));
    CHECK(loaded->lines[1].rate == core::Rate{1000});
    REQUIRE(loaded->payments.size() == 1);
    CHECK(loaded->payments[0].method == PaymentMethod::Cash);
    CHECK(sales.sales_of_session(shop.session).size() == 2);

    // The sequence runs on across sessions of the same till.
    sales.close_session(shop.session, "2026-11-02T18:00:00Z", Money::from_cents(5074), "marie");
    const auto next = sales.open_session("caisse-1", "paul", "2026-11-03T08:00:00Z", Money::from_euros(50));
    CHECK(sales.sale(sales.add_sale(sale(next, code_a, "2026-11-03T09:00:00Z", {line(shop.pasta, 1, 120)})))->sequence ==
          3);
}

TEST_CASE("the sequence runs on past an evening without sales and is kept per till", "[storage]") {
    Shop shop;
    auto& sales = shop.store.sales();
    sales.add_sale(sale(shop.session, code_a, "2026-11-02T09:00:00Z", {line(shop.pasta, 1, 120)}));
    sales.add_sale(sale(shop.session, code_b, "2026-11-02T09:05:00Z", {line(shop.pasta, 1, 120)}));
    sales.close_session(shop.session, "2026-11-02T18:00:00Z", Money::from_euros(50), "marie");
    const auto empty = sales.open_session("caisse-1", "marie", "2026-11-03T08:00:00Z", Money::from_euros(50));
    sales.close_session(empty, "2026-11-03T18:00:00Z", Money::from_euros(50), "marie");
    const auto other_till = sales.open_session("caisse-2", "paul", "2026-11-04T08:00:00Z", Money::from_euros(50));
    CHECK(sales.sale(sales.add_sale(sale(other_till, code_a, "2026-11-04T09:00:00Z", {line(shop.pasta, 1, 120)})))
              ->sequence == 1);
    const auto third = sales.open_session("caisse-1", "marie", "2026-11-04T08:30:00Z", Money::from_euros(50));
    CHECK(sales.sale(sales.add_sale(sale(third, code_b, "2026-11-04T09:10:00Z", {line(shop.pasta, 1, 120)})))
              ->sequence == 3);
}

TEST_CASE("the same request stores one sale however many times it is sent", "[storage]") {
    Shop shop;
    auto s = sale(shop.session, code_a, "2026-11-02T09:00:00Z", {line(shop.pasta, 1, 120)});
    s.request_id = "3f2b8c1e-double-clic";
    const auto id = shop.store.sales().add_sale(s);
    CHECK(shop.store.sales().add_sale(s) == id);
    CHECK(shop.store.query_int("SELECT COUNT(*) FROM sales") == 1);
}

TEST_CASE("a sale whose totals or payments do not add up is refused", "[storage]") {
    Shop shop;
    auto& sales = shop.store.sales();
    auto s = sale(shop.session, code_a, "2026-11-02T09:00:00Z", {line(shop.pasta, 1, 120)});
    auto wrong = s;
    wrong.total_value = Money::from_cents(100);
    CHECK_THROWS_AS(sales.add_sale(wrong), ValidationError);
    wrong = s;
    wrong.payments = {{PaymentMethod::Card, Money::from_cents(1)}};
    CHECK_THROWS_AS(sales.add_sale(wrong), ValidationError);
    wrong = s;
    wrong.household_code.clear();
    CHECK_THROWS_AS(sales.add_sale(wrong), ValidationError);
    sales.close_session(shop.session, "2026-11-02T18:00:00Z", Money::from_euros(50), "marie");
    CHECK_THROWS_AS(sales.add_sale(s), ValidationError);
    CHECK(shop.store.query_int("SELECT COUNT(*) FROM sales") == 0);
}

TEST_CASE("a till has one open session at a time", "[storage]") {
    Shop shop;
    auto& sales = shop.store.sales();
    CHECK_THROWS_AS(sales.open_session("caisse-1", "paul", "2026-11-02T09:00:00Z", Money()), ValidationError);
    CHECK(sales.open_session_of("caisse-1")->id == shop.session);
    sales.close_session(shop.session, "2026-11-02T18:00:00Z", Money::from_cents(6250), "marie");
    CHECK_FALSE(sales.open_session_of("caisse-1").has_value());
    auto closed = sales.session(shop.session);
    CHECK(closed->counted == Money::from_cents(6250));
    CHECK(closed->closed_by == "marie");
    CHECK_THROWS_AS(sales.close_session(shop.session, "2026-11-02T18:05:00Z", Money(), "marie"), ValidationError);
}

TEST_CASE("a sale takes stock from its lots and a correction gives it back", "[storage]") {
    Shop shop;
    Reception r;
    r.origin = core::Origin::FoodBank;
    r.received_on = Date::from_ymd(2026, 11, 1);
    r.lines = {{shop.pasta, "L1", 10, std::nullopt, ExpiryKind::Ddm, std::nullopt}};
    shop.store.stock().add_reception(r);
    const auto lot = shop.store.stock().lots_of(shop.pasta).front().lot_id;
    auto& sales = shop.store.sales();
    const auto original =
        sales.add_sale(sale(shop.session, code_a, "2026-11-02T09:00:00Z", {line(shop.pasta, 3, 360, true, lot)}));
    CHECK(shop.store.stock().lot(lot)->remaining == 7);

    auto fix = sale(shop.session, code_a, "2026-11-02T09:05:00Z", {line(shop.pasta, 2, 240, true, lot)});
    fix.corrects_sale_id = original;
    sales.add_sale(fix);
    CHECK(shop.store.stock().lot(lot)->remaining == 8);
    CHECK_THROWS_AS(sales.add_sale(fix), ValidationError);  // already corrected

    auto other_lot = sale(shop.session, code_a, "2026-11-02T09:06:00Z", {line(shop.soap, 1, 250, true, lot)});
    CHECK_THROWS_AS(sales.add_sale(other_lot), ValidationError);  // the lot is not a soap lot
}

TEST_CASE("credit usage sums the month and the Monday-to-Sunday week of effective sales", "[storage]") {
    Shop shop;
    auto& sales = shop.store.sales();
    // Wednesday 25 November 2026; its week runs from Monday 23 to Sunday 29.
    const Date on = Date::from_ymd(2026, 11, 25);
    sales.add_sale(sale(shop.session, code_a, "2026-10-31T10:00:00Z", {line(shop.pasta, 5, 600)}));  // last month
    sales.add_sale(sale(shop.session, code_a, "2026-11-02T10:00:00Z", {line(shop.pasta, 2, 240)}));
    sales.add_sale(sale(shop.session, code_a, "2026-11-23T08:30:00Z",
                        {line(shop.pasta, 1, 120), line(shop.soap, 1, 250, false)}));  // FSE+ line: no credit
    const auto wrong = sales.add_sale(sale(shop.session, code_a, "2026-11-24T10:00:00Z", {line(shop.soap, 4, 1000)}));
    auto fix = sale(shop.session, code_a, "2026-11-24T10:05:00Z", {line(shop.soap, 2, 500)});
    fix.corrects_sale_id = wrong;
    sales.add_sale(fix);
    auto cancel = sale(shop.session, code_a, "2026-11-24T11:00:00Z", {});
    const auto cancelled = sales.add_sale(sale(shop.session, code_a, "2026-11-24T10:50:00Z", {line(shop.pasta, 9, 1080)}));
    cancel.corrects_sale_id = cancelled;
    sales.add_sale(cancel);
    sales.add_sale(sale(shop.session, code_b, "2026-11-24T10:00:00Z", {line(shop.pasta, 3, 360)}));  // other household
    sales.add_sale(sale(shop.session, code_a, "2026-11-30T10:00:00Z", {line(shop.pasta, 1, 120)}));  // next week
    sales.add_sale(sale(shop.session, code_a, "2026-12-01T10:00:00Z", {line(shop.pasta, 1, 120)}));  // next month

    const auto usage = shop.store.usage().credit_usage(code_a, on);
    CHECK(usage.used_this_month == Money::from_cents(240 + 120 + 500 + 120));
    CHECK(usage.visits_this_month == 4);
    CHECK(usage.used_this_week == Money::from_cents(120 + 500));
    CHECK(usage.visits_this_week == 2);
    CHECK(usage.carried_over.is_zero());

    const auto nothing = shop.store.usage().credit_usage("cccccccccccccccc", on);
    CHECK(nothing.used_this_month.is_zero());
    CHECK(nothing.visits_this_week == 0);
}

TEST_CASE("quantities taken this month are summed per product and per category", "[storage]") {
    Shop shop;
    auto& sales = shop.store.sales();
    const Date on = Date::from_ymd(2026, 11, 25);
    sales.add_sale(sale(shop.session, code_a, "2026-10-31T10:00:00Z", {line(shop.soap, 5, 1250)}));
    sales.add_sale(sale(shop.session, code_a, "2026-11-02T10:00:00Z", {line(shop.pasta, 2, 240), line(shop.soap, 1, 250)}));
    sales.add_sale(sale(shop.session, code_a, "2026-11-20T10:00:00Z", {line(shop.soap, 2, 500, false)}));
    const auto wrong = sales.add_sale(sale(shop.session, code_a, "2026-11-21T10:00:00Z", {line(shop.pasta, 6, 720)}));
    auto cancel = sale(shop.session, code_a, "2026-11-21T10:01:00Z", {});
    cancel.corrects_sale_id = wrong;
    sales.add_sale(cancel);
    sales.add_sale(sale(shop.session, code_b, "2026-11-21T10:00:00Z", {line(shop.soap, 7, 1750)}));

    auto products = shop.store.usage().product_taken_this_month(code_a, on);
    CHECK(products.size() == 2);
    CHECK(products[shop.pasta] == 2);
    CHECK(products[shop.soap] == 3);
    auto categories = shop.store.usage().category_taken_this_month(code_a, on);
    CHECK(categories.size() == 1);
    CHECK(categories[shop.hygiene] == 3);
}

TEST_CASE("the cash handed over is stored with the sale; duplicates are numbered per sale", "[storage]") {
    Shop shop;
    auto& sales = shop.store.sales();
    auto with_cash = sale(shop.session, code_a, "2026-11-02T09:00:00Z", {line(shop.pasta, 1, 120)});
    with_cash.cash_given = Money::from_euros(5);
    const auto a = sales.add_sale(with_cash);
    const auto b = sales.add_sale(sale(shop.session, code_b, "2026-11-02T09:05:00Z", {line(shop.pasta, 1, 120)}));
    CHECK(sales.sale(a)->cash_given == Money::from_euros(5));
    CHECK_FALSE(sales.sale(b)->cash_given);

    CHECK(sales.record_reprint(a, "2026-11-02T10:00:00Z", "marie") == 1);
    CHECK(sales.record_reprint(b, "2026-11-02T10:01:00Z", "marie") == 1);
    CHECK(sales.record_reprint(a, "2026-11-03T09:00:00Z", "paul") == 2);
    CHECK_THROWS_AS(sales.record_reprint(9999, "2026-11-03T09:00:00Z", "paul"), ValidationError);
}
