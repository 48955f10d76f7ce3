// The six-year archive (services/sales_archive_service.hpp) on both engines: where the segment
// ends around the cut-off (31 December, 29 February, a session across midnight, another till's
// session still open, nothing to archive), the round trip (the live journal alone, the archive
// alone and both together verify; a changed byte or a deleted archive record is named), a failure
// half way leaving the live database as it was, archiving twice, and the retention setting.
#include "archive_fixtures.hpp"

#include "core/error.hpp"
#include "services/sales_archive_service.hpp"
#include "services/settings_service.hpp"
#include "services/till/journal_archive_audit.hpp"
#include "services/till/journal_archive_record.hpp"
#include "services/till/journal_audit.hpp"
#include "storage/postgres_store.hpp"
#include "storage/sqlite_repositories.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace cabas;
using namespace cabas::services;
using services::testing::ArchiveWorld;
using services::testing::SessionSpec;

namespace {

const core::Date kToday = core::Date::from_ymd(2027, 6, 1);  // archivable: before 1 January 2021

LoggedUser admin() { return testing::acting(core::Role::Admin, "alice"); }

ArchiveRequest request_until(ArchiveWorld& w, core::Date until, const std::string& name = "archive.jsonl") {
    return ArchiveRequest{until, kToday, "2027-06-01T09:00:00Z", w.store.file(name), {}};
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

std::string first_problem(const till::JournalAudit& audit) {
    return !audit.chain.ok ? audit.chain.reason : audit.problems.empty() ? std::string() : audit.problems.front();
}

/// Deletes the live archive records behind Cabas's back, as someone with the database could.
void delete_archive_records(storage::Store& store) {
    if (auto* sqlite = dynamic_cast<storage::SqliteStore*>(&store))
        sqlite->database().exec("DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE kind = 'archive'");
    else {
        // One statement per call: PgDatabase::exec sends its text as one prepared statement.
        auto& db = dynamic_cast<storage::PgStore&>(store).database();
        db.exec("DROP TRIGGER journal_no_delete ON journal");
        db.exec("DELETE FROM journal WHERE kind = 'archive'");
    }
}

/// What the live database holds, to compare before and after a failed archive.
struct LiveState {
    std::int64_t records, sessions, sales;
    std::string head;
    bool operator==(const LiveState&) const = default;
};
LiveState live_state(ArchiveWorld& w) {
    return {w.count("records"), w.count("sessions"), w.count("sales"), w.store->journal().head()->hash};
}

} // namespace

TEST_CASE("the archived segment ends at the last whole session closed before the cut-off", "[archive]") {
    struct Case {
        const char* name;
        std::vector<SessionSpec> sessions;
        core::Date until;
        std::vector<int> archived;  // indexes into sessions
    };
    const std::vector<Case> cases = {
        {"closed on 31 December, cut-off 1 January",
         {{"caisse-1", "2019-12-31T13:00:00Z", "2019-12-31T18:00:00Z", {"2019-12-31T14:00:00Z"}},
          {"caisse-1", "2020-01-02T13:00:00Z", "2020-01-02T18:00:00Z", {"2020-01-02T14:00:00Z"}}},
         core::Date::from_ymd(2020, 1, 1), {0}},
        {"closed on 29 February of a leap year, cut-off 1 March",
         {{"caisse-1", "2020-02-28T13:00:00Z", "2020-02-28T18:00:00Z", {"2020-02-28T14:00:00Z"}},
          {"caisse-1", "2020-02-29T13:00:00Z", "2020-02-29T23:59:59Z", {"2020-02-29T14:00:00Z"}},
          {"caisse-1", "2020-03-01T00:00:00Z", "2020-03-01T18:00:00Z", {"2020-03-01T14:00:00Z"}}},
         core::Date::from_ymd(2020, 3, 1), {0, 1}},
        {"closed on 29 February, cut-off that same day",
         {{"caisse-1", "2020-02-28T13:00:00Z", "2020-02-28T18:00:00Z", {"2020-02-28T14:00:00Z"}},
          {"caisse-1", "2020-02-29T13:00:00Z", "2020-02-29T18:00:00Z", {"2020-02-29T14:00:00Z"}}},
         core::Date::from_ymd(2020, 2, 29), {0}},
        {"a session across midnight of the cut-off stays whole in the live database",
         {{"caisse-1", "2019-12-30T13:00:00Z", "2019-12-30T18:00:00Z", {"2019-12-30T14:00:00Z"}},
          {"caisse-1", "2019-12-31T20:00:00Z", "2020-01-01T00:30:00Z", {"2019-12-31T23:30:00Z", "2020-01-01T00:10:00Z"}}},
         core::Date::from_ymd(2020, 1, 1), {0}},
        {"nothing closed before the cut-off",
         {{"caisse-1", "2020-01-02T13:00:00Z", "2020-01-02T18:00:00Z", {"2020-01-02T14:00:00Z"}}},
         core::Date::from_ymd(2020, 1, 1), {}},
    };
    for (const Case& c : cases) {
        SECTION(c.name) {
            ArchiveWorld w;
            std::vector<std::int64_t> ids;
            for (const auto& spec : c.sessions) ids.push_back(w.session(spec));
            std::vector<std::int64_t> expected;
            for (int i : c.archived) expected.push_back(ids[static_cast<std::size_t>(i)]);

            const auto plan = plan_archive(*w.store, admin(), c.until);
            CHECK(plan.session_ids == expected);
            const auto outcome = archive_sales(*w.store, admin(), request_until(w, c.until));
            CHECK(outcome.plan.session_ids == expected);
            const bool written = std::filesystem::exists(w.store.file("archive.jsonl"));
            CHECK(written == !expected.empty());
            CHECK(w.count("sessions") == static_cast<std::int64_t>(ids.size() - expected.size()));
            const auto live = till::audit_journal(*w.store, w.seal);
            INFO(first_problem(live));
            CHECK(live.ok());
            if (written) {
                const auto archive = till::verify_archive_file(w.store.file("archive.jsonl"));
                INFO(first_problem(archive.audit) << (archive.problems.empty() ? "" : archive.problems.front()));
                CHECK(archive.ok());
                CHECK(archive.audit.sessions_checked == static_cast<std::int64_t>(expected.size()));
            }
        }
    }
}

TEST_CASE("another till's session open across the cut-off ends the segment before its first sale", "[archive]") {
    ArchiveWorld w;
    const SessionSpec early{"caisse-1", "2019-12-29T13:00:00Z", "2019-12-29T18:00:00Z", {"2019-12-29T14:00:00Z"}};
    const SessionSpec across{"caisse-2", "2019-12-30T09:00:00Z", "2020-01-02T18:00:00Z", {"2019-12-30T09:10:00Z"}};
    const SessionSpec later{"caisse-1", "2019-12-31T13:00:00Z", "2019-12-31T18:00:00Z", {"2019-12-31T14:00:00Z"}};
    const std::int64_t first = w.session(early);
    const std::int64_t open = w.open(across);
    w.sell(open, "caisse-2", across.sales[0]);
    w.session(later);
    w.close(open, across);

    const auto plan = plan_archive(*w.store, admin(), core::Date::from_ymd(2020, 1, 1));
    CHECK(plan.session_ids == std::vector<std::int64_t>{first});
    CHECK(plan.stopped_because.find("caisse-2") != std::string::npos);
}

TEST_CASE("a correction is never separated from the sale it corrects", "[archive]") {
    ArchiveWorld w;
    const std::int64_t first = w.session({"caisse-1", "2019-12-20T13:00:00Z", "2019-12-20T18:00:00Z", {"2019-12-20T14:00:00Z"}});
    const std::int64_t sale = w.store->sales().sales_of_session(first).front().id;
    w.session({"caisse-1", "2019-12-21T13:00:00Z", "2019-12-21T18:00:00Z", {"2019-12-21T14:00:00Z"}});
    const SessionSpec correcting{"caisse-1", "2020-01-03T13:00:00Z", "2020-01-03T18:00:00Z", {}};
    const std::int64_t later = w.open(correcting);
    w.sell(later, "caisse-1", "2020-01-03T14:00:00Z", sale);
    w.close(later, correcting);

    const auto plan = plan_archive(*w.store, admin(), core::Date::from_ymd(2020, 1, 1));
    CHECK(plan.empty());
    CHECK(plan.stopped_because.find("correction") != std::string::npos);
}

TEST_CASE("archive round trip: live alone, archive alone and both together verify; changes are named", "[archive]") {
    ArchiveWorld w;
    for (const char* day : {"02", "09", "16", "23", "30"})
        w.session({"caisse-1", std::string("2019-12-") + day + "T13:00:00Z", std::string("2019-12-") + day + "T18:00:00Z",
                   {std::string("2019-12-") + day + "T14:00:00Z"}});
    // December 2019 is closed by this January session's monthly closure, after the cut-off.
    w.session({"caisse-1", "2020-01-07T13:00:00Z", "2020-01-07T18:00:00Z", {"2020-01-07T14:00:00Z", "2020-01-07T15:00:00Z"}});
    const auto z_before = till::last_record_of_kind(*w.store, "monthly_closure");
    REQUIRE(z_before);

    const auto outcome = archive_sales(*w.store, admin(), request_until(w, core::Date::from_ymd(2020, 1, 1)));
    REQUIRE_FALSE(outcome.plan.empty());
    CHECK(outcome.plan.first_sequence == 1);
    CHECK(outcome.plan.session_ids.size() == 5);
    CHECK(outcome.record.kind == "archive");
    const std::string path = w.store.file("archive.jsonl");
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    const std::string text = read_text(path);
    CHECK(text.find("Mme Martin") == std::string::npos);  // no free text
    CHECK(text.find("\"paul\"") == std::string::npos);     // no login
    CHECK(text.find("\"marie\"") == std::string::npos);
    CHECK(text.find("VENTE-ABCD") != std::string::npos);   // the household's sales code, as the journal states it

    const auto live = till::audit_journal(*w.store, w.seal);
    INFO(first_problem(live));
    CHECK(live.ok());
    CHECK(live.sessions_checked == 1);
    CHECK(live.sales_checked == 2);
    const auto archive = till::verify_archive_file(path);
    INFO(first_problem(archive.audit));
    CHECK(archive.ok());
    CHECK(archive.audit.sales_checked == 5);
    CHECK(archive.audit.signatures_checked == 5);
    CHECK(archive.file.contents.header.epicerie == keys::default_shop_name);
    const auto join = till::join_archive(*w.store, archive, "archive.jsonl");
    CHECK(join.problems.empty());
    CHECK(join.notes.empty());
    // The perpetual grand total goes on from the archived closures.
    const SessionSpec next{"caisse-1", "2020-01-08T13:00:00Z", "2020-01-08T18:00:00Z", {"2020-01-08T14:00:00Z"}};
    w.session(next);
    CHECK(till::audit_journal(*w.store, w.seal).ok());
    CHECK(till::perpetual_grand_total(*w.store).cents() == 8 * 20);

    SECTION("a sale changed in the archive is named, and the seal is broken") {
        std::string changed = text;
        const auto at = changed.find("\"quantity\":1");
        REQUIRE(at != std::string::npos);
        changed.replace(at, 12, "\"quantity\":3");
        write_text(w.store.file("changed.jsonl"), changed);
        const auto bad = till::verify_archive_file(w.store.file("changed.jsonl"));
        CHECK_FALSE(bad.ok());
        REQUIRE_FALSE(bad.problems.empty());
        CHECK(bad.problems.front().find("sceau de l'archive faux") != std::string::npos);
        REQUIRE_FALSE(bad.audit.problems.empty());
        INFO(bad.audit.problems.front());
        CHECK(bad.audit.problems.front().find("ligne 1 : quantité : 3 dans l'archive, 1 au journal") != std::string::npos);
        CHECK_FALSE(till::join_archive(*w.store, bad, "changed.jsonl").problems.empty());
    }
    SECTION("a record changed in the archive breaks its chain") {
        std::string changed = text;
        const auto at = changed.find("|caisse-1|");
        REQUIRE(at != std::string::npos);
        changed.replace(at, 10, "|caisse-9|");
        write_text(w.store.file("changed.jsonl"), changed);
        const auto bad = till::verify_archive_file(w.store.file("changed.jsonl"));
        CHECK_FALSE(bad.audit.chain.ok);
        CHECK(bad.audit.chain.first_broken_sequence == 1);
    }
    SECTION("the live archive record deleted: the live journal no longer verifies, nor joins") {
        delete_archive_records(*w.store);
        const auto broken = till::audit_journal(*w.store, w.seal);
        CHECK_FALSE(broken.chain.ok);
        CHECK(broken.chain.reason.find("aucun enregistrement d'archivage ne les couvre") != std::string::npos);
        CHECK_FALSE(till::join_archive(*w.store, archive, "archive.jsonl").problems.empty());
    }
    SECTION("an archive cut short has no seal and is refused") {
        write_text(w.store.file("short.jsonl"), text.substr(0, text.rfind("{\"public_key\"")));
        CHECK_THROWS_AS(till::verify_archive_file(w.store.file("short.jsonl")), ValidationError);
    }
}

TEST_CASE("a failure half way leaves the live database as it was and no archive file", "[archive]") {
    ArchiveWorld w;
    w.session({"caisse-1", "2019-11-05T13:00:00Z", "2019-11-05T18:00:00Z", {"2019-11-05T14:00:00Z"}});
    w.session({"caisse-1", "2020-02-05T13:00:00Z", "2020-02-05T18:00:00Z", {"2020-02-05T14:00:00Z"}});
    const LiveState before = live_state(w);
    const auto until = core::Date::from_ymd(2020, 1, 1);

    SECTION("a failure inside the transaction, before the deletion") {
        auto request = request_until(w, until);
        request.before_delete = [] { throw StorageError("panne simulée"); };
        CHECK_THROWS_AS(archive_sales(*w.store, admin(), request), StorageError);
        CHECK_FALSE(std::filesystem::exists(request.out_path));
    }
    SECTION("a destination that cannot be written") {
        write_text(w.store.file("plain-file"), "x");
        auto request = request_until(w, until);
        request.out_path = w.store.file("plain-file") + "/archive.jsonl";
        CHECK_THROWS_AS(archive_sales(*w.store, admin(), request), StorageError);
    }
    SECTION("an archive file that already exists is not replaced") {
        write_text(w.store.file("archive.jsonl"), "déjà là");
        CHECK_THROWS_AS(archive_sales(*w.store, admin(), request_until(w, until)), StorageError);
        CHECK(read_text(w.store.file("archive.jsonl")) == "déjà là");
    }
    CHECK(live_state(w) == before);
    CHECK(till::audit_journal(*w.store, w.seal).ok());
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(w.store.file("x")).parent_path()))
        CHECK(entry.path().filename().string().find(".partiel-") == std::string::npos);
}

