// Access periods: the status at a date in every state, the carence after 12 months of access in
// 24, the rolling-window maximum, overlaps, exits and commission overrides.
#include "fixtures.hpp"

#include "core/access.hpp"

#include <catch2/catch.hpp>

using namespace cabas::test;

namespace {

const AccessRules rules{};

AccessPeriod period(const char* start, int months = 3) {
    AccessPeriod p;
    p.start = d(start);
    p.end = period_end(p.start, months);
    return p;
}

/// Four consecutive 3-month periods from 2025-01-01: 12 months of access, ending 2025-12-31.
std::vector<AccessPeriod> a_full_year() {
    return {period("2025-01-01"), period("2025-04-01"), period("2025-07-01"), period("2025-10-01")};
}

struct StateRow {
    const char* what;
    const char* on;
    AccessState state;
};

} // namespace

TEST_CASE("period_end includes both ends and clamps to the month's end", "[access]") {
    CHECK(period_end(d("2026-12-01"), 3) == d("2027-02-28"));
    CHECK(period_end(d("2025-01-01"), 3) == d("2025-03-31"));
    CHECK(period_end(d("2026-01-15"), 1) == d("2026-02-14"));
    CHECK(period_end(d("2028-02-29"), 12) == d("2029-02-27"));
}

TEST_CASE("status of a household with one period, day by day", "[access]") {
    AccessPeriod p = period("2026-03-01");  // to 2026-05-31
    p.suspensions.push_back({d("2026-04-10"), d("2026-04-20"), "impayé"});
    const std::vector<AccessPeriod> ps{p};
    auto row = GENERATE(values<StateRow>({
        {"the day before", "2026-02-28", AccessState::NotYetValid},
        {"the first day", "2026-03-01", AccessState::Active},
        {"first day of a suspension", "2026-04-10", AccessState::Suspended},
        {"last day of a suspension", "2026-04-20", AccessState::Suspended},
        {"the day after the suspension", "2026-04-21", AccessState::Active},
        {"the last day", "2026-05-31", AccessState::Active},
        {"the day after", "2026-06-01", AccessState::Expired},
    }));
    CAPTURE(row.what);
    const auto st = access_status_at(ps, rules, d(row.on));
    CHECK(st.state == row.state);
}

TEST_CASE("the status carries the dates that explain it", "[access]") {
    const std::vector<AccessPeriod> ps{period("2026-03-01")};
    const auto before = access_status_at(ps, rules, d("2026-01-10"));
    CHECK(before.valid_from == d("2026-03-01"));
    const auto during = access_status_at(ps, rules, d("2026-03-10"));
    CHECK(during.valid_until == d("2026-05-31"));
    const auto after = access_status_at(ps, rules, d("2026-07-01"));
    CHECK(after.valid_until == d("2026-05-31"));
    CHECK(access_status_at({}, rules, d("2026-07-01")).state == AccessState::NoAccess);
}

TEST_CASE("a suspension without an end lasts until lifted and gives its reason", "[access]") {
    AccessPeriod p = period("2026-03-01");
    p.suspensions.push_back({d("2026-03-15"), std::nullopt, "comportement"});
    const auto st = access_status_at({p}, rules, d("2026-05-30"));
    CHECK(st.state == AccessState::Suspended);
    CHECK(st.suspension_reason == "comportement");
}

TEST_CASE("an exit ends access on its date and is reported with its reason", "[access]") {
    AccessPeriod p = period("2026-03-01");
    p.exit = PeriodExit{d("2026-04-15"), ExitReason::Moved, ""};
    const std::vector<AccessPeriod> ps{p};
    CHECK(effective_end(p) == d("2026-04-15"));
    CHECK(access_status_at(ps, rules, d("2026-04-15")).state == AccessState::Active);
    const auto st = access_status_at(ps, rules, d("2026-04-16"));
    CHECK(st.state == AccessState::Exited);
    CHECK(st.exit_reason == ExitReason::Moved);
    CHECK(st.valid_until == d("2026-04-15"));
    // A later period opened after the exit takes over.
    const std::vector<AccessPeriod> back{p, period("2026-09-01")};
    CHECK(access_status_at(back, rules, d("2026-06-01")).state == AccessState::NotYetValid);
    CHECK(access_status_at(back, rules, d("2026-09-01")).state == AccessState::Active);
}

TEST_CASE("after 12 months of access in 24, a 3-month carence follows", "[access]") {
    const auto ps = a_full_year();
    const auto st = access_status_at(ps, rules, d("2026-02-15"));
    CHECK(st.state == AccessState::WaitingPeriod);
    CHECK(st.waiting_until == d("2026-03-31"));
    CHECK(access_status_at(ps, rules, d("2026-01-01")).state == AccessState::WaitingPeriod);
    CHECK(access_status_at(ps, rules, d("2026-03-31")).state == AccessState::WaitingPeriod);
    CHECK(access_status_at(ps, rules, d("2026-04-01")).state == AccessState::Expired);
    CHECK(access_status_at(ps, rules, d("2025-12-31")).state == AccessState::Active);
}

