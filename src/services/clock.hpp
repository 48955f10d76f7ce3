// Where "today" comes from. The core never reads the wall clock; services take a Clock so
// tests and the CLI's --on option can fix the date.
#pragma once

#include "core/date.hpp"

#include <ctime>
#include <string>

namespace cabas::services {

/// "2026-11-23T14:02:05Z" → seconds since the epoch. ValidationError for any other form.
std::time_t parse_utc_timestamp(const std::string& utc);
/// Seconds since the epoch → "2026-11-23T14:02:05Z", the form of every timestamp Cabas stores.
std::string utc_timestamp(std::time_t seconds);

class Clock {
public:
    virtual ~Clock() = default;
    virtual core::Date today() const = 0;
    /// UTC timestamp "2026-11-23T14:02:05Z" for records.
    virtual std::string now_utc() const = 0;
};

/// The machine's clock (local date, UTC timestamps).
class SystemClock final : public Clock {
public:
    core::Date today() const override;
    std::string now_utc() const override;
};

/// A clock stopped on one date (tests, `--on DATE`).
class FixedClock final : public Clock {
public:
    explicit FixedClock(core::Date day) : m_day(day) {}
    core::Date today() const override { return m_day; }
    std::string now_utc() const override { return m_day.iso() + "T12:00:00Z"; }

private:
    core::Date m_day;
};

/// A clock moved by hand through simulated evenings (the demo history, the benchmark): the
/// day and the minutes since local midnight, stamped in UTC as a real till would.
class MovingClock final : public Clock {
public:
    void set(core::Date day, int minutes) {
        m_day = day;
        m_minutes = minutes;
    }
    void advance(int minutes) { m_minutes += minutes; }
    core::Date today() const override { return m_day; }
    std::string now_utc() const override;

private:
    core::Date m_day;
    int m_minutes = 0;
};

} // namespace cabas::services
