// The system clock and the moving clock: local calendar date for the rules, UTC for timestamps.
#include "services/clock.hpp"

#include <ctime>

namespace cabas::services {

core::Date SystemClock::today() const {
    std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    return core::Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                                static_cast<unsigned>(local.tm_mday));
}

std::string SystemClock::now_utc() const {
    std::time_t t = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

std::string MovingClock::now_utc() const {
    std::tm local{};
    local.tm_year = m_day.year() - 1900;
    local.tm_mon = static_cast<int>(m_day.month()) - 1;
    local.tm_mday = static_cast<int>(m_day.day());
    local.tm_hour = m_minutes / 60;
    local.tm_min = m_minutes % 60;
    local.tm_isdst = -1;  // let mktime decide summer time for that evening
    const std::time_t t = std::mktime(&local);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

} // namespace cabas::services
