// The PIN lock: five wrong PINs in a row lock a login for a growing delay, kept in the database
// across a restart, refused even with the right PIN, every try logged, lifted by an admin.
#include "services/clock.hpp"
#include "services/login.hpp"
#include "services/login_lock.hpp"
#include "services/user_service.hpp"
#include "service_fixtures.hpp"
#include "storage/store.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services;
using Catch::Contains;

namespace {

/// A clock whose time the test moves by minutes.
class HandClock final : public Clock {
public:
    explicit HandClock(std::string now) : m_now(std::move(now)) {}
    core::Date today() const override { return core::parse_date(m_now.substr(0, 10)); }
    std::string now_utc() const override { return m_now; }
    void advance(int minutes) { m_now = utc_plus_minutes(m_now, minutes); }

private:
    std::string m_now;
};

void add_team(storage::Store& store) {
    add_user(store, std::nullopt, {"anne", "Anne", core::Role::Admin, "4444"});
    const auto anne = *log_in(store, HandClock("2026-01-01T00:00:00Z"), "anne", "4444", LoginPlace::LoginScreen);
    add_user(store, anne, {"marie", "Marie", core::Role::Volunteer, "1111"});
    add_user(store, anne, {"paul", "Paul", core::Role::Manager, "2222"});
}

LoginAttempt try_pin(storage::Store& store, const Clock& clock, const std::string& login, const std::string& pin) {
    return attempt_login(store, clock, login, pin, LoginPlace::LoginScreen);
}

int entries(storage::Store& store, const std::string& login, const std::string& action) {
    int n = 0;
    storage::AccessLogFilter filter;
    filter.user_login = login;
    filter.limit = 1000;
    for (const auto& e : store.access_log().list(filter)) n += e.action == action;
    return n;
}

} // namespace

TEST_CASE("the lock grows with each wrong PIN past the fifth", "[login]") {
    struct Case {
        int failures;
        int minutes;
    };
    const Case cases[] = {{1, 0}, {4, 0}, {5, 1}, {6, 5}, {7, 15}, {8, 60}, {9, 240}, {10, 1440}, {60, 1440}};
    for (const auto& c : cases) {
        CAPTURE(c.failures);
        CHECK(lock_minutes_after(c.failures) == c.minutes);
    }
}

TEST_CASE("lock times are counted in UTC across days, months and years", "[login]") {
    CHECK(utc_plus_minutes("2026-11-23T14:02:05Z", 1) == "2026-11-23T14:03:05Z");
    CHECK(utc_plus_minutes("2026-12-31T23:59:00Z", 240) == "2027-01-01T03:59:00Z");
    CHECK(utc_plus_minutes("2028-02-28T12:00:00Z", 1440) == "2028-02-29T12:00:00Z");
    CHECK_THROWS_WITH(utc_plus_minutes("23/11/2026 14:02", 1), Contains("n'est pas une heure UTC"));
}

TEST_CASE("five wrong PINs lock the login; the sixth try is refused even with the right PIN", "[login]") {
    testing::TempStore store;
    add_team(*store);
    HandClock clock("2026-11-23T18:00:00Z");
    for (int i = 1; i <= 4; ++i) {
        const auto wrong = try_pin(*store, clock, "marie", "9999");
        CHECK_FALSE(wrong.user);
        CHECK(wrong.failures == i);
        CHECK(wrong.locked_until.empty());
    }
    CHECK_THAT(try_pin(*store, clock, "marie", "9998").refusal, Contains("verrouillé jusqu'à"));
    const auto right_but_locked = try_pin(*store, clock, "marie", "1111");
    CHECK_FALSE(right_but_locked.user);
    CHECK(right_but_locked.locked_until == "2026-11-23T18:01:00Z");
    CHECK_THAT(right_but_locked.refusal, Contains("« marie » est verrouillé"));
    CHECK(entries(*store, "marie", "login_failed") == 5);
    CHECK(entries(*store, "marie", "login_locked") == 1);

    clock.advance(1);
    const auto after = try_pin(*store, clock, "marie", "1111");
    REQUIRE(after.user);
    CHECK(after.user->login == "marie");
    CHECK(store->users().failures_of("marie").failures == 0);
}

TEST_CASE("tries refused by a lock do not lengthen it, wrong PINs after it lock again for longer", "[login]") {
    testing::TempStore store;
    add_team(*store);
    HandClock clock("2026-11-23T18:00:00Z");
    for (int i = 0; i < 5; ++i) try_pin(*store, clock, "paul", "0000");
    for (int i = 0; i < 20; ++i) try_pin(*store, clock, "paul", "0000");
    CHECK(store->users().failures_of("paul").locked_until == "2026-11-23T18:01:00Z");
    clock.advance(1);
    CHECK(try_pin(*store, clock, "paul", "0000").locked_until == "2026-11-23T18:06:00Z");
    clock.advance(5);
    CHECK(try_pin(*store, clock, "paul", "0000").locked_until == "2026-11-23T18:21:00Z");
    clock.advance(15);
    CHECK(try_pin(*store, clock, "paul", "0000").locked_until == "2026-11-23T19:21:00Z");
    // The other accounts are not touched: one forgetful volunteer does not stop the till.
    CHECK(try_pin(*store, clock, "marie", "1111").user);
}

