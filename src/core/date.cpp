// Date arithmetic on top of <chrono> calendar types, and strict parsing.
#include "core/date.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"

#include <cstdio>

namespace cabas::core {

namespace chr = std::chrono;

namespace {
chr::year_month_day ymd_of(std::int32_t days) { return chr::year_month_day{chr::sys_days{chr::days{days}}}; }
} // namespace

Date Date::from_ymd(int year, unsigned month, unsigned day) {
    // chrono keeps month and day in an unsigned char: check the ranges first, or day 257
    // would silently become day 1.
    const bool in_range = year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    if (!in_range || !chr::year_month_day{chr::year{year}, chr::month{month}, chr::day{day}}.ok()) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", day, month, year);
        throw ValidationError("date", tr("date impossible : {0}", buf));
    }
    const chr::year_month_day ymd{chr::year{year}, chr::month{month}, chr::day{day}};
    return Date(chr::sys_days{ymd}.time_since_epoch().count());
}

int Date::year() const { return static_cast<int>(ymd_of(m_days).year()); }
unsigned Date::month() const { return static_cast<unsigned>(ymd_of(m_days).month()); }
unsigned Date::day() const { return static_cast<unsigned>(ymd_of(m_days).day()); }

Date Date::plus_months(int months) const {
    auto ymd = ymd_of(m_days);
    auto shifted = chr::year_month{ymd.year(), ymd.month()} + chr::months{months};
    auto last = chr::year_month_day_last{shifted.year(), chr::month_day_last{shifted.month()}};
    chr::day d = ymd.day() > last.day() ? last.day() : ymd.day();
    return Date(chr::sys_days{chr::year_month_day{shifted.year(), shifted.month(), d}}.time_since_epoch().count());
}

unsigned Date::iso_weekday() const { return chr::weekday{chr::sys_days{chr::days{m_days}}}.iso_encoding(); }
Date Date::week_start() const { return Date(m_days - static_cast<std::int32_t>(iso_weekday() - 1)); }
Date Date::month_start() const { return plus_days(1 - static_cast<std::int32_t>(day())); }
Date Date::month_end() const { return month_start().plus_months(1).plus_days(-1); }

std::string Date::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
    return buf;
}

std::string Date::french() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", day(), month(), year());
    return buf;
}

namespace {

bool read_number(std::string_view s, std::size_t min_len, std::size_t max_len, int& out) {
    if (s.size() < min_len || s.size() > max_len) return false;
    out = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

} // namespace

Date parse_date(std::string_view raw, const std::string& field) {
    std::string_view text = raw;
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    const std::string shown = quoted(raw);
    if (text.empty()) throw ValidationError(field, tr("date manquante"));
    int y = 0, m = 0, d = 0;
    bool ok = false;
    if (text.find('-') != std::string_view::npos) {
        auto p1 = text.find('-'), p2 = text.find('-', p1 + 1);
        ok = p2 != std::string_view::npos && read_number(text.substr(0, p1), 4, 4, y) &&
             read_number(text.substr(p1 + 1, p2 - p1 - 1), 2, 2, m) && read_number(text.substr(p2 + 1), 2, 2, d);
    } else if (text.find('/') != std::string_view::npos) {
        auto p1 = text.find('/'), p2 = text.find('/', p1 + 1);
        ok = p2 != std::string_view::npos && read_number(text.substr(0, p1), 1, 2, d) &&
             read_number(text.substr(p1 + 1, p2 - p1 - 1), 1, 2, m) && read_number(text.substr(p2 + 1), 4, 4, y);
    }
    if (!ok) throw ValidationError(field, tr("date illisible {0} (attendu JJ/MM/AAAA ou AAAA-MM-JJ)", shown));
    try {
        return Date::from_ymd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    } catch (const ValidationError&) {
        throw ValidationError(field, tr("date impossible {0}", shown));
    }
}

int age_at(Date birth, Date on) {
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) --age;
    return age;
}

} // namespace cabas::core
