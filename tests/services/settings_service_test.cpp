// The settings a manager edits: each value checked with a reason, several saved together or
// none, and only managers and admins may save.
#include "service_fixtures.hpp"

#include "core/error.hpp"
#include "services/settings_service.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;

namespace {

services::LoggedUser user_with(core::Role role) {
    services::LoggedUser user;
    user.id = 1;
    user.login = "u";
    user.display_name = "U";
    user.role = role;
    return user;
}

} // namespace

TEST_CASE("each setting value is accepted or refused with its reason", "[settings]") {
    struct Case {
        std::string key;
        std::string value;
        std::string problem;
    };
    const std::vector<Case> cases = {
        {"shop.name", "Épicerie du Château", ""},
        {"shop.name", "", "obligatoire"},
        {"shop.name", std::string(61, 'x'), "trop long (60 caractères au plus)"},
        {"shop.name", "deux\nlignes", "une seule ligne, sans tabulation"},
        {"till.id", "caisse-2", ""},
        {"till.id", "caisse 2", "lettres, chiffres, - et _ seulement"},
        {"ui.language", "en", ""},
        {"ui.language", "de", "« de » n'est pas une valeur possible (fr, en)"},
        {"printer.mode", "escpos-cups", ""},
        {"printer.columns", "32", ""},
        {"printer.columns", "31", "entre 32 et 64"},
        {"printer.columns", "4x", "« 4x » n'est pas un nombre entier"},
        {"printer.device", "", ""},
        {"printer.device", "lp0", "un chemin absolu, qui commence par /"},
        {"printer.pdf_dir", "/srv/tickets", ""},
        {"nope", "1", "paramètre inconnu"},
    };
    for (const Case& c : cases) {
        INFO(c.key << " = " << c.value);
        CHECK(setting_problem(c.key, c.value) == c.problem);
    }
}

TEST_CASE("current settings show the defaults until a value is stored", "[settings]") {
    testing::TempStore store;
    auto current = current_settings(*store);
    CHECK(current.at("shop.name") == "Épicerie solidaire");
    CHECK(current.at("printer.columns") == "42");
    save_settings(*store, user_with(core::Role::Manager), {{"shop.name", "Épicerie du Château"}, {"ui.language", "en"}});
    current = current_settings(*store);
    CHECK(current.at("shop.name") == "Épicerie du Château");
    CHECK(current.at("ui.language") == "en");
    CHECK(store->settings().get("till.id") == std::nullopt);
}

TEST_CASE("one refused value saves none of the others", "[settings]") {
    testing::TempStore store;
    const auto admin = user_with(core::Role::Admin);
    CHECK_THROWS_WITH(save_settings(*store, admin, {{"shop.name", "Nouveau nom"}, {"printer.columns", "100"}}),
                      "printer.columns: entre 32 et 64");
    CHECK(store->settings().get("shop.name") == std::nullopt);
    // A CUPS queue mode needs its queue, even when the fields are each valid on their own.
    CHECK_THROWS_WITH(save_settings(*store, admin, {{"shop.name", "Nouveau nom"}, {"printer.mode", "escpos-cups"}}),
                      "printer.queue: obligatoire pour une file CUPS");
    CHECK(store->settings().get("printer.mode") == std::nullopt);
    save_settings(*store, admin, {{"printer.mode", "escpos-cups"}, {"printer.queue", "ticket"}});
    CHECK(store->settings().get("printer.queue") == "ticket");
}

TEST_CASE("only managers and admins may change the settings", "[settings]") {
    testing::TempStore store;
    for (const core::Role role : {core::Role::Volunteer, core::Role::SocialWorker}) {
        CHECK_THROWS_AS(save_settings(*store, user_with(role), {{"shop.name", "X"}}), PermissionError);
        CHECK(store->settings().get("shop.name") == std::nullopt);
    }
    CHECK_NOTHROW(save_settings(*store, user_with(core::Role::Manager), {{"shop.name", "X"}}));
}

TEST_CASE("only an admin may lift the small-cell suppression of the reports", "[settings]") {
    testing::TempStore store;
    CHECK(current_settings(*store).at("report.threshold") == "11");
    CHECK_THROWS_AS(save_settings(*store, user_with(core::Role::Manager), {{"report.internal", "1"}}), PermissionError);
    CHECK(store->settings().get("report.internal") == std::nullopt);
    CHECK(setting_problem("report.threshold", "1") == "entre 2 et 100");
    save_settings(*store, user_with(core::Role::Manager), {{"report.threshold", "15"}, {"stock.expiry_alert_days", "10"}});
    save_settings(*store, user_with(core::Role::Admin), {{"report.internal", "1"}});
    CHECK(store->settings().get("report.threshold") == "15");
    CHECK(store->settings().get("stock.expiry_alert_days") == "10");
    CHECK(store->settings().get("report.internal") == "1");
}

TEST_CASE("a threshold under 11 is the admin's, like an internal report", "[settings]") {
    testing::TempStore store;
    CHECK_THROWS_AS(save_settings(*store, user_with(core::Role::Manager), {{"report.threshold", "5"}}), PermissionError);
    CHECK(store->settings().get("report.threshold") == std::nullopt);
    save_settings(*store, user_with(core::Role::Manager), {{"report.threshold", "11"}});
    save_settings(*store, user_with(core::Role::Admin), {{"report.threshold", "5"}});
    CHECK(store->settings().get("report.threshold") == "5");
}

TEST_CASE("report rights by role, internal flag and threshold", "[settings][reports]") {
    using core::Role;
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
    for (const auto& row : rows) {
        INFO("role " << core::to_code(row.role) << ", internal " << row.internal << ", threshold "
                     << row.threshold.value_or(0));
        if (!row.threshold) CHECK(may_build_report(user_with(row.role), row.internal) == row.allowed);
        if (row.allowed) CHECK_NOTHROW(require_report_rights(user_with(row.role), row.internal, row.threshold));
        else CHECK_THROWS_AS(require_report_rights(user_with(row.role), row.internal, row.threshold), PermissionError);
    }
}
