// The capability table, stated here a second time as the épicerie's policy reads, so that any
// change to the table must be made on purpose in both places; and the refusal path: one
// PermissionDenied naming the action, and one line in the access log.
#include "service_fixtures.hpp"

#include "services/access_control.hpp"
#include "storage/store.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace cabas;
using services::Capability;
using core::Role;

namespace {

// Who holds each capability: the policy of docs/design/domain.md §6 as implemented
// (docs/design/architecture.md §2).
const std::map<Capability, std::set<Role>>& policy() {
    static const std::set<Role> till{Role::Volunteer, Role::Manager, Role::Admin};
    static const std::set<Role> manager{Role::Manager, Role::Admin};
    static const std::set<Role> access{Role::Manager, Role::SocialWorker, Role::Admin};
    static const std::set<Role> social{Role::SocialWorker, Role::Admin};
    static const std::set<Role> admin{Role::Admin};
    static const std::set<Role> everyone{Role::Volunteer, Role::Manager, Role::SocialWorker, Role::Admin};
    static const std::map<Capability, std::set<Role>> table = {
        {Capability::Sell, till},
        {Capability::OverrideAtTill, manager},
        {Capability::CorrectSale, manager},
        {Capability::OpenDrawer, manager},
        {Capability::ManageStock, manager},
        {Capability::ListHouseholds, access},
        {Capability::ManageAccess, access},
        {Capability::ManageCards, access},
        {Capability::SeeSocialFile, social},
        {Capability::EditFile, social},
        {Capability::Decide, social},
        {Capability::RecordExit, social},
        {Capability::ExportHouseholdData, social},
        {Capability::BuildReports, access},
        {Capability::MakeReportInternal, admin},
        {Capability::EditSettings, manager},
        {Capability::SetBareme, admin},
        {Capability::ManageAccounts, admin},
        {Capability::ReadAccessLog, admin},
        {Capability::BackUp, admin},
        {Capability::RunAutomaticBackup, everyone},
        {Capability::Restore, admin},
        {Capability::ApplyRetention, admin},
        {Capability::ArchiveSales, admin},
        {Capability::OpenBackOffice, access},
    };
    return table;
}

std::vector<storage::AccessLogEntry> whole_log(storage::Store& store) {
    storage::AccessLogFilter all;
    all.limit = 100000;
    return store.access_log().list(all);
}

} // namespace

TEST_CASE("the policy lists every capability of the table", "[access]") {
    CHECK(policy().size() == services::all_capabilities().size());
    for (Capability c : services::all_capabilities()) {
        INFO(services::to_code(c));
        CHECK(policy().count(c) == 1);
    }
}

TEST_CASE("every capability is granted to exactly the roles of the policy, and each refusal is logged",
          "[access]") {
    services::testing::TempStore store;
    for (Capability c : services::all_capabilities()) {
        for (Role role : services::all_roles()) {
            const services::LoggedUser user = services::testing::acting(role);
            const bool expected = policy().at(c).count(role) == 1;
            INFO(services::capability_label(c) << " — " << services::role_label(role));
            CHECK(services::may(user, c) == expected);
            const auto before = whole_log(*store).size();
            if (expected) {
                CHECK_NOTHROW(services::require(*store, user, c));
                CHECK(whole_log(*store).size() == before);
            } else {
                try {
                    services::require(*store, user, c, 7);
                    FAIL("no refusal");
                } catch (const services::PermissionDenied& e) {
                    CHECK(e.capability() == c);
                    CHECK(std::string(e.what()).find(services::capability_label(c)) != std::string::npos);
                    CHECK(std::string(e.what()).find(services::role_label(role)) != std::string::npos);
                }
                const auto log = whole_log(*store);
                REQUIRE(log.size() == before + 1);
                CHECK(log.front().action == "denied");
                CHECK(log.front().user_login == user.login);
                CHECK(log.front().household_id == std::optional<std::int64_t>(7));
                CHECK(log.front().detail == services::capability_label(c));
            }
        }
    }
}

TEST_CASE("granted answers false for a refusal and logs it, without throwing", "[access]") {
    services::testing::TempStore store;
    const auto marie = services::testing::acting(Role::Volunteer, "marie");
    CHECK_FALSE(services::granted(*store, marie, Capability::OverrideAtTill));
    CHECK(services::granted(*store, marie, Capability::Sell));
    const auto log = whole_log(*store);
    REQUIRE(log.size() == 1);
    CHECK(log.front().user_login == "marie");
}

TEST_CASE("a command with no login is refused and logged as such", "[access]") {
    services::testing::TempStore store;
    CHECK_THROWS_AS(services::refuse_without_login(*store, Capability::SetBareme), services::PermissionDenied);
    const auto log = whole_log(*store);
    REQUIRE(log.size() == 1);
    CHECK(log.front().user_login == "(sans connexion)");
    CHECK(log.front().detail == "modifier le barème");
}
