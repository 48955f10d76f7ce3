// The pace and the stop rule of the till's automatic retry after "Serveur injoignable" (no database:
// tagged [sqlite] so that it runs once, not again on the PostgreSQL server).
#include "services/till/validation_retry.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using services::till::PaymentInput;
using services::till::ValidationRetry;
using core::Money;
using core::PaymentMethod;

TEST_CASE("the automatic retry waits 5, 10, 20 then 30 s between tries", "[till][retry][sqlite]") {
    ValidationRetry retry;
    CHECK_FALSE(retry.active());
    retry.start({{PaymentMethod::Cash, Money::from_cents(500)}}, Money::from_cents(420), 3);
    REQUIRE(retry.active());
    struct Row {
        int tries;
        int delay_seconds;
    };
    const Row rows[] = {
        {0, 5},
        {1, 10},
        {2, 20},
        {3, 30},
        {4, 30},
        {5, 30},
    };
    for (const Row& row : rows) {
        INFO("after " << row.tries << " tries");
        CHECK(retry.tries() == row.tries);
        CHECK(retry.next_delay().count() == row.delay_seconds);
        retry.tried();
    }
}

TEST_CASE("the automatic retry keeps the payments of its basket and stops when the basket changes",
          "[till][retry][sqlite]") {
    ValidationRetry retry;
    const std::vector<PaymentInput> paid = {{PaymentMethod::Cash, Money::from_cents(200)},
                                            {PaymentMethod::Card, Money::from_cents(220)}};
    retry.start(paid, Money::from_cents(420), 3);
    REQUIRE(retry.payments().size() == 2);
    CHECK(retry.payments()[1].method == PaymentMethod::Card);
    CHECK(retry.payments()[1].amount == Money::from_cents(220));

    struct Row {
        long long due_cents;
        std::size_t lines;
        bool same;
    };
    const Row rows[] = {{420, 3, true}, {420, 2, false}, {419, 3, false}, {0, 0, false}, {840, 4, false}};
    for (const Row& row : rows) {
        INFO(row.due_cents << " cents, " << row.lines << " lines");
        CHECK(retry.same_basket(Money::from_cents(row.due_cents), row.lines) == row.same);
    }

    // The same basket failing again keeps counting; another basket starts again from the first try.
    retry.tried();
    retry.tried();
    retry.start(paid, Money::from_cents(420), 3);
    CHECK(retry.tries() == 2);
    retry.start({{PaymentMethod::Cash, Money::from_cents(100)}}, Money::from_cents(90), 1);
    CHECK(retry.tries() == 0);
    CHECK(retry.payments().size() == 1);

    retry.stop();
    CHECK_FALSE(retry.active());
    CHECK(retry.payments().empty());
    CHECK_FALSE(retry.same_basket(Money::from_cents(90), 1));
}
