// Building the monthly report: options, the four queries' periods and the 12-month trend.
#include "reports/monthly_report.hpp"

#include "reports/activity_rollup.hpp"

#include "core/error.hpp"
#include "services/bareme_service.hpp"
#include "storage/store.hpp"

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

ResolvedOptions resolve_options(storage::Store& store, const ReportOptions& o) {
    ResolvedOptions r;
    auto& settings = store.settings();
    if (auto name = settings.get("shop.name"); name && !name->empty()) r.shop_name = *name;
    if (auto t = settings.get("report.threshold")) {
        int v = 0;
        auto res = std::from_chars(t->data(), t->data() + t->size(), v);
        if (res.ec != std::errc() || res.ptr != t->data() + t->size() || v < 2)
            throw ValidationError("report.threshold", "seuil de secret invalide dans les paramètres : « " + *t + " »");
        r.threshold = v;
    }
    if (auto i = settings.get("report.internal")) r.internal = (*i == "1" || *i == "oui" || *i == "true");
    if (o.threshold) {
        if (*o.threshold < 2) throw ValidationError("seuil", "le seuil de secret doit être au moins 2");
        r.threshold = *o.threshold;
    }
    if (o.internal) r.internal = *o.internal;
    return r;
}

MonthlyReport build_monthly_report(storage::Store& store, Month month, const ReportOptions& options) {
    constexpr int steps = 6;
    auto step = [&](int done, const std::string& next) {
        if (options.progress) options.progress(done, steps, next);
    };
    MonthlyReport r;
    r.month = month;
    r.options = resolve_options(store, options);
    step(0, "Lecture des dossiers");
    const core::Bareme bareme = services::bareme_in_force(store, month.last());
    r.bareme_version = bareme.version;
    r.bareme_label = bareme.label;
    r.bareme_from = bareme.effective_from;
    auto& q = store.report_queries();
    const auto households = q.households();
    // One pass over the sales of the months needed by the year to date and the 12-month trend;
    // the month and the previous month are read again line by line (goods, credit use).
    Month first = month;
    for (int i = 0; i < 11; ++i) first = first.previous();
    const Month january{month.year, 1};
    const Month earliest = january.first() < first.first() ? january : first;
    const auto rows = q.activity_by_month(earliest.first().iso(), month.last().plus_days(1).iso());
    step(1, "Chiffres du mois");
    const auto range = [](Month m) { return std::pair{m.first().iso(), m.last().plus_days(1).iso()}; };
    const auto [a, b] = range(month);
    r.current = compute_period_figures(store, households, q.activity(a, b), bareme, month.first(), month.last(), true);
    step(2, "Mois précédent");
    const Month prev = month.previous();
    const auto [pa, pb] = range(prev);
    r.previous = compute_period_figures(store, households, q.activity(pa, pb), bareme, prev.first(), prev.last(), false);
    step(3, "Cumul de l'année");
    r.year_to_date = compute_period_figures(store, households, merge_months(rows, january, month), bareme,
                                            january.first(), month.last(), false);
    step(4, "Évolution sur douze mois");
    r.trend = month_totals(rows, first, month);
    step(5, "Mise en page");
    r.document = layout_monthly(r);
    step(6, "Terminé");
    return r;
}

} // namespace cabas::reports
