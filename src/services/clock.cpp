// The system clock and the moving clock: local calendar date for the rules, UTC for timestamps.
#include "services/clock.hpp"

#include "core/messages.hpp"

#include "core/error.hpp"

#include <cstdio>
#include <ctime>

namespace cabas::services {

core::Date SystemClock::today() const {
    std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    return core::Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                                static_cast<unsigned>(local.tm_mday));
}

std::time_t parse_utc_timestamp(const std::string& utc) {
    std::tm t{};
    char zone = 0;
    if (utc.size() != 20 || std::sscanf(utc.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &t.tm_year, &t.tm_mon, &t.tm_mday,
                                        &t.tm_hour, &t.tm_min, &t.tm_sec, &zone) != 7 || zone != 'Z')
        throw ValidationError("horodatage", core::tr("« {0} » n'est pas une heure UTC AAAA-MM-JJTHH:MM:SSZ", utc));
    t.tm_year -= 1900;
    t.tm_mon -= 1;
    return timegm(&t);
}

std::string utc_timestamp(std::time_t seconds) {
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string SystemClock::now_utc() const { return utc_timestamp(std::time(nullptr)); }

std::string MovingClock::now_utc() const {
    std::tm local{};
    local.tm_year = m_day.year() - 1900;
    local.tm_mon = static_cast<int>(m_day.month()) - 1;
    local.tm_mday = static_cast<int>(m_day.day());
    local.tm_hour = m_minutes / 60;
    local.tm_min = m_minutes % 60;
    local.tm_isdst = -1;  // let mktime decide summer time for that evening
    return utc_timestamp(std::mktime(&local));
}

} // namespace cabas::services
