// Calendar dates without time zones or a wall clock: the rules only ever reason in days.
// "Today" always comes from the caller (services take it from a Clock).
#pragma once

#include <chrono>
#include <compare>
#include <string>
#include <string_view>

namespace cabas::core {

/// A civil date (proleptic Gregorian). Ordered; arithmetic in days and calendar months.
class Date {
public:
    constexpr Date() = default;
    /// Throws ValidationError for a date that does not exist (31/02/2026).
    static Date from_ymd(int year, unsigned month, unsigned day);
    static constexpr Date from_days(std::int32_t days_since_epoch) { return Date(days_since_epoch); }

    int year() const;
    unsigned month() const;
    unsigned day() const;
    constexpr std::int32_t days_since_epoch() const { return m_days; }

    Date plus_days(std::int32_t days) const { return Date(m_days + days); }
    /// Same day N months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb).
    Date plus_months(int months) const;
    /// Monday of this date's week (weeks run Monday to Sunday).
    Date week_start() const;
    Date month_start() const;
    Date month_end() const;
    /// 1 = Monday ... 7 = Sunday.
    unsigned iso_weekday() const;

    /// "2026-11-23".
    std::string iso() const;
    /// "23/11/2026".
    std::string french() const;

    constexpr auto operator<=>(const Date&) const = default;

private:
    constexpr explicit Date(std::int32_t days) : m_days(days) {}
    std::int32_t m_days = 0;
};

/// Days from `from` to `to` (negative when `to` is earlier).
inline std::int32_t days_between(Date from, Date to) { return to.days_since_epoch() - from.days_since_epoch(); }

/// Parses "2026-11-23" or "23/11/2026" (day and month may have one digit). Strict: refuses
/// impossible dates and trailing text, with the reason. `field` names the input in the error.
Date parse_date(std::string_view text, const std::string& field = "date");

/// Completed years of age on `on` (a person born on 29 Feb is a year older on 1 Mar).
int age_at(Date birth, Date on);

} // namespace cabas::core
