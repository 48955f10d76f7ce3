// The archive at its edges, on both engines: an archive that takes every record (the journal
// goes on after the segment, not from n° 1, and verifies), and an archive stopped between its
// file and its commit (the file left behind is named unfinished, removes nothing, and the next
// run replaces it; any other file in the way is still refused).
#include "archive_fixtures.hpp"

#include "core/error.hpp"
#include "services/sales_archive_service.hpp"
#include "services/till/journal_archive_audit.hpp"
#include "services/till/journal_archive_record.hpp"
#include "services/till/journal_audit.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace cabas;
using namespace cabas::services;
using services::testing::ArchiveWorld;

namespace {

const core::Date kToday = core::Date::from_ymd(2027, 6, 1);
const core::Date kUntil = core::Date::from_ymd(2020, 1, 1);

LoggedUser admin() { return testing::acting(core::Role::Admin, "alice"); }

ArchiveRequest request(ArchiveWorld& w, const std::string& name = "archive.jsonl") {
    return ArchiveRequest{kUntil, kToday, "2027-06-01T09:00:00Z", w.store.file(name), {}};
}

std::string first_problem(const till::JournalAudit& audit) {
    return !audit.chain.ok ? audit.chain.reason : audit.problems.empty() ? std::string() : audit.problems.front();
}

/// Two months of 2019, every session closed: all of it is archivable before 2020.
void old_history(ArchiveWorld& w) {
    w.session({"caisse-1", "2019-11-05T13:00:00Z", "2019-11-05T18:00:00Z", {"2019-11-05T14:00:00Z", "2019-11-05T15:00:00Z"}});
    w.session({"caisse-2", "2019-11-06T13:00:00Z", "2019-11-06T18:00:00Z", {"2019-11-06T14:00:00Z"}});
    w.session({"caisse-1", "2019-12-10T13:00:00Z", "2019-12-10T18:00:00Z", {"2019-12-10T14:00:00Z"}});
}

} // namespace

TEST_CASE("an archive that takes every record: the journal goes on after it and verifies", "[archive]") {
    ArchiveWorld w;
    old_history(w);
    const auto head_before = w.store->journal().head();
    REQUIRE(head_before);

    const auto outcome = archive_sales(*w.store, admin(), request(w));
    REQUIRE_FALSE(outcome.plan.empty());
    CHECK(outcome.plan.first_sequence == 1);
    CHECK(outcome.plan.last_sequence == head_before->sequence);
    CHECK(w.count("sessions") == 0);
    CHECK(w.count("sales") == 0);
    // The archive record follows the archived head: it is not a new n° 1.
    CHECK(outcome.record.sequence == head_before->sequence + 1);
    CHECK(outcome.record.previous_hash == head_before->hash);
    const auto live = w.store->journal().range(1, 100);
    REQUIRE(live.size() == 1);
    CHECK(live.front().sequence == head_before->sequence + 1);

    const auto audit = till::audit_journal(*w.store, w.seal);
    INFO(first_problem(audit));
    CHECK(audit.ok());
    CHECK(audit.chain.records_checked == 1);
    const auto archive = till::verify_archive_file(w.store.file("archive.jsonl"));
    CHECK(archive.ok());
    CHECK(till::join_archive(*w.store, archive, "archive.jsonl").problems.empty());
    CHECK(till::perpetual_grand_total(*w.store).cents() == 4 * 20);

    // The next session numbers on and closes December 2019 from the state the archive carried.
    w.session({"caisse-1", "2020-01-07T13:00:00Z", "2020-01-07T18:00:00Z", {"2020-01-07T14:00:00Z"}});
    const auto next = w.store->journal().range(outcome.record.sequence + 1, 1);
    REQUIRE(next.size() == 1);
    CHECK(next.front().sequence == outcome.record.sequence + 1);
    CHECK(next.front().previous_hash == outcome.record.hash);
    const auto december = till::last_record_of_kind(*w.store, "monthly_closure");
    REQUIRE(december);
    CHECK(december->payload.find("|201912|") != std::string::npos);
    const auto after = till::audit_journal(*w.store, w.seal);
    INFO(first_problem(after));
    CHECK(after.ok());
    CHECK(after.sales_checked == 1);
    CHECK(till::perpetual_grand_total(*w.store).cents() == 5 * 20);

    // And a second archive of everything again starts right after the first.
    const core::Date later = core::Date::from_ymd(2021, 1, 1);
    const auto second = archive_sales(*w.store, admin(),
                                      ArchiveRequest{later, kToday, "2027-06-02T09:00:00Z", w.store.file("a2.jsonl"), {}});
    REQUIRE_FALSE(second.plan.empty());
    CHECK(second.plan.first_sequence == outcome.record.sequence);
    CHECK(second.record.sequence == w.store->journal().archived_segments().back().last_sequence + 1);
    const auto twice = till::audit_journal(*w.store, w.seal);
    INFO(first_problem(twice));
    CHECK(twice.ok());
    CHECK(till::verify_archive_file(w.store.file("a2.jsonl")).ok());
}

