// Who may build the CCAS, annual and FSE+ reports, asked of the builders themselves: the
// capability table by role, internal flag and threshold, and every refusal in the access log.
#include "service_fixtures.hpp"

#include "services/reports/fse_report.hpp"
#include "services/reports/monthly_report.hpp"
#include "services/settings_keys.hpp"

#include <catch2/catch.hpp>

#include <optional>

using namespace cabas;
using core::Role;

namespace {

services::LoggedUser user_with(Role role) {
    services::LoggedUser user;
    user.id = 1;
    user.login = "u-" + core::to_code(role);
    user.display_name = "U";
    user.role = role;
    return user;
}

std::size_t refusals(storage::Store& store) {
    std::size_t n = 0;
    for (const auto& e : store.access_log().list()) n += e.action == "denied";
    return n;
}

} // namespace

TEST_CASE("report builders check the role, the internal flag and the threshold", "[services][reports]") {
    struct Row {
        Role role;
        bool internal;
        std::optional<int> threshold;
        bool allowed;
    };
    const Row rows[] = {
        {Role::Volunteer, false, std::nullopt, false}, {Role::Manager, false, std::nullopt, true},
        {Role::SocialWorker, false, std::nullopt, true}, {Role::Admin, false, std::nullopt, true},
        {Role::Manager, true, std::nullopt, false},    {Role::SocialWorker, true, std::nullopt, false},
        {Role::Admin, true, std::nullopt, true},        {Role::Manager, false, 20, true},
        {Role::Manager, false, 11, true},               {Role::Manager, false, 10, false},
        {Role::SocialWorker, false, 3, false},          {Role::Admin, false, 3, true},
    };
    services::testing::TempStore store;
    for (const auto& row : rows) {
        INFO("role " << core::to_code(row.role) << ", internal " << row.internal << ", threshold "
                     << row.threshold.value_or(0));
        services::ReportOptions options;
        if (row.internal) options.internal = true;
        options.threshold = row.threshold;
        const auto user = user_with(row.role);
        const auto before = refusals(*store);
        const auto monthly = [&] { return services::build_monthly_report(*store, user, reports::Month{2026, 10}, options); };
        const auto fse = [&] {
            return services::build_fse_report(*store, user, core::Date::from_ymd(2026, 1, 1),
                                              core::Date::from_ymd(2026, 12, 31), true, options);
        };
        if (row.allowed) {
            CHECK(monthly().options.internal == row.internal);
            CHECK_NOTHROW(fse());
            CHECK(refusals(*store) == before);
        } else {
            CHECK_THROWS_AS(monthly(), services::PermissionDenied);
            CHECK_THROWS_AS(fse(), services::PermissionDenied);
            CHECK(refusals(*store) == before + 2);
        }
    }
}

TEST_CASE("a refused report says in French what the role may not do, and names who tried", "[services][reports]") {
    services::testing::TempStore store;
    services::ReportOptions internal;
    internal.internal = true;
    CHECK_THROWS_WITH(services::build_monthly_report(*store, user_with(Role::Volunteer), reports::Month{2026, 10}),
                      "accès refusé : un bénévole ne peut pas produire les rapports");
    CHECK_THROWS_WITH(services::build_monthly_report(*store, user_with(Role::Manager), reports::Month{2026, 10}, internal),
                      Catch::Contains("lever le secret statistique"));
    const auto log = store->access_log().list();
    REQUIRE(log.size() == 2);
    for (const auto& e : log) {
        CHECK(e.action == "denied");
        CHECK(e.user_login.rfind("u-", 0) == 0);
    }
}

TEST_CASE("a stored internal setting was an admin's decision: a manager's report follows it", "[services][reports]") {
    services::testing::TempStore store;
    store->settings().set(services::keys::report_internal, "1");
    const auto report = services::build_monthly_report(*store, user_with(Role::Manager), reports::Month{2026, 10});
    CHECK(report.document.internal);
}
