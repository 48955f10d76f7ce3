// The till when the PostgreSQL server goes away in the middle of a validation (tagged
// [postgres]): a trigger on sales ends the till's own connection while the sale is being
// written, as a server stopped or a cable pulled at that moment would.
#include "till_fixtures.hpp"

#include "services/till/validation_retry.hpp"
#include "storage/postgres_store.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using services::testing::TillWorld;
using core::PaymentMethod;

namespace {

storage::PgDatabase& raw(TillWorld& w) { return dynamic_cast<storage::PgStore&>(*w.store).database(); }

void cut_connection_on_next_sale(TillWorld& w) {
    raw(w).exec("CREATE FUNCTION cut_connection() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$");
    raw(w).exec("CREATE TRIGGER cut BEFORE INSERT ON sales FOR EACH ROW EXECUTE FUNCTION cut_connection()");
}

} // namespace

TEST_CASE("a server lost during a validation: plain message, basket kept, nothing half written, one sale on retry",
          "[till][postgres]") {
    TillWorld w;
    auto till = w.till_with_card();
    REQUIRE(till.scan(w.card).accepted);
    REQUIRE(till.add_product(w.product.at("riz"), 1).accepted);
    const core::Money due = till.amount_due();
    const long long journal_before = raw(w).query_int("SELECT COUNT(*) FROM journal");
    cut_connection_on_next_sale(w);

    const auto lost = till.validate({{PaymentMethod::Cash, due}}, "perdue-1");
    CHECK_FALSE(lost.recorded);
    CHECK(lost.server_unreachable);
    CHECK_THAT(lost.message, Catch::StartsWith("Serveur injoignable : vente NON enregistrée"));
    CHECK(till.last_message().text == lost.message);
    REQUIRE(till.lines().size() == 1);  // the cashier does not scan the basket again
    CHECK(till.lines()[0].quantity == 1);
    CHECK(till.amount_due() == due);

    // The next call reconnects by itself; the interrupted transaction left nothing behind.
    raw(w).exec("DROP TRIGGER cut ON sales");
    CHECK(raw(w).query_int("SELECT COUNT(*) FROM sales") == 0);
    CHECK(raw(w).query_int("SELECT COUNT(*) FROM sale_lines") == 0);
    CHECK(raw(w).query_int("SELECT COUNT(*) FROM journal") == journal_before);

    // What the till's automatic retry does once the server answers: the same payments, the same
    // request id, for a basket it checks is unchanged.
    services::till::ValidationRetry retry;
    retry.start({{PaymentMethod::Cash, due}}, till.amount_due(), till.lines().size());
    REQUIRE(retry.same_basket(till.amount_due(), till.lines().size()));
    retry.tried();
    const auto again = till.validate(retry.payments(), "perdue-1");
    REQUIRE(again.recorded);
    CHECK_FALSE(again.server_unreachable);
    CHECK(again.sequence == 1);
    CHECK(raw(w).query_int("SELECT COUNT(*) FROM sales WHERE request_id = 'perdue-1'") == 1);
    CHECK(raw(w).query_int("SELECT total_paid_cents FROM sales") == due.cents());
    CHECK(raw(w).query_int("SELECT COUNT(*) FROM journal") == journal_before + 1);
    CHECK(till.lines().empty());
}
