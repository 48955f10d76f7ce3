// Tests of the append-only access log, the journal and the settings through their repositories.
#include "fixtures.hpp"
#include "temp_dir.hpp"
#include "test_store.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::storage;
using namespace cabas::storage::testing;

TEST_CASE("access log entries are appended and listed newest first, by household or user", "[storage]") {
    TestStore store;
    auto& log = store.access_log();
    log.append("marie", "open_file", 1, "", "2026-11-02T09:00:00Z");
    log.append("paul", "open_file", 2, "", "2026-11-02T09:05:00Z");
    log.append("marie", "export_file", 1, "PDF", "2026-11-02T09:10:00Z");
    const auto now_id = log.append("marie", "list_households", std::nullopt, "");
    auto all = log.list();
    REQUIRE(all.size() == 4);
    CHECK(all[0].id == now_id);  // stamped "now", later than the fixed dates above
    CHECK_FALSE(all[0].household_id.has_value());
    AccessLogFilter by_household;
    by_household.household_id = 1;
    auto first = log.list(by_household);
    REQUIRE(first.size() == 2);
    CHECK(first[0].action == "export_file");
    CHECK(first[0].detail == "PDF");
    CHECK(first[1].at == "2026-11-02T09:00:00Z");
    AccessLogFilter by_user;
    by_user.user_login = "paul";
    CHECK(log.list(by_user).size() == 1);
    by_user.user_login = "marie";
    by_user.limit = 2;
    CHECK(log.list(by_user).size() == 2);
    CHECK_THROWS_AS(log.append("", "open_file", 1, ""), ValidationError);
}

TEST_CASE("journal records are appended in sequence and a gap is refused", "[storage]") {
    TestStore store;
    auto& journal = store.journal();
    CHECK_FALSE(journal.head().has_value());
    journal.append({1, "sale", "2026-11-02T09:00:00Z", R"({"n":1})", "", "h1"});
    journal.append({2, "sale", "2026-11-02T09:05:00Z", R"({"n":2})", "h1", "h2"});
    CHECK_THROWS_AS(journal.append({4, "sale", "2026-11-02T09:06:00Z", "{}", "h2", "h4"}), StorageError);
    CHECK_THROWS_AS(journal.append({2, "sale", "2026-11-02T09:06:00Z", "{}", "h1", "h2b"}), StorageError);
    auto head = journal.head();
    REQUIRE(head);
    CHECK(head->sequence == 2);
    CHECK(head->previous_hash == "h1");
    auto records = journal.range(1, 10);
    REQUIRE(records.size() == 2);
    CHECK(records[0].payload == R"({"n":1})");
    CHECK(journal.range(2, 10).size() == 1);
}

TEST_CASE("settings are created, replaced and listed", "[storage]") {
    TestStore store;
    auto& settings = store.settings();
    CHECK_FALSE(settings.get("nom").has_value());
    settings.set("nom", "Épicerie du Port");
    settings.set("caisse", "caisse-1");
    settings.set("nom", "Épicerie solidaire du Port");
    CHECK(settings.get("nom") == "Épicerie solidaire du Port");
    CHECK(settings.all().size() == 2);
    CHECK_THROWS_AS(settings.set("", "x"), ValidationError);
}

TEST_CASE("a store hands out repositories that commit together", "[storage]") {
    TestStore shop;
    Store* store = &shop;
    const auto household = store->transaction([&] {
        const auto id = add_household(*store, "D-1");
        store->cards().issue(id, "2900000000015", core::Date::from_ymd(2026, 11, 2));
        store->access_log().append("marie", "create_file", id, "");
        return id;
    });
    CHECK(store->cards().active_card_of(household).has_value());
    CHECK_THROWS_AS(store->transaction([&] {
        const auto id = add_household(*store, "D-2");
        store->cards().issue(id, "2900000000015", core::Date::from_ymd(2026, 11, 2));  // number taken
    }),
                    ValidationError);
    CHECK(store->households().count() == 1);
    CHECK(store->integrity_check() == std::vector<std::string>{});
}

TEST_CASE("a SQLite store opened by path backs up to a file that opens as a store", "[storage][sqlite]") {
    TempDir dir;
    auto store = open_sqlite_store(dir.file("cabas.db"), fast_options());
    add_household(*store, "D-1");
    store->backup_to(dir.file("sauvegarde.db"));
    auto copy = open_sqlite_store(dir.file("sauvegarde.db"), fast_options());
    CHECK(copy->households().count() == 1);
}
