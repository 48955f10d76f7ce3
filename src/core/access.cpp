// Access periods: status at a date, carence (waiting period) and the rolling-window maximum.
// All dates are inclusive; an exit truncates a period to its exit date.
#include "core/access.hpp"

#include "core/enum_codes.hpp"
#include "core/messages.hpp"

#include <algorithm>

namespace cabas::core {

Date period_end(Date start, int months) { return start.plus_months(months).plus_days(-1); }

Date effective_end(const AccessPeriod& p) { return p.exit && p.exit->on < p.end ? p.exit->on : p.end; }

namespace {

/// Days of access actually given by one period, after its exit; `cycle` groups periods not
/// separated by a gap of at least the waiting period.
struct Span {
    Date start;
    Date end;
    int cycle = 0;
};

struct Carence {
    Date from;
    Date until;
};

std::int32_t inclusive_days(Date from, Date to) { return to < from ? 0 : days_between(from, to) + 1; }

/// A gap of `waiting_months` after `last_end` counts as a carence served.
Date reset_date(Date last_end, const AccessRules& rules) { return last_end.plus_days(1).plus_months(rules.waiting_months); }

std::vector<Span> spans_of(const std::vector<AccessPeriod>& periods, const AccessRules& rules) {
    std::vector<Span> spans;
    for (const auto& p : periods)
        if (effective_end(p) >= p.start) spans.push_back({p.start, effective_end(p), 0});
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    Date max_end;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (i > 0) spans[i].cycle = spans[i].start >= reset_date(max_end, rules) ? spans[i - 1].cycle + 1 : spans[i - 1].cycle;
        max_end = i == 0 ? spans[i].end : std::max(max_end, spans[i].end);
    }
    return spans;
}

/// Access days of `cycle` within the rolling window that ends on `window_end`.
std::int32_t days_in_window(const std::vector<Span>& spans, int cycle, Date window_end, const AccessRules& rules) {
    const Date window_start = window_end.plus_months(-rules.window_months).plus_days(1);
    std::int32_t days = 0;
    for (const auto& s : spans)
        if (s.cycle == cycle) days += inclusive_days(std::max(s.start, window_start), std::min(s.end, window_end));
    return days;
}

/// Access days allowed in the window ending on `window_end` (12 months as days, so leap years
/// and month lengths are exact).
std::int32_t days_allowed(Date window_end, const AccessRules& rules) {
    return days_between(window_end.plus_months(-rules.window_max_months), window_end);
}

std::vector<Carence> carences_of(const std::vector<Span>& spans, const AccessRules& rules) {
    std::vector<Carence> out;
    for (const auto& s : spans) {
        if (days_in_window(spans, s.cycle, s.end, rules) >= days_allowed(s.end, rules)) {
            const Date from = s.end.plus_days(1);
            out.push_back({from, from.plus_months(rules.waiting_months).plus_days(-1)});
        }
    }
    return out;
}

std::optional<Date> waiting_until_at(const std::vector<Carence>& carences, Date d) {
    std::optional<Date> until;
    for (const auto& c : carences)
        if (c.from <= d && d <= c.until && (!until || c.until > *until)) until = c.until;
    return until;
}

bool suspended_on(const Suspension& s, Date d) { return s.from <= d && (!s.until || d <= *s.until); }

} // namespace

AccessStatus access_status_at(const std::vector<AccessPeriod>& periods, const AccessRules& rules, Date on) {
    AccessStatus st;
    const AccessPeriod* last_past = nullptr;
    const AccessPeriod* next_future = nullptr;
    for (const auto& p : periods) {
        const Date end = effective_end(p);
        if (p.start <= on && on <= end) {
            st.state = AccessState::Active;
            st.valid_from = p.start;
            st.valid_until = end;
            for (const auto& s : p.suspensions) {
                if (suspended_on(s, on)) {
                    st.state = AccessState::Suspended;
                    st.suspension_reason = s.reason;
                }
            }
            return st;
        }
        if (end < on && (!last_past || end > effective_end(*last_past))) last_past = &p;
        if (p.start > on && end >= p.start && (!next_future || p.start < next_future->start)) next_future = &p;
    }
    if (last_past && last_past->exit && !next_future) {
        st.state = AccessState::Exited;
        st.valid_from = last_past->start;
        st.valid_until = effective_end(*last_past);
        st.exit_reason = last_past->exit->reason;
        return st;
    }
    const auto carences = carences_of(spans_of(periods, rules), rules);
    if (auto until = waiting_until_at(carences, on); until && last_past) {
        st.state = AccessState::WaitingPeriod;
        st.waiting_until = until;
        st.valid_until = effective_end(*last_past);
        return st;
    }
    // A period already opened for later (first admission or renewal after a gap).
    if (next_future) {
        st.state = AccessState::NotYetValid;
        st.valid_from = next_future->start;
        st.valid_until = effective_end(*next_future);
        return st;
    }
    if (last_past) {
        st.state = AccessState::Expired;
        st.valid_from = last_past->start;
        st.valid_until = effective_end(*last_past);
    }
    return st;
}

