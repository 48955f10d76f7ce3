// The editable fields of the barème screen, in one table: each field's key (the name
// core::validate gives in its errors, so a refused value lands at its field), label, group,
// how it is shown and how typed text goes back into a barème. Thresholds are shown for the
// barème's own eligibility mode only; the mode itself, the monthly table of mode 4 and the
// card prefix change through a barème file (F4 Importer), since they reshape the rules.
#pragma once

#include "core/bareme.hpp"

#include <wx/string.h>

#include <functional>
#include <string>
#include <vector>

namespace cabas::ui {

struct BaremeFieldSpec {
    enum class Kind { Text, Date, Money, Rate, Count, Flag };
    std::string key;
    wxString group;
    wxString label;
    Kind kind = Kind::Money;
    std::function<std::string(const core::Bareme&)> show;
    /// Parses `text` into the barème; throws ValidationError(key, why) when it cannot.
    std::function<void(core::Bareme&, const std::string& text)> set;
    std::function<bool(const core::Bareme&)> applies = [](const core::Bareme&) { return true; };
};

std::vector<BaremeFieldSpec> bareme_field_specs();

/// Rate bands as one line: "5,00 : 10 % ; 8,00 : 20 %", and back (ValidationError on
/// "rate_bands" naming the bad band).
std::string bands_text(const std::vector<core::RateBand>&);
std::vector<core::RateBand> parse_bands(const std::string& text);

} // namespace cabas::ui
