// The barème screen's field table (see bareme_fields.hpp).
#include "pos/bareme_fields.hpp"

#include "core/error.hpp"
#include "core/money.hpp"

#include <wx/intl.h>

#include <charconv>
#include <sstream>

namespace cabas::ui {

namespace {

using Kind = BaremeFieldSpec::Kind;
using core::Bareme;

int parse_count(const std::string& key, const std::string& text) {
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < 0 || value > 1000)
        throw ValidationError(key, "un nombre entier de 0 à 1000");
    return value;
}

core::Money parse_money(const std::string& key, const std::string& text) {
    try {
        return core::parse_amount(text);
    } catch (const ValidationError& e) {
        throw ValidationError(key, "un montant en euros, par exemple 12,50 (" + e.reason() + ")");
    }
}

core::Rate parse_rate(const std::string& key, const std::string& text) {
    try {
        return core::parse_percent(text);
    } catch (const ValidationError& e) {
        throw ValidationError(key, "un pourcentage, par exemple 10 % (" + e.reason() + ")");
    }
}

BaremeFieldSpec spec_of(std::string key, wxString group, wxString label, Kind kind) {
    BaremeFieldSpec spec;
    spec.key = std::move(key);
    spec.group = std::move(group);
    spec.label = std::move(label);
    spec.kind = kind;
    return spec;
}

template <class Get>
BaremeFieldSpec money_field(std::string key, wxString group, wxString label, Get get,
                            std::function<bool(const Bareme&)> applies = [](const Bareme&) { return true; }) {
    BaremeFieldSpec spec = spec_of(key, group, label, Kind::Money);
    spec.show = [get](Bareme copy) { return core::format_decimal(get(copy)); };
    spec.set = [get, key](Bareme& b, const std::string& text) { get(b) = parse_money(key, text); };
    spec.applies = std::move(applies);
    return spec;
}

template <class Get>
BaremeFieldSpec count_field(std::string key, wxString group, wxString label, Get get) {
    BaremeFieldSpec spec = spec_of(key, group, label, Kind::Count);
    spec.show = [get](Bareme copy) { return std::to_string(get(copy)); };
    spec.set = [get, key](Bareme& b, const std::string& text) { get(b) = parse_count(key, text); };
    return spec;
}

template <class Get>
BaremeFieldSpec rate_field(std::string key, wxString group, wxString label, Get get,
                           std::function<bool(const Bareme&)> applies = [](const Bareme&) { return true; }) {
    BaremeFieldSpec spec = spec_of(key, group, label, Kind::Rate);
    spec.show = [get](Bareme copy) { return core::format_percent(get(copy)); };
    spec.set = [get, key](Bareme& b, const std::string& text) { get(b) = parse_rate(key, text); };
    spec.applies = std::move(applies);
    return spec;
}

template <class Get>
BaremeFieldSpec flag_field(std::string key, wxString group, wxString label, Get get) {
    BaremeFieldSpec spec = spec_of(key, group, label, Kind::Flag);
    spec.show = [get](Bareme copy) { return get(copy) ? "1" : "0"; };
    spec.set = [get](Bareme& b, const std::string& text) { get(b) = text == "1"; };
    return spec;
}

bool mode_is(const Bareme& b, core::EligibilityMode mode) { return b.mode == mode; }

} // namespace

std::string bands_text(const std::vector<core::RateBand>& bands) {
    std::string text;
    for (const core::RateBand& band : bands)
        text += (text.empty() ? "" : " ; ") + core::format_decimal(band.below) + " : " + core::format_percent(band.rate);
    return text;
}

std::vector<core::RateBand> parse_bands(const std::string& text) {
    std::vector<core::RateBand> bands;
    std::istringstream parts(text);
    std::string part;
    int number = 0;
    while (std::getline(parts, part, ';')) {
        ++number;
        const auto colon = part.find(':');
        if (colon == std::string::npos)
            throw ValidationError("rate_bands", "tranche " + std::to_string(number) + " : écrivez « plafond : taux », par exemple 5,00 : 10 %");
        auto trim = [](std::string s) {
            while (!s.empty() && s.front() == ' ') s.erase(s.begin());
            while (!s.empty() && s.back() == ' ') s.pop_back();
            return s;
        };
        const std::string where = "tranche " + std::to_string(number) + " : ";
        try {
            bands.push_back({core::parse_amount(trim(part.substr(0, colon))), core::parse_percent(trim(part.substr(colon + 1)))});
        } catch (const ValidationError& e) {
            throw ValidationError("rate_bands", where + e.reason());
        }
    }
    return bands;
}

