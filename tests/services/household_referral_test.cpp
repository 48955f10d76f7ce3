// The referral (orientation) of a household file: its checks, what "pending" means, the
// report's referral-to-decision delay, the commission's order, and who sees it.
#include "household_fixtures.hpp"

#include "core/error.hpp"
#include "reports/monthly_report_model.hpp"
#include "services/households/commission_service.hpp"
#include "services/households/household_facts.hpp"
#include "services/households/household_validation.hpp"
#include "services/reports/monthly_report.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::services::households;
using services::testing::HouseholdWorld;
using services::testing::kHouseholdDay;
using core::Role;

namespace {

core::Date ymd(int y, unsigned m, unsigned d) { return core::Date::from_ymd(y, m, d); }

std::string repeated(const std::string& piece, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

/// A service whose day is `today`, on the world's database.
HouseholdService service_on(HouseholdWorld& w, services::FixedClock& clock, Role role = Role::SocialWorker) {
    return HouseholdService(*w.store, clock, services::testing::user_with(role), w.serials);
}

core::HouseholdFile referred(const std::string& number, core::Date on) {
    auto f = services::testing::worked_check_file(number);
    f.referral.on = on;
    return f;
}

} // namespace

TEST_CASE("a referral's date, referrer and reason are checked field by field", "[households][referral][validation]") {
    struct Case {
        const char* what;
        core::Date on;
        std::string by;
        std::string reason;
        const char* field;     ///< "" when the referral is valid
        const char* message;   ///< the start of the reason
    };
    const std::vector<Case> cases = {
        {"an ordinary referral", ymd(2026, 3, 2), "CCAS — Mme Durand", "Rupture de ressources", "", ""},
        {"referred today, no reason", kHouseholdDay, "EDS Est", "", "", ""},
        {"the first day allowed", ymd(2000, 1, 1), "CCAS", "", "", ""},
        {"tomorrow", kHouseholdDay.plus_days(1), "CCAS", "", "orientation.date",
         "date d'orientation dans le futur (24/11/2026)"},
        {"before 2000", ymd(1999, 12, 31), "CCAS", "", "orientation.date", "date d'orientation avant 2000 (31/12/1999)"},
        {"no referrer", ymd(2026, 3, 2), "", "", "orientation.par", "orienteur manquant"},
        {"a referrer of spaces", ymd(2026, 3, 2), "  \u00a0 ", "", "orientation.par", "orienteur manquant"},
        {"120 characters (accented)", ymd(2026, 3, 2), repeated("é", 120), "", "", ""},
        {"121 characters", ymd(2026, 3, 2), repeated("é", 121), "", "orientation.par",
         "orienteur trop long (121 caractères, 120 au plus)"},
        {"a reason of 300 characters", ymd(2026, 3, 2), "CCAS", repeated("a", 300), "", ""},
        {"a reason of 301 characters", ymd(2026, 3, 2), "CCAS", repeated("a", 301), "orientation.motif",
         "motif d'orientation trop long (301 caractères, 300 au plus)"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        const auto problems = check_referral(core::Referral{c.on, c.by, c.reason}, kHouseholdDay);
        if (std::string(c.field).empty()) {
            CHECK(problems.empty());
            continue;
        }
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].field == c.field);
        CHECK(problems[0].reason.rfind(c.message, 0) == 0);
    }
}

TEST_CASE("the service refuses a bad referral at its field and writes nothing", "[households][referral][validation]") {
    HouseholdWorld w;
    auto sophie = w.as(Role::SocialWorker);
    auto f = referred("D-1", kHouseholdDay.plus_days(2));
    try {
        sophie.create(f);
        FAIL("a referral in the future was stored");
    } catch (const ValidationError& e) {
        CHECK(e.field() == "orientation.date");
        CHECK(e.reason() == "date d'orientation dans le futur (25/11/2026)");
    }
    f.referral.on = ymd(2026, 3, 2);
    f.referral.referred_by = "";
    CHECK_THROWS_WITH(sophie.create(f), Catch::Contains("orientation.par"));
    CHECK(w.store->households().count() == 0);
    CHECK(w.logged("create_file") == 0);

    f.referral.referred_by = "CCAS de Montreuil — Mme Durand";
    const auto id = sophie.create(f);
    const auto stored = w.store->households().get(id);
    REQUIRE(stored);
    CHECK(stored->referral.on == ymd(2026, 3, 2));
    CHECK(stored->referral.referred_by == "CCAS de Montreuil — Mme Durand");
    CHECK(stored->referral.reason == "Perte d'emploi");
}

