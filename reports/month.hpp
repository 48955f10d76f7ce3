// A calendar month as the reports name it: parsed from "2026-11", printed as "novembre 2026"
// or "nov. 26" on chart axes. A plain value, shared by the report models and their builders.
#pragma once

#include "core/date.hpp"

#include <string>
#include <string_view>

namespace cabas::reports {

/// A calendar month.
struct Month {
    int year = 2026;
    unsigned month = 1;
    /// Parses "2026-11"; ValidationError naming `field` otherwise.
    static Month parse(std::string_view text, const std::string& field = "mois");
    static Month of(core::Date d) { return {d.year(), d.month()}; }
    core::Date first() const;
    core::Date last() const;
    Month previous() const;
    Month next() const { return month == 12 ? Month{year + 1, 1} : Month{year, month + 1}; }
    std::string iso() const;      ///< "2026-11"
    std::string french() const;   ///< "novembre 2026"
    /// "nov. 26": chart axes (and CSV, where "11/26" would be read as a date).
    std::string short_french() const;
    bool operator==(const Month&) const = default;
};

} // namespace cabas::reports
