// A clock the generator and the timed baskets move through each simulated evening, so sales
// carry the simulated day and time (local time, UTC stamps) as at a real till.
#pragma once

#include "services/clock.hpp"

#include <ctime>
#include <string>

namespace cabas::bench {

class MovingClock final : public services::Clock {
public:
    void set(core::Date day, int minutes) {
        m_day = day;
        m_minutes = minutes;
    }
    core::Date today() const override { return m_day; }
    std::string now_utc() const override {
        std::tm local{};
        local.tm_year = m_day.year() - 1900;
        local.tm_mon = static_cast<int>(m_day.month()) - 1;
        local.tm_mday = static_cast<int>(m_day.day());
        local.tm_hour = m_minutes / 60;
        local.tm_min = m_minutes % 60;
        local.tm_isdst = -1;
        const std::time_t t = std::mktime(&local);
        std::tm utc{};
        gmtime_r(&t, &utc);
        char text[32];
        std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
        return text;
    }

private:
    core::Date m_day;
    int m_minutes = 0;
};

} // namespace cabas::bench
