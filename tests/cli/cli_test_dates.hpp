// Today's date for CLI tests: the binary uses the system clock, so fixtures are built relative
// to the same day.
#pragma once

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

namespace cabas::testing {

/// Local date shifted by whole years and days, as "AAAA-MM-JJ".
inline std::string local_date(int years_back = 0, int days_back = 0) {
    std::time_t t = std::time(nullptr) - static_cast<std::time_t>(days_back) * 86400;
    std::tm tm{};
    localtime_r(&t, &tm);
    int year = tm.tm_year + 1900 - years_back;
    int month = tm.tm_mon + 1;
    int day = tm.tm_mday;
    if (month == 2 && day == 29) day = 28;  // keeps the date valid in a non-leap year
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

} // namespace cabas::testing
