// Dates: strict parsing, completed ages, calendar-month arithmetic and Monday weeks.
#include "core/date.hpp"
#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas::core;
using cabas::ValidationError;

namespace {
struct Parsed { const char* text; const char* iso; };
struct Refused { const char* text; const char* reason; };
struct Age { const char* birth; const char* on; int age; };
struct Shift { const char* from; int months; const char* to; };
struct Week { const char* day; const char* monday; unsigned weekday; };
} // namespace

TEST_CASE("parse_date reads ISO and French dates", "[date]") {
    auto row = GENERATE(values<Parsed>({
        {"2026-11-23", "2026-11-23"}, {"23/11/2026", "2026-11-23"}, {"1/2/2026", "2026-02-01"},
        {"29/02/2028", "2028-02-29"}, {" 2026-01-05 ", "2026-01-05"}, {"31/12/2199", "2199-12-31"},
    }));
    CAPTURE(row.text);
    CHECK(parse_date(row.text).iso() == row.iso);
}

TEST_CASE("parse_date refuses impossible or malformed dates and says why", "[date]") {
    auto row = GENERATE(values<Refused>({
        {"31/02/2026", "date impossible"}, {"29/02/2027", "date impossible"}, {"2026-13-01", "date impossible"},
        {"2026-00-10", "date impossible"}, {"00/01/2026", "date impossible"}, {"2026-11-23x", "illisible"},
        {"23.11.2026", "illisible"}, {"2026-1-5", "illisible"}, {"23/11/26", "illisible"}, {"", "date manquante"},
    }));
    CAPTURE(row.text);
    try {
        parse_date(row.text, "date_naissance");
        FAIL("accepted " << row.text);
    } catch (const ValidationError& e) {
        CHECK(e.field() == "date_naissance");
        CHECK_THAT(e.reason(), Catch::Contains(row.reason));
    }
}

TEST_CASE("from_ymd refuses out-of-range fields instead of wrapping them", "[date]") {
    CHECK_THROWS_AS(Date::from_ymd(2026, 1, 257), ValidationError);  // would wrap to day 1
    CHECK_THROWS_AS(Date::from_ymd(2026, 269, 1), ValidationError);  // would wrap to January
    CHECK_THROWS_AS(Date::from_ymd(1899, 12, 31), ValidationError);
    CHECK(Date::from_ymd(2026, 2, 28).french() == "28/02/2026");
}

TEST_CASE("age_at counts completed years, a 29 February birthday moving to 1 March", "[date]") {
    auto row = GENERATE(values<Age>({
        {"2010-03-15", "2024-03-14", 13}, {"2010-03-15", "2024-03-15", 14}, {"2008-02-29", "2009-02-28", 0},
        {"2008-02-29", "2009-03-01", 1}, {"2008-02-29", "2012-02-29", 4}, {"1950-12-31", "2026-01-01", 75},
        {"2026-01-01", "2026-01-01", 0},
    }));
    CAPTURE(row.birth, row.on);
    CHECK(age_at(parse_date(row.birth), parse_date(row.on)) == row.age);
}

TEST_CASE("plus_months keeps the day and clamps to the end of shorter months", "[date]") {
    auto row = GENERATE(values<Shift>({
        {"2026-01-31", 1, "2026-02-28"}, {"2028-01-31", 1, "2028-02-29"}, {"2026-03-31", -1, "2026-02-28"},
        {"2026-12-01", 3, "2027-03-01"}, {"2026-05-15", -12, "2025-05-15"}, {"2025-12-31", -12, "2024-12-31"},
        {"2024-02-29", 12, "2025-02-28"}, {"2026-08-31", 0, "2026-08-31"},
    }));
    CAPTURE(row.from, row.months);
    CHECK(parse_date(row.from).plus_months(row.months).iso() == row.to);
}

TEST_CASE("weeks run Monday to Sunday", "[date]") {
    auto row = GENERATE(values<Week>({
        {"2026-11-23", "2026-11-23", 1}, {"2026-03-01", "2026-02-23", 7}, {"2026-01-01", "2025-12-29", 4},
        {"2025-12-31", "2025-12-29", 3},
    }));
    CAPTURE(row.day);
    CHECK(parse_date(row.day).week_start().iso() == row.monday);
    CHECK(parse_date(row.day).iso_weekday() == row.weekday);
}

TEST_CASE("month boundaries, day differences and formats", "[date]") {
    const Date feb = parse_date("2028-02-14");
    CHECK(feb.month_start().iso() == "2028-02-01");
    CHECK(feb.month_end().iso() == "2028-02-29");
    CHECK(days_between(parse_date("2025-12-31"), parse_date("2026-01-01")) == 1);
    CHECK(days_between(parse_date("2026-01-01"), parse_date("2025-01-01")) == -365);
    CHECK(feb.french() == "14/02/2028");
    CHECK(feb.plus_days(16).iso() == "2028-03-01");
    CHECK(feb.year() == 2028);
    CHECK(feb.month() == 2u);
    CHECK(feb.day() == 14u);
}
