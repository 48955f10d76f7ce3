// Roles and refusals in English: the role names, an access refusal naming role and capability,
// a wrong code at the login, and the French back once the scope ends.
#include "english_scope.hpp"
#include "service_fixtures.hpp"

#include "core/error.hpp"
#include "services/access_control.hpp"
#include "services/clock.hpp"
#include "services/login.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using services::testing::SpeakEnglish;
using services::testing::TempStore;

TEST_CASE("role names are English in English and French otherwise", "[access][english]") {
    struct Row { core::Role role; const char* english; const char* french; };
    const std::vector<Row> rows = {
        {core::Role::Volunteer, "volunteer", "bénévole"},
        {core::Role::Manager, "manager", "responsable"},
        {core::Role::SocialWorker, "social worker", "travailleur social"},
        {core::Role::Admin, "administrator", "administrateur"},
    };
    for (const Row& row : rows)
        services::testing::check_both_languages([&] { return role_label(row.role); }, row.english, row.french);
}

TEST_CASE("an access refusal names the role and what it may not do, in English", "[access][english]") {
    TempStore store;
    const auto volunteer = services::testing::acting(core::Role::Volunteer, "marie");
    {
        SpeakEnglish english;
        CHECK(capability_label(Capability::ManageAccounts) == "manage accounts");
        try {
            require(*store, volunteer, Capability::ManageAccounts);
            FAIL("a volunteer may not manage accounts");
        } catch (const PermissionDenied& e) {
            CHECK(std::string(e.what()) == "access refused: the volunteer role cannot manage accounts");
        }
    }
    try {
        require(*store, volunteer, Capability::ManageAccounts);
        FAIL("a volunteer may not manage accounts");
    } catch (const PermissionDenied& e) {
        CHECK(std::string(e.what()) == "accès refusé : un bénévole ne peut pas gérer les comptes");
    }
    // The log keeps the French label whatever the language.
    storage::AccessLogFilter denied;
    denied.action = "denied";
    const auto logged = store->access_log().list(denied);
    REQUIRE(logged.size() == 2);
    CHECK(logged[0].detail == "gérer les comptes");
    CHECK(logged[1].detail == "gérer les comptes");
}

TEST_CASE("a wrong code is refused in English", "[access][english][login]") {
    TempStore store;
    store->users().add("marie", "Marie", core::Role::Volunteer, "1111");
    services::FixedClock clock{core::Date::from_ymd(2026, 11, 23)};
    SpeakEnglish english;
    const auto attempt = attempt_login(*store, clock, "marie", "9999", LoginPlace::LoginScreen);
    CHECK_FALSE(attempt.user);
    CHECK(attempt.refusal == "Wrong login or code");
}
