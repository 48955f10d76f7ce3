// Accounts: the first admin of a brand-new database, then only admins create accounts, change
// other people's PINs and deactivate; the last active admin stays; bad fields named.
#include "support/test_login.hpp"
#include "service_fixtures.hpp"

#include "core/error.hpp"
#include "services/till/till_service.hpp"
#include "services/user_service.hpp"
#include "services/login.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;

namespace {

services::LoggedUser logged(storage::Store& store, const std::string& login, const std::string& pin) {
    auto user = cabas::testing::log_in_now(store, login, pin);
    REQUIRE(user);
    return *user;
}

} // namespace

TEST_CASE("account fields are refused with their reason", "[users]") {
    struct Case {
        std::string login, pin, problem_login, problem_pin;
    };
    const std::vector<Case> cases = {
        {"marie", "1234", "", ""},
        {"m", "123", "de 2 à 32 caractères", "de 4 à 12 chiffres"},
        {"Marie", "12a4", "lettres minuscules sans accent, chiffres, . _ et - seulement", "des chiffres seulement"},
        {"jean-luc.b_2", "1234567890123", "", "de 4 à 12 chiffres"},
        {"hélène", "0000", "lettres minuscules sans accent, chiffres, . _ et - seulement", ""},
    };
    for (const Case& c : cases) {
        INFO(c.login << " / " << c.pin);
        CHECK(login_problem(c.login) == c.problem_login);
        CHECK(pin_problem(c.pin) == c.problem_pin);
    }
    CHECK(display_name_problem("  ") == "obligatoire");
}

TEST_CASE("a brand-new database takes one first admin without a login, then asks an admin", "[users]") {
    services::testing::TempStore store;
    REQUIRE(needs_first_admin(*store));
    CHECK_THROWS_WITH(add_user(*store, std::nullopt, {"marie", "Marie", core::Role::Volunteer, "1111"}),
                      "rôle: le premier compte d'une base neuve doit être un administrateur");
    add_user(*store, std::nullopt, {"claire", "Claire (admin)", core::Role::Admin, "9876"});
    CHECK_FALSE(needs_first_admin(*store));
    CHECK_THROWS_AS(add_user(*store, std::nullopt, {"marie", "Marie", core::Role::Volunteer, "1111"}),
                    PermissionError);

    const auto admin = logged(*store, "claire", "9876");
    add_user(*store, admin, {"marie", "Marie (bénévole)", core::Role::Volunteer, "1111"});
    add_user(*store, admin, {"paul", "Paul", core::Role::Manager, "2222"});
    CHECK_THROWS_WITH(add_user(*store, admin, {"paul", "Paul bis", core::Role::Manager, "2222"}),
                      "identifiant: « paul » existe déjà");
    const auto volunteer = logged(*store, "marie", "1111");
    CHECK_THROWS_AS(add_user(*store, volunteer, {"zoe", "Zoé", core::Role::Volunteer, "3333"}), PermissionError);
    CHECK_THROWS_AS(list_users(*store, volunteer), PermissionError);
    CHECK(list_users(*store, admin).size() == 3);
}

TEST_CASE("PINs change by their owner or an admin; the last admin stays active", "[users]") {
    services::testing::TempStore store;
    add_user(*store, std::nullopt, {"claire", "Claire", core::Role::Admin, "9876"});
    const auto admin = logged(*store, "claire", "9876");
    add_user(*store, admin, {"marie", "Marie", core::Role::Volunteer, "1111"});
    add_user(*store, admin, {"paul", "Paul", core::Role::Manager, "2222"});
    const auto marie = logged(*store, "marie", "1111");

    change_pin(*store, marie, "marie", "4321");
    CHECK(cabas::testing::log_in_now(*store, "marie", "4321"));
    CHECK_FALSE(cabas::testing::log_in_now(*store, "marie", "1111"));
    CHECK_THROWS_AS(change_pin(*store, marie, "paul", "0000"), PermissionError);
    change_pin(*store, admin, "paul", "5555");
    CHECK(cabas::testing::log_in_now(*store, "paul", "5555"));

    set_user_active(*store, admin, "marie", false);
    CHECK_FALSE(cabas::testing::log_in_now(*store, "marie", "4321"));
    set_user_active(*store, admin, "marie", true);
    CHECK(cabas::testing::log_in_now(*store, "marie", "4321"));
    CHECK_THROWS_WITH(set_user_active(*store, admin, "claire", false),
                      "identifiant: le dernier administrateur actif ne peut pas être désactivé");
    CHECK_THROWS_AS(set_user_active(*store, marie, "paul", false), PermissionError);
}