std::vector<BaremeFieldSpec> bareme_field_specs() {
    using M = core::EligibilityMode;
    const wxString version = _("New version");
    const wxString thresholds = _("Eligibility thresholds");
    const wxString rates = _("Participation");
    const wxString rights = _("Access rights");
    const wxString credit = _("Monthly credit and visits");
    auto per_person = [](const Bareme& b) { return mode_is(b, M::RavPerPersonDay); };
    auto per_uc = [](const Bareme& b) { return mode_is(b, M::RavPerUcDay); };
    auto daily = [](const Bareme& b) { return mode_is(b, M::RavPerPersonDay) || mode_is(b, M::RavPerUcDay); };
    auto qf = [](const Bareme& b) { return mode_is(b, M::QuotientFamilial); };

    BaremeFieldSpec label = spec_of("libelle", version, _("Name of the version"), Kind::Text);
    label.show = [](const Bareme& b) { return b.label; };
    label.set = [](Bareme& b, const std::string& text) {
        if (text.size() > 80) throw ValidationError("libelle", "80 caractères au plus");
        b.label = text;
    };
    BaremeFieldSpec from = spec_of("date_effet", version, _("In force from (DD/MM/YYYY)"), Kind::Date);
    from.show = [](const Bareme& b) { return b.effective_from.french(); };
    from.set = [](Bareme& b, const std::string& text) { b.effective_from = core::parse_date(text, "date_effet"); };

    BaremeFieldSpec bands = spec_of("rate_bands", rates, _("Rate by band (ceiling per person per day : rate ; ...)"), Kind::Text);
    bands.show = [](const Bareme& b) { return bands_text(b.rate_bands); };
    bands.set = [](Bareme& b, const std::string& text) { b.rate_bands = parse_bands(text); };
    bands.applies = [](const Bareme& b) { return b.rate_policy == core::RatePolicy::ByRavBand; };

    return {
        label,
        from,
        money_field("per_person.eligible_max", thresholds, _("Direct access up to (EUR per person per day)"),
                    [](Bareme& b) -> core::Money& { return b.per_person.eligible_max; }, per_person),
        money_field("per_person.commission_max", thresholds, _("Commission up to (EUR per person per day)"),
                    [](Bareme& b) -> core::Money& { return b.per_person.commission_max; }, per_person),
        money_field("per_person.free_aid_below", thresholds, _("Free aid below (EUR per person per day)"),
                    [](Bareme& b) -> core::Money& { return b.per_person.free_aid_below; }, per_person),
        money_field("per_uc.eligible_max", thresholds, _("Direct access up to (EUR per UC per day)"),
                    [](Bareme& b) -> core::Money& { return b.per_uc.eligible_max; }, per_uc),
        money_field("per_uc.commission_max", thresholds, _("Commission up to (EUR per UC per day)"),
                    [](Bareme& b) -> core::Money& { return b.per_uc.commission_max; }, per_uc),
        money_field("per_uc.free_aid_below", thresholds, _("Free aid below (EUR per UC per day)"),
                    [](Bareme& b) -> core::Money& { return b.per_uc.free_aid_below; }, per_uc),
        money_field("single_person_bonus", thresholds, _("Added for a person living alone (EUR per day)"),
                    [](Bareme& b) -> core::Money& { return b.single_person_bonus; }, daily),
        money_field("qf_eligible_max", thresholds, _("Direct access up to (family quotient, EUR)"),
                    [](Bareme& b) -> core::Money& { return b.qf_eligible_max; }, qf),
        money_field("qf_commission_max", thresholds, _("Commission up to (family quotient, EUR)"),
                    [](Bareme& b) -> core::Money& { return b.qf_commission_max; }, qf),
        rate_field("flat_rate", rates, _("Rate paid by households"), [](Bareme& b) -> core::Rate& { return b.flat_rate; },
                   [](const Bareme& b) { return b.rate_policy != core::RatePolicy::ByRavBand; }),
        bands,
        rate_field("food_bank_cap", rates, _("Food-bank products: at most"),
                   [](Bareme& b) -> core::Rate& { return b.food_bank_cap; }),
        count_field("access.initial_months", rights, _("First period (months)"),
                    [](Bareme& b) -> int& { return b.access.initial_months; }),
        count_field("access.renewal_months", rights, _("Each renewal (months)"),
                    [](Bareme& b) -> int& { return b.access.renewal_months; }),
        count_field("access.window_max_months", rights, _("At most (months)..."),
                    [](Bareme& b) -> int& { return b.access.window_max_months; }),
        count_field("access.window_months", rights, _("...in any (months)"), [](Bareme& b) -> int& { return b.access.window_months; }),
        count_field("access.waiting_months", rights, _("Then a wait of (months)"),
                    [](Bareme& b) -> int& { return b.access.waiting_months; }),
        money_field("credit.per_uc_month", credit, _("Credit per consumption unit (EUR per month)"),
                    [](Bareme& b) -> core::Money& { return b.credit.per_uc_month; }),
        money_field("credit.rounding_step", credit, _("Rounded to (EUR)"), [](Bareme& b) -> core::Money& { return b.credit.rounding_step; }),
        money_field("credit.monthly_cap", credit, _("At most (EUR per month)"), [](Bareme& b) -> core::Money& { return b.credit.monthly_cap; }),
        flag_field("credit.weekly_cap_enabled", credit, _("A quarter of it at most per week"),
                   [](Bareme& b) -> bool& { return b.credit.weekly_cap_enabled; }),
        money_field("credit.weekly_rounding_step", credit, _("Weekly cap rounded up to (EUR)"),
                    [](Bareme& b) -> core::Money& { return b.credit.weekly_rounding_step; }),
        flag_field("credit.carry_over", credit, _("Credit not spent carries over to the next month"),
                   [](Bareme& b) -> bool& { return b.credit.carry_over; }),
        count_field("credit.visits_per_week", credit, _("Visits per week"), [](Bareme& b) -> int& { return b.credit.visits_per_week; }),
        count_field("credit.visits_per_month", credit, _("Visits per month"),
                    [](Bareme& b) -> int& { return b.credit.visits_per_month; }),
    };
}

} // namespace cabas::ui