TEST_CASE("archiving twice: the second segment starts right after the first", "[archive]") {
    ArchiveWorld w;
    w.session({"caisse-1", "2019-06-04T13:00:00Z", "2019-06-04T18:00:00Z", {"2019-06-04T14:00:00Z"}});
    w.session({"caisse-1", "2020-06-02T13:00:00Z", "2020-06-02T18:00:00Z", {"2020-06-02T14:00:00Z"}});
    w.session({"caisse-1", "2021-06-01T13:00:00Z", "2021-06-01T18:00:00Z", {"2021-06-01T14:00:00Z"}});

    const auto first = archive_sales(*w.store, admin(), request_until(w, core::Date::from_ymd(2020, 1, 1), "a2019.jsonl"));
    const auto second = archive_sales(*w.store, admin(), request_until(w, core::Date::from_ymd(2021, 1, 1), "a2020.jsonl"));
    REQUIRE_FALSE(second.plan.empty());
    CHECK(second.plan.first_sequence == first.plan.last_sequence + 1);
    CHECK(second.record.sequence == first.record.sequence + 1);
    const auto segments = w.store->journal().archived_segments();
    REQUIRE(segments.size() == 2);
    CHECK(segments[1].first_sequence == segments[0].last_sequence + 1);

    CHECK(till::audit_journal(*w.store, w.seal).ok());
    const auto older = till::verify_archive_file(w.store.file("a2019.jsonl"));
    const auto newer = till::verify_archive_file(w.store.file("a2020.jsonl"));
    INFO(first_problem(newer.audit) << (newer.problems.empty() ? "" : newer.problems.front()));
    CHECK(older.ok());
    CHECK(newer.ok());
    REQUIRE(newer.file.contents.header.previous_archive);
    CHECK(newer.file.contents.header.previous_archive->hash == first.record.hash);
    CHECK(till::join_archive(*w.store, older, "a2019.jsonl").problems.empty());
    CHECK(till::join_archive(*w.store, newer, "a2020.jsonl").problems.empty());
    // Nothing left before 2021: a third run writes nothing.
    const auto third = archive_sales(*w.store, admin(), request_until(w, core::Date::from_ymd(2021, 1, 1), "a3.jsonl"));
    CHECK(third.plan.empty());
    CHECK_FALSE(std::filesystem::exists(w.store.file("a3.jsonl")));
}

