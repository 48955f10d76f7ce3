// The commission session (anonymised pending files, the session's decisions), savings and
// history from real till sales, and the access log's listing and CSV export.
#include "household_fixtures.hpp"
#include "till_fixtures.hpp"

#include "core/error.hpp"
#include "services/households/access_log_service.hpp"
#include "services/households/commission_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services::households;
using cabas::services::PermissionDenied;
using services::testing::HouseholdWorld;
using services::testing::kHouseholdDay;
using core::Role;

TEST_CASE("the commission sees pending files without names, address or amounts", "[households][commission]") {
    HouseholdWorld w;
    w.referral("D-1");
    w.accepted("D-2");
    auto sophie = w.as(Role::SocialWorker);
    CommissionService commission(sophie);
    const auto cases = commission.pending();
    REQUIRE(cases.size() == 1);
    const auto& c = cases[0];
    CHECK(c.file_number == "D-1");
    CHECK(c.composition == "2 adultes, 2 enfants (6 et 15 ans)");
    CHECK(c.rav_band == "≤ 10,00\u00a0€ — Éligible");
    CHECK(c.rav_per_person_day == core::Money::from_cents(929));
    CHECK(c.project == "Dettes — 800,00\u00a0€");
    CHECK(c.referrer_kind == "ccas");
    for (const std::string& text : {c.composition, c.rav_band, c.project, c.referrer_kind}) {
        CHECK(text.find("Benali") == std::string::npos);
        CHECK(text.find("Durand") == std::string::npos);
        CHECK(text.find("Lilas") == std::string::npos);
    }
    CHECK(w.logged("commission_list") == 1);
}

TEST_CASE("the session model lists the day's decisions with the periods they opened", "[households][commission]") {
    HouseholdWorld w;
    const auto a = w.referral("D-1");
    const auto b = w.referral("D-2");
    auto sophie = w.as(Role::SocialWorker);
    CommissionService commission(sophie);
    DecisionRequest accept;
    accept.decision = core::Decision::Accepted;
    commission.record(a, accept);
    DecisionRequest postpone;
    postpone.decision = core::Decision::Postponed;
    postpone.reason = "avis d'imposition manquant";
    commission.record(b, postpone);
    CHECK(commission.pending().size() == 1);

    w.store->settings().set("shop.name", "Épicerie du Château");
    const auto model = commission.session(kHouseholdDay);
    CHECK(model.shop_name == "Épicerie du Château");
    CHECK(model.session_date == "23/11/2026");
    CHECK(model.recorded_by == "sophie");
    REQUIRE(model.rows.size() == 2);
    CHECK(model.rows[0].file_number == "D-1");
    CHECK(model.rows[0].decision == "acceptée");
    CHECK(model.rows[0].period == "du 23/11/2026 au 22/02/2027");
    CHECK(model.rows[1].decision == "ajournée");
    CHECK(model.rows[1].reason == "avis d'imposition manquant");
    CHECK(model.rows[1].period.empty());
    CHECK(commission.session(kHouseholdDay.plus_days(1)).rows.empty());
    auto paul = w.as(Role::Manager);
    CHECK_THROWS_AS(CommissionService(paul).session(kHouseholdDay), PermissionDenied);
}

TEST_CASE("savings count value minus paid over the household's sales; baskets only for the social roles",
          "[households][savings]") {
    services::testing::TillWorld t;
    auto till = t.till_with_card();
    till.add_product(t.product.at("riz"), 3);        // 6,00 € of value, 0,60 € to pay
    till.add_product(t.product.at("shampoing"), 1);  // 4,00 € at the category rate 30 %: 1,20 €
    REQUIRE(till.validate({{core::PaymentMethod::Cash, core::Money::from_euros(2)}}, "s-1").recorded);

    services::testing::CountingSerials serials;
    HouseholdService paul(*t.store, t.clock, services::testing::user_with(Role::Manager), serials);
    const auto id = paul.resolve("D-TILL-1");
    const auto view = paul.open(id);
    CHECK(view.savings.visits == 1);
    CHECK(view.savings.value == core::Money::from_euros(10));
    CHECK(view.savings.paid == core::Money::from_cents(180));
    CHECK(view.savings.savings == core::Money::from_cents(820));
    CHECK(view.savings.month_credit == core::Money::from_euros(115));
    CHECK(view.savings.month_used == core::Money::from_euros(10));
    CHECK_THROWS_AS(paul.visits(id), PermissionDenied);

    HouseholdService sophie(*t.store, t.clock, services::testing::user_with(Role::SocialWorker), serials);
    const auto visits = sophie.visits(id);
    REQUIRE(visits.size() == 1);
    CHECK(visits[0].value == core::Money::from_euros(10));
    CHECK(visits[0].paid == core::Money::from_cents(180));
    CHECK(visits[0].lines == 2);
}

TEST_CASE("the admin reads the access log and its CSV export logs itself", "[households][access-log]") {
    HouseholdWorld w;
    const auto id = w.accepted();
    w.as(Role::Manager).open(id);
    auto admin = w.as(Role::Admin);
    storage::AccessLogFilter f;
    f.household_id = id;
    const auto entries = access_log_entries(admin, f);
    REQUIRE(entries.size() == 3);
    CHECK(entries[2].action == "create_file");
    CHECK(entries[1].action == "decision");
    CHECK(entries.front().action == "open_file");
    CHECK(entries.front().user_login == "paul");

    storage::AccessLogFilter all;
    all.limit = -1;
    const std::string csv = export_access_log_csv(admin, all);
    CHECK(csv.rfind("id;horodatage;utilisateur;action;foyer;detail\r\n", 0) == 0);
    CHECK(csv.find(";admin;export_access_log;;export CSV du journal des accès\r\n") != std::string::npos);
    CHECK(csv.find(";sophie;create_file;" + std::to_string(id) + ";orientation du 13/11/2026 par CCAS de Montreuil — Mme Durand") !=
          std::string::npos);
    CHECK(w.logged("export_access_log") == 1);
    auto sophie = w.as(Role::SocialWorker);
    CHECK_THROWS_AS(export_access_log_csv(sophie, all), PermissionDenied);
    CHECK(w.logged("export_access_log") == 1);
}
