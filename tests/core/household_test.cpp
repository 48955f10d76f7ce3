// Household sizes: consumption units (OECD-modified scale) and CAF parts, as tables.
#include "fixtures.hpp"

#include "core/household_file.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace cabas::test;

namespace {

struct UcRow {
    const char* what;
    std::vector<const char*> births;  // the eldest first is not required
    int tenths;
};

struct PartsRow {
    const char* what;
    int adults;
    int children;
    int disabled_children;
    int halves;
};

std::vector<Member> members_born(const std::vector<const char*>& births) {
    std::vector<Member> out;
    for (const char* b : births) out.push_back(member(Relationship::Other, b));
    return out;
}

} // namespace

TEST_CASE("consumption units follow the OECD-modified scale on the computation date", "[eligibility]") {
    // Computation date 2026-03-01; "1966" is an adult, "2020" a child under 14.
    auto row = GENERATE(values<UcRow>({
        {"single adult", {"1966-01-01"}, 10},
        {"adult + 1 child", {"1966-01-01", "2020-01-01"}, 13},
        {"adult + 2 children", {"1966-01-01", "2020-01-01", "2018-01-01"}, 16},
        {"adult + 3 children", {"1966-01-01", "2020-01-01", "2018-01-01", "2016-01-01"}, 19},
        {"couple", {"1966-01-01", "1970-01-01"}, 15},
        {"couple + 1 child", {"1966-01-01", "1970-01-01", "2020-01-01"}, 18},
        {"couple + 2 children", {"1966-01-01", "1970-01-01", "2020-01-01", "2018-01-01"}, 21},
        {"couple + 4 children", {"1966-01-01", "1970-01-01", "2020-01-01", "2018-01-01", "2016-01-01", "2014-01-01"}, 27},
        {"worked example: children 6 and 15", {"1985-05-10", "1983-09-01", "2019-06-01", "2010-06-01"}, 23},
        {"a child turning 14 on the day counts 0,5", {"1966-01-01", "2012-03-01"}, 15},
        {"a child 14 tomorrow still counts 0,3", {"1966-01-01", "2012-03-02"}, 13},
        {"minors only: the eldest still counts 1", {"2016-01-01", "2012-06-01"}, 13},
        {"order does not matter", {"2020-01-01", "1970-01-01", "1966-01-01"}, 18},
    }));
    CAPTURE(row.what);
    CHECK(consumption_units_tenths(members_born(row.births), d("2026-03-01")) == row.tenths);
}

TEST_CASE("a household without members has no consumption unit", "[eligibility]") {
    CHECK(consumption_units_tenths({}, d("2026-03-01")) == 0);
}

TEST_CASE("CAF parts: parents 2, children 0,5 / 0,5 / 1 / 0,5..., +0,5 per disabled child", "[eligibility]") {
    auto row = GENERATE(values<PartsRow>({
        {"single, no child", 1, 0, 0, 4},
        {"couple, no child", 2, 0, 0, 4},
        {"single parent + 1", 1, 1, 0, 5},
        {"couple + 1", 2, 1, 0, 5},
        {"couple + 2", 2, 2, 0, 6},
        {"couple + 3", 2, 3, 0, 8},
        {"couple + 4", 2, 4, 0, 9},
        {"couple + 5", 2, 5, 0, 10},
        {"couple + 2, one disabled", 2, 2, 1, 7},
        {"single parent + 3, two disabled", 1, 3, 2, 10},
    }));
    CAPTURE(row.what);
    std::vector<Member> ms;
    ms.push_back(member(Relationship::Applicant, "1980-01-01"));
    if (row.adults == 2) ms.push_back(member(Relationship::Spouse, "1980-01-01"));
    for (int i = 0; i < row.children; ++i)
        ms.push_back(member(Relationship::Child, "2015-01-01", "E", i < row.disabled_children));
    CHECK(caf_parts_halves(ms) == row.halves);
}

TEST_CASE("only members recorded as children count for CAF parts", "[eligibility]") {
    std::vector<Member> ms{member(Relationship::Applicant, "1950-01-01"),
                           member(Relationship::OtherRelative, "2015-01-01"),
                           member(Relationship::Other, "2016-01-01")};
    CHECK(caf_parts_halves(ms) == 4);
}

TEST_CASE("count_younger_than counts members under an age on a date", "[eligibility]") {
    std::vector<Member> ms{member(Relationship::Applicant, "1980-01-01"), member(Relationship::Child, "2024-01-01"),
                           member(Relationship::Child, "2012-03-02")};
    CHECK(count_younger_than(ms, d("2026-03-01"), 3) == 1);
    CHECK(count_younger_than(ms, d("2026-03-01"), 14) == 2);
    CHECK(count_younger_than(ms, d("2026-03-02"), 14) == 1);
}

TEST_CASE("the till shows the pseudonym, else the applicant's first name", "[eligibility]") {
    HouseholdFile f;
    CHECK(f.display_name().empty());
    f.composition.members = {member(Relationship::Spouse, "1980-01-01", "Karim"),
                             member(Relationship::Applicant, "1982-01-01", "Lina")};
    CHECK(f.display_name() == "Lina");
    f.composition.members[1].relationship = Relationship::Other;
    CHECK(f.display_name() == "Karim");
    f.pseudonym = "Soleil";
    CHECK(f.display_name() == "Soleil");
}