TEST_CASE("the retention of sales is 6 to 10 years, and no archive reaches past it", "[archive]") {
    ArchiveWorld w;
    CHECK(sales_retention_years(*w.store) == 6);
    CHECK(latest_archive_date(core::Date::from_ymd(2026, 12, 3), 6) == core::Date::from_ymd(2020, 1, 1));
    CHECK(latest_archive_date(core::Date::from_ymd(2026, 1, 1), 6) == core::Date::from_ymd(2020, 1, 1));
    CHECK(setting_problem(keys::retention_sales_years, "5") == "entre 6 et 10");
    CHECK(setting_problem(keys::retention_sales_years, "11") == "entre 6 et 10");
    CHECK(setting_problem(keys::retention_sales_years, "8").empty());
    save_settings(*w.store, admin(), {{keys::retention_sales_years, "8"}});
    CHECK(sales_retention_years(*w.store) == 8);
    CHECK_THROWS_WITH(archive_sales(*w.store, admin(), request_until(w, core::Date::from_ymd(2020, 1, 1))),
                      Catch::Contains("au plus tard"));
    w.store->settings().set(keys::retention_sales_years, "3");  // behind the service's back
    CHECK_THROWS_AS(sales_retention_years(*w.store), ValidationError);
    CHECK_THROWS_AS(archive_sales(*w.store, testing::acting(core::Role::Manager, "paul"),
                                  request_until(w, core::Date::from_ymd(2019, 1, 1))),
                    PermissionError);
}

TEST_CASE("the schema lets only named archived segments be deleted", "[archive][storage]") {
    ArchiveWorld w;
    w.session({"caisse-1", "2019-11-05T13:00:00Z", "2019-11-05T18:00:00Z", {"2019-11-05T14:00:00Z"}});
    const auto head = *w.store->journal().head();
    // A segment must start at the first record.
    CHECK_THROWS_AS(w.store->journal().remove_archived({2, head.sequence, head.hash, "a.jsonl", head.hash,
                                                        "2027-06-01T09:00:00Z"}, {}),
                    StorageError);
    CHECK(w.count("records") == head.sequence);
}