TEST_CASE("the lock is kept in the database: restarting the program does not reset it", "[login]") {
    testing::TempStore store;
    add_team(*store);
    HandClock clock("2026-11-23T18:00:00Z");
    for (int i = 0; i < 5; ++i) try_pin(*store, clock, "marie", "9999");
    auto restarted = storage::open_store(store.location(), storage::PinHashCost::minimum());
    const auto after_restart = try_pin(*restarted, clock, "marie", "1111");
    CHECK_FALSE(after_restart.user);
    CHECK(after_restart.locked_until == "2026-11-23T18:01:00Z");
    CHECK(entries(*restarted, "marie", "login_locked") == 1);
}

TEST_CASE("an unknown login is counted, locked and logged like a real one", "[login]") {
    testing::TempStore store;
    add_team(*store);
    HandClock clock("2026-11-23T18:00:00Z");
    LoginAttempt unknown, known;
    for (int i = 0; i < 5; ++i) {
        unknown = try_pin(*store, clock, "personne", "1234");
        known = try_pin(*store, clock, "marie", "1234");
    }
    CHECK_THAT(unknown.refusal, Contains("« personne » est verrouillé jusqu'à"));
    CHECK_THAT(known.refusal, Contains("« marie » est verrouillé jusqu'à"));
    CHECK(unknown.locked_until == known.locked_until);
    CHECK(entries(*store, "personne", "login_failed") == 5);
    // What an attacker types is bounded and readable in the log.
    const std::string huge(100'000, 'x');
    try_pin(*store, clock, huge + "\n\x01\xff", "1234");
    const auto logged = store->access_log().list({});
    REQUIRE_FALSE(logged.empty());
    CHECK(logged.front().user_login == std::string(40, 'x') + "…");
}

TEST_CASE("an admin sees the locks and lifts one; nobody else may", "[login]") {
    testing::TempStore store;
    add_team(*store);
    HandClock clock("2026-11-23T18:00:00Z");
    for (int i = 0; i < 5; ++i) try_pin(*store, clock, "marie", "9999");
    try_pin(*store, clock, "paul", "9999");
    const auto anne = *try_pin(*store, clock, "anne", "4444").user;
    const auto locks = login_locks(*store, anne, clock);
    REQUIRE(locks.size() == 2);
    CHECK(locks[0].login == "marie");
    CHECK(locks[0].locked);
    CHECK(locks[0].failures == 5);
    CHECK(locks[0].locked_until == "2026-11-23T18:01:00Z");
    CHECK(locks[1].login == "paul");
    CHECK_FALSE(locks[1].locked);

    const auto paul = testing::acting(core::Role::Manager, "paul");
    CHECK_THROWS_AS(unlock_login(*store, paul, "marie"), PermissionDenied);
    CHECK_THROWS_AS(login_locks(*store, paul, clock), PermissionDenied);
    CHECK(unlock_login(*store, anne, "marie"));
    CHECK_FALSE(unlock_login(*store, anne, "marie"));
    CHECK(entries(*store, "anne", "unlock_login") == 1);
    CHECK(try_pin(*store, clock, "marie", "1111").user);
}

TEST_CASE("the locked screen counts a wrong PIN against each owner and a right one clears its own", "[login]") {
    testing::TempStore store;
    add_team(*store);
    HandClock clock("2026-11-23T18:00:00Z");
    const std::vector<std::string> owners{"paul", "marie"};
    CHECK(unlock_screen(*store, clock, owners, "0000").refusal == "Code incorrect");
    CHECK(store->users().failures_of("paul").failures == 1);
    CHECK(store->users().failures_of("marie").failures == 1);
    const auto marie = unlock_screen(*store, clock, owners, "1111");
    REQUIRE(marie.user);
    CHECK(marie.user->login == "marie");
    CHECK(store->users().failures_of("marie").failures == 0);
    CHECK(store->users().failures_of("paul").failures == 1);
    for (int i = 0; i < 4; ++i) unlock_screen(*store, clock, owners, "0000");
    // Paul is now locked (5), Marie is not (4): her PIN still opens the screen, his does not.
    CHECK(unlock_screen(*store, clock, owners, "1111").user->login == "marie");
    CHECK(entries(*store, "paul", "login_locked") == 1);
    CHECK_FALSE(unlock_screen(*store, clock, owners, "2222").user);
    CHECK(entries(*store, "paul", "login_locked") == 2);
    CHECK(store->users().failures_of("marie").failures == 1);
}
