// Every role boundary of the household services, table-driven: each operation is tried by each
// role on a fresh database; a refused role gets PermissionDenied (and the attempt is logged),
// never data; an allowed role gets past the role check.
#include "household_fixtures.hpp"

#include "core/error.hpp"
#include "services/households/access_log_service.hpp"
#include "services/households/commission_service.hpp"

#include <catch2/catch.hpp>

#include <functional>

using namespace cabas;
using namespace cabas::services::households;
using cabas::services::PermissionDenied, cabas::services::role_label;
using services::testing::HouseholdWorld;
using core::Role;

namespace {

struct Operation {
    const char* name;
    std::vector<Role> allowed;
    std::function<void(HouseholdService&, std::int64_t household)> run;
};

const std::vector<Role> kAccessRoles{Role::Manager, Role::SocialWorker, Role::Admin};
const std::vector<Role> kSocialRoles{Role::SocialWorker, Role::Admin};

std::vector<Operation> operations() {
    const core::Date day = services::testing::kHouseholdDay;
    return {
        {"list households", kAccessRoles, [](HouseholdService& s, std::int64_t) { s.list({}); }},
        {"open a file", kAccessRoles, [](HouseholdService& s, std::int64_t id) { s.open(id); }},
        {"read incomes and charges", kSocialRoles, [](HouseholdService& s, std::int64_t id) { s.finances(id); }},
        {"list individual visits", kSocialRoles, [](HouseholdService& s, std::int64_t id) { s.visits(id); }},
        {"compute eligibility", kSocialRoles,
         [](HouseholdService& s, std::int64_t) { s.eligibility(services::testing::worked_check_file().composition); }},
        {"create a file", kSocialRoles,
         [](HouseholdService& s, std::int64_t) { s.create(services::testing::worked_check_file("D-NEW")); }},
        {"update a file", kSocialRoles,
         [](HouseholdService& s, std::int64_t id) {
             auto f = services::testing::worked_check_file();
             f.id = id;
             f.neighbourhood = "Centre";
             s.update(f);
         }},
        {"record a commission decision", kSocialRoles,
         [](HouseholdService& s, std::int64_t id) {
             DecisionRequest d;
             d.decision = core::Decision::Refused;
             d.reason = "ressources au-dessus du barème";
             s.decide(id, d);
         }},
        {"renew access", kAccessRoles, [](HouseholdService& s, std::int64_t id) { s.renew(id, {}); }},
        {"suspend access", kAccessRoles,
         [day](HouseholdService& s, std::int64_t id) { s.suspend(id, day, std::nullopt, "impayés"); }},
        {"end access", kAccessRoles,
         [day](HouseholdService& s, std::int64_t id) { s.exit(id, day, core::ExitReason::Moved, ""); }},
        {"replace a card", kAccessRoles,
         [](HouseholdService& s, std::int64_t id) { s.replace_card(id, "perdue"); }},
        {"revoke a card", kAccessRoles, [](HouseholdService& s, std::int64_t id) { s.revoke_card(id, "volée"); }},
        {"print a card", kAccessRoles, [](HouseholdService& s, std::int64_t id) { s.card_to_print(id); }},
        {"list files for the commission", kSocialRoles,
         [](HouseholdService& s, std::int64_t) { CommissionService(s).pending(); }},
        {"read the access log", {Role::Admin},
         [](HouseholdService& s, std::int64_t) { access_log_entries(s, {}); }},
        {"export the access log", {Role::Admin},
         [](HouseholdService& s, std::int64_t) { export_access_log_csv(s, {}); }},
    };
}

bool contains(const std::vector<Role>& roles, Role r) {
    return std::find(roles.begin(), roles.end(), r) != roles.end();
}

} // namespace

TEST_CASE("each household operation is refused to exactly the roles that may not do it", "[households][roles]") {
    const auto ops = operations();
    const auto op_index = GENERATE(range(0, 17));
    const auto role = GENERATE(Role::Volunteer, Role::Manager, Role::SocialWorker, Role::Admin);
    REQUIRE(ops.size() == 17);
    const Operation& op = ops[static_cast<std::size_t>(op_index)];
    INFO(op.name << " by " << role_label(role));

    HouseholdWorld w;
    const auto id = w.accepted();
    auto service = w.as(role);
    const int denied_before = w.logged("denied");
    if (contains(op.allowed, role)) {
        CHECK_NOTHROW(op.run(service, id));
        CHECK(w.logged("denied") == denied_before);
    } else {
        CHECK_THROWS_AS(op.run(service, id), PermissionDenied);
        CHECK(w.logged("denied") == denied_before + 1);
    }
}

TEST_CASE("a manager or volunteer asking for incomes gets a refusal naming the action, not data", "[households][roles]") {
    HouseholdWorld w;
    const auto id = w.accepted();
    for (Role role : {Role::Volunteer, Role::Manager}) {
        auto service = w.as(role);
        try {
            service.finances(id);
            FAIL("finances returned data to a " << role_label(role));
        } catch (const PermissionDenied& e) {
            const std::string message = e.what();
            CHECK(message.find("ressources") != std::string::npos);
            CHECK(message.find("1400") == std::string::npos);
            CHECK(message.find("Benali") == std::string::npos);
        }
    }
    storage::AccessLogFilter f;
    f.household_id = id;
    const auto entries = w.store->access_log().list(f);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.front().action == "denied");
    CHECK(entries.front().user_login == "paul");
}