TEST_CASE("an archive stopped between its file and its commit leaves a file that is named and replaced",
          "[archive]") {
    ArchiveWorld w;
    old_history(w);
    w.session({"caisse-1", "2020-02-04T13:00:00Z", "2020-02-04T18:00:00Z", {"2020-02-04T14:00:00Z"}});
    const std::string path = w.store.file("archive.jsonl");
    const std::string kept = w.store.file("kept.jsonl");
    const auto head_before = w.store->journal().head();

    // What a kill right before the commit leaves: the file renamed into place, nothing deleted.
    auto interrupted = request(w);
    interrupted.before_delete = [&] {
        std::filesystem::copy_file(path, kept);
        throw StorageError("poste éteint");
    };
    CHECK_THROWS_AS(archive_sales(*w.store, admin(), interrupted), StorageError);
    std::filesystem::rename(kept, path);
    CHECK(w.store->journal().head()->hash == head_before->hash);
    CHECK(w.store->journal().archived_segments().empty());

    const auto orphan = till::verify_archive_file(path);
    REQUIRE(orphan.ok());
    CHECK(till::is_unfinished_archive(*w.store, orphan));
    const auto join = till::join_archive(*w.store, orphan, "archive.jsonl");
    CHECK(join.problems.empty());
    CHECK(join.unfinished);
    REQUIRE(join.notes.size() == 1);
    CHECK(join.notes.front().find("archive inachevée") != std::string::npos);
    CHECK(till::audit_journal(*w.store, w.seal).ok());

    // The next run takes the same name: the unfinished file is replaced, the new one joins.
    const auto outcome = archive_sales(*w.store, admin(), request(w));
    CHECK(outcome.replaced_unfinished);
    const auto done = till::verify_archive_file(path);
    CHECK(done.ok());
    CHECK_FALSE(till::is_unfinished_archive(*w.store, done));
    CHECK(till::join_archive(*w.store, done, "archive.jsonl").problems.empty());
    CHECK(till::audit_journal(*w.store, w.seal).ok());
    bool logged = false;
    for (const auto& entry : w.store->access_log().list())
        logged = logged || (entry.action == "archive_sales" && entry.detail.find("archive inachevée") != std::string::npos);
    CHECK(logged);

    // A finished archive, and a file that is no archive, are never replaced.
    {
        std::ofstream other(w.store.file("other.jsonl"));
        other << "pas une archive\n";
    }
    const auto until_2021 = [&](const std::string& out) {
        return ArchiveRequest{core::Date::from_ymd(2021, 1, 1), kToday, "2027-06-02T09:00:00Z", out, {}};
    };
    CHECK_THROWS_AS(archive_sales(*w.store, admin(), until_2021(path)), StorageError);
    CHECK_THROWS_AS(archive_sales(*w.store, admin(), until_2021(w.store.file("other.jsonl"))), StorageError);
    CHECK(till::verify_archive_file(path).file.digest == done.file.digest);
    CHECK(archive_sales(*w.store, admin(), until_2021(w.store.file("a2020.jsonl"))).plan.session_ids.size() == 1);
}

TEST_CASE("sale numbers and session ids go on after an archive took every session of a till", "[archive]") {
    ArchiveWorld w;
    old_history(w);
    const auto sessions = w.store->sales().sessions();
    std::int64_t last_session = 0;
    for (const auto& s : sessions) last_session = std::max(last_session, s.id);
    // caisse-1 sold three times in 2019 (two sessions), caisse-2 once.
    archive_sales(*w.store, admin(), request(w));
    REQUIRE(w.count("sessions") == 0);

    const std::int64_t next = w.open({"caisse-1", "2020-01-07T13:00:00Z", "2020-01-07T18:00:00Z", {}});
    CHECK(next == last_session + 1);
    const std::int64_t sale = w.sell(next, "caisse-1", "2020-01-07T14:00:00Z");
    CHECK(w.store->sales().sale(sale)->sequence == 4);  // caisse-1 sold n° 1 to 3 in 2019
    w.close(next, {"caisse-1", "2020-01-07T13:00:00Z", "2020-01-07T18:00:00Z", {}});
    const std::int64_t other = w.open({"caisse-2", "2020-01-08T13:00:00Z", "2020-01-08T18:00:00Z", {}});
    CHECK(other == next + 1);
    CHECK(w.store->sales().sale(w.sell(other, "caisse-2", "2020-01-08T14:00:00Z"))->sequence == 2);
    w.close(other, {"caisse-2", "2020-01-08T13:00:00Z", "2020-01-08T18:00:00Z", {}});
    const auto audit = till::audit_journal(*w.store, w.seal);
    INFO(first_problem(audit));
    CHECK(audit.ok());
}