TEST_CASE("pending means referred and not decided since the referral", "[households][referral][pending]") {
    const core::Date referral = ymd(2026, 3, 2);
    auto decision = [](core::Date on, core::Decision d) {
        return storage::CommissionDecision{0, 1, on, d, "", "sophie", std::nullopt};
    };
    core::AccessPeriod period;
    period.start = ymd(2026, 3, 16);
    period.end = ymd(2026, 6, 15);
    struct Case {
        const char* what;
        std::vector<storage::CommissionDecision> decisions;
        std::vector<core::AccessPeriod> periods;
        core::Date today;
        bool pending;
    };
    const std::vector<Case> cases = {
        {"a fresh referral", {}, {}, ymd(2026, 3, 10), true},
        {"referred after the day looked at", {}, {}, ymd(2026, 3, 1), false},
        {"accepted since", {decision(ymd(2026, 3, 16), core::Decision::Accepted)}, {period}, ymd(2026, 4, 1), false},
        {"refused since", {decision(ymd(2026, 3, 16), core::Decision::Refused)}, {}, ymd(2026, 4, 1), false},
        {"refused on the referral day", {decision(referral, core::Decision::Refused)}, {}, ymd(2026, 4, 1), false},
        {"postponed", {decision(ymd(2026, 3, 16), core::Decision::Postponed)}, {}, ymd(2026, 4, 1), true},
        {"refused before, referred again", {decision(ymd(2025, 11, 3), core::Decision::Refused)}, {}, ymd(2026, 4, 1), true},
        {"rights imported without a decision", {}, {period}, ymd(2026, 4, 1), false},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        CHECK(is_pending(core::Referral{referral, "CCAS", ""}, c.decisions, c.periods, c.today) == c.pending);
    }
}

TEST_CASE("a refused household referred again waits for the commission again", "[households][referral][pending]") {
    HouseholdWorld w;
    auto sophie = w.as(Role::SocialWorker);
    const auto id = sophie.create(referred("D-1", ymd(2026, 10, 1)));
    DecisionRequest refuse;
    refuse.decision = core::Decision::Refused;
    refuse.reason = "hors barème";
    services::FixedClock commission_day(ymd(2026, 10, 15));
    service_on(w, commission_day).decide(id, refuse);
    CHECK_FALSE(sophie.open(id).pending);
    auto file = *w.store->households().get(id);
    file.referral.on = kHouseholdDay;  // a new referral after the refusal
    sophie.update(file);
    CHECK(sophie.open(id).pending);
    HouseholdQuery q;
    q.filter = AccessFilter::Pending;
    CHECK(sophie.list(q).size() == 1);
}

TEST_CASE("the report's delay runs from the referral to the first decision", "[households][referral][report]") {
    HouseholdWorld w;
    services::FixedClock referral_day(ymd(2026, 3, 2));
    services::FixedClock decision_day(ymd(2026, 3, 16));
    const auto id = service_on(w, referral_day).create(referred("D-1", ymd(2026, 3, 2)));
    // Typed in a week after the referral: the file's creation day does not count.
    services::FixedClock typed_in(ymd(2026, 3, 9));
    const auto late = service_on(w, typed_in).create(referred("D-2", ymd(2026, 3, 4)));
    DecisionRequest accept;
    accept.decision = core::Decision::Accepted;
    service_on(w, decision_day).decide(id, accept);
    service_on(w, decision_day).decide(late, accept);

    const auto report = services::build_monthly_report(*w.store, services::testing::user_with(Role::Manager),
                                                       reports::Month{2026, 3});
    CHECK(report.current.first_decisions == 2);
    CHECK(report.current.delay_days == 14 + 12);
}

TEST_CASE("the commission lists pending files by referral date, oldest first", "[households][referral][commission]") {
    HouseholdWorld w;
    auto sophie = w.as(Role::SocialWorker);
    sophie.create(referred("D-A", ymd(2026, 11, 20)));
    sophie.create(referred("D-B", ymd(2026, 9, 2)));
    sophie.create(referred("D-C", ymd(2026, 10, 15)));
    sophie.create(referred("D-D", ymd(2026, 9, 2)));
    CommissionService commission(sophie);
    const auto cases = commission.pending();
    REQUIRE(cases.size() == 4);
    CHECK(cases[0].file_number == "D-B");  // same day as D-D: by file number
    CHECK(cases[0].referred_on == ymd(2026, 9, 2));
    CHECK(cases[1].file_number == "D-D");
    CHECK(cases[2].file_number == "D-C");
    CHECK(cases[3].file_number == "D-A");
    CHECK(cases[3].referred_on == ymd(2026, 11, 20));
}

TEST_CASE("the referral is social data: the social view has it, a manager's view does not",
          "[households][referral][roles]") {
    HouseholdWorld w;
    const auto id = w.referral("D-1");
    const auto social = w.as(Role::SocialWorker).open(id);
    REQUIRE(social.file);
    CHECK(social.file->referral.referred_by == "CCAS de Montreuil — Mme Durand");
    const auto manager = w.as(Role::Manager).open(id);
    CHECK_FALSE(manager.file);
    CHECK(manager.pending);  // the state is not social, the file is
}