namespace {

/// The check without the search for an earliest start.
OpenCheck check_once(const std::vector<AccessPeriod>& periods, const AccessRules& rules, Date start, Date end) {
    OpenCheck check;
    if (end < start) {
        check.refusal = OpenRefusal::InvalidDates;
        return check;
    }
    auto existing = spans_of(periods, rules);
    AccessPeriod candidate;
    candidate.start = start;
    candidate.end = end;
    auto with_new = periods;
    with_new.push_back(candidate);
    auto spans = spans_of(with_new, rules);
    int cycle = 0;
    for (const auto& s : spans)
        if (s.start == start && s.end == end) cycle = s.cycle;
    check.days_used_in_window = days_in_window(spans, cycle, end, rules);
    check.days_allowed_in_window = days_allowed(end, rules);

    for (const auto& s : existing)
        if (s.start <= end && start <= s.end) check.refusal = OpenRefusal::Overlap;
    if (check.refusal == OpenRefusal::None && waiting_until_at(carences_of(existing, rules), start))
        check.refusal = OpenRefusal::WaitingPeriod;
    if (check.refusal == OpenRefusal::None && check.days_used_in_window > check.days_allowed_in_window)
        check.refusal = OpenRefusal::WindowExceeded;
    return check;
}

} // namespace

OpenCheck check_new_period(const std::vector<AccessPeriod>& periods, const AccessRules& rules, Date start, Date end) {
    OpenCheck check = check_once(periods, rules, start, end);
    if (check.refusal == OpenRefusal::InvalidDates) return check;
    if (check.allowed()) {
        check.earliest_start = start;
        return check;
    }
    // Earliest start for a period of the same length: try each later day up to the date where
    // the window count resets after the last existing period. If even that fails, the period is
    // longer than the maximum and no start works without an override.
    const std::int32_t length = days_between(start, end);
    Date last_end = start;
    for (const auto& p : periods) last_end = std::max(last_end, effective_end(p));
    const Date bound = std::max(start, reset_date(last_end, rules));
    for (Date s = start.plus_days(1); s <= bound; s = s.plus_days(1)) {
        if (check_once(periods, rules, s, s.plus_days(length)).allowed()) {
            check.earliest_start = s;
            break;
        }
    }
    return check;
}

namespace {

constexpr std::array<std::pair<AccessState, const char*>, 7> state_codes{{
    {AccessState::NoAccess, "sans_droit"}, {AccessState::NotYetValid, "pas_encore_valide"},
    {AccessState::Active, "actif"}, {AccessState::Suspended, "suspendu"}, {AccessState::Expired, "expire"},
    {AccessState::WaitingPeriod, "carence"}, {AccessState::Exited, "sorti"}}};

constexpr std::array<std::pair<AccessState, const char*>, 7> state_labels{{
    {AccessState::NoAccess, to_translate("Aucun droit ouvert")}, {AccessState::NotYetValid, to_translate("Droits pas encore ouverts")},
    {AccessState::Active, to_translate("Droits ouverts")}, {AccessState::Suspended, to_translate("Droits suspendus")},
    {AccessState::Expired, to_translate("Droits expirés")}, {AccessState::WaitingPeriod, to_translate("Carence")},
    {AccessState::Exited, to_translate("Sortie du dispositif")}}};

constexpr std::array<std::pair<ExitReason, const char*>, 6> exit_codes{{
    {ExitReason::EndOfRights, "fin_de_droits"}, {ExitReason::GoalReached, "objectif_atteint"},
    {ExitReason::Moved, "demenagement"}, {ExitReason::Reoriented, "reorientation"},
    {ExitReason::Exclusion, "exclusion"}, {ExitReason::DroppedOut, "abandon"}}};

constexpr std::array<std::pair<ExitReason, const char*>, 6> exit_labels{{
    {ExitReason::EndOfRights, to_translate("Fin de droits")}, {ExitReason::GoalReached, to_translate("Objectif atteint")},
    {ExitReason::Moved, to_translate("Déménagement")}, {ExitReason::Reoriented, to_translate("Réorientation")},
    {ExitReason::Exclusion, to_translate("Exclusion")}, {ExitReason::DroppedOut, to_translate("Abandon")}}};

constexpr std::array<std::pair<OpenRefusal, const char*>, 5> refusal_codes{{
    {OpenRefusal::None, "aucun"}, {OpenRefusal::Overlap, "chevauchement"}, {OpenRefusal::WaitingPeriod, "carence"},
    {OpenRefusal::WindowExceeded, "duree_maximale_depassee"}, {OpenRefusal::InvalidDates, "dates_invalides"}}};

constexpr std::array<std::pair<OpenRefusal, const char*>, 5> refusal_labels{{
    {OpenRefusal::None, to_translate("Ouverture possible")},
    {OpenRefusal::Overlap, to_translate("Chevauche une période existante")},
    {OpenRefusal::WaitingPeriod, to_translate("Commence pendant une période de carence")},
    {OpenRefusal::WindowExceeded, to_translate("Dépasse la durée maximale d'accès sur la période glissante")},
    {OpenRefusal::InvalidDates, to_translate("Date de fin antérieure à la date de début")}}};

} // namespace

std::string to_code(AccessState v) { return detail::code_of(state_codes, v); }
std::string to_code(ExitReason v) { return detail::code_of(exit_codes, v); }
std::string to_code(OpenRefusal v) { return detail::code_of(refusal_codes, v); }
std::optional<ExitReason> exit_reason_from_code(std::string_view s) { return detail::parse_code(exit_codes, s); }
std::string label_of(AccessState v) { return detail::label_in_language(state_labels, v); }
std::string label_of(ExitReason v) { return detail::label_in_language(exit_labels, v); }
std::string label_of(OpenRefusal v) { return detail::label_in_language(refusal_labels, v); }

} // namespace cabas::core
