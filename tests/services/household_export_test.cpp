// The household's own data (DOMAIN.md §6, right of access): everything, for social roles only,
// and the export itself written to the access log.
#include "household_fixtures.hpp"

#include "services/access_control.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services::testing;
using namespace cabas::services::households;
using cabas::services::PermissionDenied;
using core::Role;

TEST_CASE("a social worker exports everything held about a household, and it is logged", "[households][export]") {
    HouseholdWorld w;
    auto sophie = w.as(Role::SocialWorker);
    const auto id = w.referral();
    DecisionRequest accept;
    accept.decision = core::Decision::Accepted;
    accept.issue_card = true;
    sophie.decide(id, accept);

    const auto data = sophie.export_data(id);
    REQUIRE(data.view.file);
    CHECK(data.view.file->file_number == "D-2026-0100");
    CHECK(data.view.file->composition.members.size() == 4);
    CHECK(data.finances.resources.size() == 4);
    CHECK(data.finances.charges.size() == 6);
    CHECK(data.finances.notes == "Difficultés depuis la perte d'emploi de Mme.");
    REQUIRE(data.view.decisions.size() == 1);
    REQUIRE(data.view.periods.size() == 1);
    CHECK(data.view.periods[0].start == kHouseholdDay);
    REQUIRE(data.view.cards.size() == 1);
    CHECK(data.visits.empty());
    CHECK(data.produced_by == "Sophie");
    CHECK(data.produced_on == kHouseholdDay);
    // The log as it was before the export: creation, decision, card, and the export's own reads.
    std::vector<std::string> actions;
    for (const auto& e : data.accesses) actions.push_back(e.action);
    CHECK(std::find(actions.begin(), actions.end(), "create_file") != actions.end());
    CHECK(std::find(actions.begin(), actions.end(), "decision") != actions.end());
    CHECK(w.logged("export_file") == 1);
}

TEST_CASE("a manager or a volunteer gets a refusal, not the household's data", "[households][export][roles]") {
    HouseholdWorld w;
    const auto id = w.referral();
    for (const Role role : {Role::Manager, Role::Volunteer}) {
        auto service = w.as(role);
        CHECK_THROWS_AS(service.export_data(id), PermissionDenied);
    }
    CHECK(w.logged("export_file") == 0);
    CHECK(w.logged("denied") == 2);
    CHECK_NOTHROW(w.as(Role::Admin).export_data(id));
}
