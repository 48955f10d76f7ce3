// The till on PostgreSQL when the server goes away during a validation (tagged [postgres]: run
// by CTest as pg:..., on a schema of the throwaway server): a trigger ends the till's connection
// while the sale is written, as a server switched off at that moment would.
#include "gui_fixture.hpp"

#include "storage/postgres_store.hpp"
#include "support/test_database.hpp"

namespace {

using namespace cabas;
using namespace cabas::gui_testing;

storage::PgDatabase& raw(TillWorld& world) { return dynamic_cast<storage::PgStore&>(*world.store).database(); }

void cut_connection_on_next_sale(TillWorld& world) {
    raw(world).exec("CREATE FUNCTION cut_connection() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$");
    raw(world).exec("CREATE TRIGGER cut BEFORE INSERT ON sales FOR EACH ROW EXECUTE FUNCTION cut_connection()");
}

/// The demo on a schema of the throwaway server, a till with a green card and one product in its
/// basket, and the connection set to break at the next sale. No server (run outside CTest): none.
struct ServerTill {
    test_support::FreshDatabase db{"cabas-gui-pg"};
    std::unique_ptr<TillWorld> world;
    ui::TillPanel* till = nullptr;
    core::Money due;
    long long sales_before = 0;  // the demo's history

    ServerTill() {
        if (!db.postgres()) {
            WARN("no PostgreSQL test server: this test runs through CTest as pg:...");
            return;
        }
        world = std::make_unique<TillWorld>(db.location());
        till = world->log_in();
        scan_fast(till, world->find_card(true, core::CardRefusal::None, core::Money::from_euros(20)));
        scan_fast(till, world->find_products(1).at(0).first);
        REQUIRE(till->basket()->row_count() == 1);
        due = world->frame->till()->amount_due();
        sales_before = sales();
        cut_connection_on_next_sale(*world);
    }
    long long sales() { return raw(*world).query_int("SELECT COUNT(*) FROM sales"); }
};

} // namespace

TEST_CASE("server lost during a validation: the till keeps the basket, tries again on its own, records it once",
          "[gui][postgres]") {
    ServerTill server;
    if (!server.world) return;
    TillWorld& world = *server.world;
    ui::TillPanel* till = server.till;
    const core::Money due = server.due;
    const long long sales_before = server.sales_before;

    till->pay({{core::PaymentMethod::Cash, due}});
    CHECK(till->retry_pending());
    CHECK(till->last_sale_id() == 0);
    CHECK(till->basket()->row_count() == 1);
    CHECK_THAT(text(till->message_text()), Catch::StartsWith("✖ Serveur injoignable : vente NON enregistrée. Le panier est gardé."));
    CHECK_THAT(text(till->message_text()),
               Catch::Contains("Nouvel essai automatique dans 5 s (essai 1) ; F12 pour essayer tout de suite."));
    CHECK(till->message_colour() == ui::palette().background(ui::Tone::Refused));
    screenshot(world.frame, "30_server_unreachable");

    // Still unreachable at the first automatic try: the next one waits longer.
    till->retry_validation();
    CHECK(till->retry_pending());
    CHECK_THAT(text(till->message_text()), Catch::Contains("dans 10 s (essai 2)"));
    CHECK(raw(world).query_int("SELECT COUNT(*) FROM sales") == sales_before);

    // The server answers again: the next try records the sale, once, with the payment given.
    raw(world).exec("DROP TRIGGER cut ON sales");
    till->retry_validation();
    CHECK_FALSE(till->retry_pending());
    CHECK(till->last_sale_id() != 0);
    CHECK_THAT(text(till->message_text()), Catch::Contains("Le serveur répond à nouveau.  Vente n° " + std::to_string(sales_before + 1) +
                                                             " enregistrée"));
    CHECK(till->basket()->row_count() == 0);
    CHECK(raw(world).query_int("SELECT COUNT(*) FROM sales") == sales_before + 1);
    CHECK(raw(world).query_int("SELECT total_paid_cents FROM sales ORDER BY id DESC LIMIT 1") == due.cents());
    screenshot(world.frame, "31_server_back");
    till->retry_validation();  // a late timer tick does nothing
    CHECK(raw(world).query_int("SELECT COUNT(*) FROM sales") == sales_before + 1);
}

TEST_CASE("server lost during a validation: a basket changed meanwhile stops the automatic tries",
          "[gui][postgres]") {
    ServerTill server;
    if (!server.world) return;
    ui::TillPanel* till = server.till;
    till->pay({{core::PaymentMethod::Cash, server.due}});
    REQUIRE(till->retry_pending());

    raw(*server.world).exec("DROP TRIGGER cut ON sales");
    scan_fast(till, server.world->find_products(2).at(1).first);
    REQUIRE(till->basket()->row_count() == 2);
    till->retry_validation();
    CHECK_FALSE(till->retry_pending());
    CHECK(text(till->message_text()) == "⚠ Le panier a changé depuis le paiement : la vente n'est PAS enregistrée. "
                                        "F12 pour encaisser à nouveau.");
    CHECK(server.sales() == server.sales_before);
    CHECK(till->basket()->row_count() == 2);
}