TEST_CASE("a fifth period is refused during the carence and allowed once it is served", "[access]") {
    const auto ps = a_full_year();
    const auto during = check_new_period(ps, rules, d("2026-01-01"), d("2026-03-31"));
    CHECK(during.refusal == OpenRefusal::WaitingPeriod);
    CHECK(during.earliest_start == d("2026-04-01"));

    const auto after = check_new_period(ps, rules, d("2026-04-01"), d("2026-06-30"));
    CHECK(after.allowed());
    CHECK(after.days_used_in_window == 91);  // a new cycle: only the new period counts
    CHECK(after.days_allowed_in_window == 365);
    CHECK(after.earliest_start == d("2026-04-01"));
}

TEST_CASE("renewals are allowed while the window has room", "[access]") {
    const std::vector<AccessPeriod> ps{period("2025-01-01"), period("2025-04-01"), period("2025-07-01")};
    const auto check = check_new_period(ps, rules, d("2025-10-01"), d("2025-12-31"));
    CHECK(check.allowed());
    CHECK(check.days_used_in_window == 365);
    CHECK(check.days_allowed_in_window == 365);
}

TEST_CASE("a period that would exceed 12 months in the window is refused", "[access]") {
    const std::vector<AccessPeriod> ps{period("2025-01-01"), period("2025-04-01"), period("2025-07-01")};
    const auto check = check_new_period(ps, rules, d("2025-10-01"), period_end(d("2025-10-01"), 6));
    CHECK(check.refusal == OpenRefusal::WindowExceeded);
    CHECK(check.days_used_in_window == 273 + 182);
    CHECK(check.days_allowed_in_window == 365);
    // The same six months fit once three months have passed since the last period.
    CHECK(check.earliest_start == d("2026-01-01"));
}

TEST_CASE("a period that overlaps an existing one is refused", "[access]") {
    const std::vector<AccessPeriod> ps{period("2026-01-01")};
    const auto check = check_new_period(ps, rules, d("2026-03-15"), d("2026-06-14"));
    CHECK(check.refusal == OpenRefusal::Overlap);
    CHECK(check.earliest_start == d("2026-04-01"));
    CHECK(check_new_period(ps, rules, d("2026-03-31"), d("2026-03-31")).refusal == OpenRefusal::Overlap);
    CHECK(check_new_period(ps, rules, d("2026-04-01"), d("2026-06-30")).allowed());
}

TEST_CASE("an end before the start is refused", "[access]") {
    const auto check = check_new_period({}, rules, d("2026-04-01"), d("2026-03-31"));
    CHECK(check.refusal == OpenRefusal::InvalidDates);
    CHECK_FALSE(check.earliest_start.has_value());
    CHECK(check_new_period({}, rules, d("2026-04-01"), d("2026-04-01")).allowed());
}

TEST_CASE("a period longer than the maximum can never start without override", "[access]") {
    const auto check = check_new_period({}, rules, d("2026-01-01"), d("2027-01-01"));
    CHECK(check.refusal == OpenRefusal::WindowExceeded);
    CHECK(check.days_used_in_window == 366);
    CHECK_FALSE(check.earliest_start.has_value());
}

TEST_CASE("a period opened by override during the carence counts like any other", "[access]") {
    auto ps = a_full_year();
    AccessPeriod forced = period("2026-01-01");
    forced.rule_override = true;
    forced.override_reason = "commission du 15/12/2025 : enfant malade";
    ps.push_back(forced);
    CHECK(access_status_at(ps, rules, d("2026-02-15")).state == AccessState::Active);
    // Its months are counted: a new carence follows it.
    const auto st = access_status_at(ps, rules, d("2026-05-01"));
    CHECK(st.state == AccessState::WaitingPeriod);
    CHECK(st.waiting_until == d("2026-06-30"));
    CHECK(check_new_period(ps, rules, d("2026-04-01"), d("2026-06-30")).refusal == OpenRefusal::WaitingPeriod);
}

TEST_CASE("an exit shortens the access counted, and a long enough gap starts a new cycle", "[access]") {
    auto ps = a_full_year();
    ps.back().exit = PeriodExit{d("2025-10-15"), ExitReason::DroppedOut, ""};
    // 288 days only: no carence, the household is simply out.
    CHECK(access_status_at(ps, rules, d("2025-12-01")).state == AccessState::Exited);
    // Back after 2,5 months: still the same cycle, 288 + 90 days > 365.
    const auto soon = check_new_period(ps, rules, d("2026-01-01"), d("2026-03-31"));
    CHECK(soon.refusal == OpenRefusal::WindowExceeded);
    CHECK(soon.days_used_in_window == 288 + 90);
    CHECK(soon.earliest_start == d("2026-01-16"));
    // Back three months after the exit: a new cycle.
    CHECK(check_new_period(ps, rules, d("2026-01-16"), d("2026-04-15")).allowed());
}

TEST_CASE("periods may be given in any order", "[access]") {
    auto ps = a_full_year();
    std::swap(ps[0], ps[3]);
    std::swap(ps[1], ps[2]);
    CHECK(access_status_at(ps, rules, d("2026-02-15")).waiting_until == d("2026-03-31"));
    CHECK(check_new_period(ps, rules, d("2026-01-01"), d("2026-03-31")).refusal == OpenRefusal::WaitingPeriod);
}
