// Tests of barème versions in SQLite: numbering, lookup by date, ties, listing.
#include "test_store.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::storage;
using namespace cabas::storage::testing;
using core::Date;

namespace {

core::Bareme bareme_from(Date effective_from, const std::string& label) {
    core::Bareme b = core::Bareme::defaults();
    b.version = 77;  // ignored: storage numbers versions itself
    b.effective_from = effective_from;
    b.label = label;
    return b;
}

} // namespace

TEST_CASE("barème versions are numbered one after the other whatever the caller says", "[storage]") {
    TestStore store;
    auto& repo = store.baremes();
    CHECK_FALSE(repo.latest().has_value());
    CHECK(repo.add(bareme_from(Date::from_ymd(2026, 1, 1), "Barème 2026"), R"({"v":"a"})") == 1);
    CHECK(repo.add(bareme_from(Date::from_ymd(2026, 7, 1), "Barème été"), R"({"v":"b"})") == 2);
    auto latest = repo.latest();
    REQUIRE(latest);
    CHECK(latest->version == 2);
    CHECK(latest->label == "Barème été");
    CHECK(latest->json == R"({"v":"b"})");
    CHECK(latest->effective_from == Date::from_ymd(2026, 7, 1));
    CHECK(latest->created_at.size() == 20);
    CHECK(repo.latest_json() == R"({"v":"b"})");
    CHECK(repo.by_version(1)->label == "Barème 2026");
    CHECK_FALSE(repo.by_version(3).has_value());
    auto all = repo.versions();
    REQUIRE(all.size() == 2);
    CHECK(all[0].version == 1);
    CHECK(all[0].json.empty());
    CHECK_THROWS_AS(repo.add(bareme_from(Date::from_ymd(2026, 1, 1), "vide"), ""), ValidationError);
}

TEST_CASE("the barème in force on a date is the latest one effective on or before it", "[storage]") {
    TestStore store;
    auto& repo = store.baremes();
    repo.add(bareme_from(Date::from_ymd(2026, 1, 1), "janvier"), "{1}");
    repo.add(bareme_from(Date::from_ymd(2026, 7, 1), "juillet"), "{2}");
    repo.add(bareme_from(Date::from_ymd(2026, 7, 1), "juillet corrigé"), "{3}");  // same date: the later wins
    repo.add(bareme_from(Date::from_ymd(2026, 3, 1), "mars, saisi tard"), "{4}");
    CHECK_FALSE(repo.json_at(Date::from_ymd(2025, 12, 31)).has_value());
    CHECK(repo.json_at(Date::from_ymd(2026, 1, 1)) == "{1}");
    CHECK(repo.json_at(Date::from_ymd(2026, 2, 28)) == "{1}");
    CHECK(repo.json_at(Date::from_ymd(2026, 3, 1)) == "{4}");
    CHECK(repo.json_at(Date::from_ymd(2026, 6, 30)) == "{4}");
    CHECK(repo.json_at(Date::from_ymd(2026, 7, 1)) == "{3}");
    CHECK(repo.at(Date::from_ymd(2027, 1, 1))->version == 3);
}
