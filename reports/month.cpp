// Parsing and French names of a calendar month (see month.hpp).
#include "reports/month.hpp"

#include "core/error.hpp"

#include <array>
#include <charconv>

namespace cabas::reports {

Month Month::parse(std::string_view text, const std::string& field) {
    int y = 0;
    unsigned m = 0;
    const bool shape = text.size() == 7 && text[4] == '-';
    if (shape) {
        auto r1 = std::from_chars(text.data(), text.data() + 4, y);
        auto r2 = std::from_chars(text.data() + 5, text.data() + 7, m);
        if (r1.ec == std::errc() && r1.ptr == text.data() + 4 && r2.ec == std::errc() && r2.ptr == text.data() + 7 &&
            m >= 1 && m <= 12 && y >= 1900)
            return {y, m};
    }
    throw ValidationError(field, "mois attendu sous la forme AAAA-MM (ex. 2026-11), reçu « " + std::string(text) + " »");
}

core::Date Month::first() const { return core::Date::from_ymd(year, month, 1); }
core::Date Month::last() const { return first().month_end(); }
Month Month::previous() const { return month == 1 ? Month{year - 1, 12} : Month{year, month - 1}; }

std::string Month::iso() const {
    return std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month);
}

std::string Month::french() const {
    static const std::array<const char*, 12> names{"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                                   "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    return std::string(names[month - 1]) + " " + std::to_string(year);
}

std::string Month::short_french() const {
    static const std::array<const char*, 12> names{"janv.", "févr.", "mars", "avr.", "mai",  "juin",
                                                   "juil.", "août",  "sept.", "oct.", "nov.", "déc."};
    const int yy = year % 100;
    return std::string(names[month - 1]) + (yy < 10 ? " 0" : " ") + std::to_string(yy);
}

} // namespace cabas::reports
