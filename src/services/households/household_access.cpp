// The access workflow of a household: commission decisions, renewals, suspensions and exits.
// The rolling-window maximum and the carence are the core's (check_new_period); a commission
// may open a period they refuse only with a written reason, stored on the period.
#include "services/households/household_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/bareme_service.hpp"
#include "services/card_service.hpp"
#include "services/households/access_log_texts.hpp"
#include "services/households/household_facts.hpp"
#include "storage/store.hpp"

namespace cabas::services::households {

namespace {

/// Checks [start, end] against the rules; a refusal is overridden only by a role that may
/// decide and with a reason. Returns the period to store.
core::AccessPeriod checked_period(const std::vector<core::AccessPeriod>& periods, const core::Bareme& bareme,
                                  core::Date start, core::Date end, const std::string& override_reason,
                                  bool may_override) {
    const auto check = core::check_new_period(periods, bareme.access, start, end);
    core::AccessPeriod period;
    period.start = start;
    period.end = end;
    if (check.allowed()) return period;
    const bool overridable =
        check.refusal == core::OpenRefusal::WaitingPeriod || check.refusal == core::OpenRefusal::WindowExceeded;
    std::string why = core::label_of(check.refusal);
    if (check.earliest_start) why = core::tr("{0} (possible à partir du {1})", why, check.earliest_start->french());
    if (!overridable) throw ValidationError("periode", why);
    if (!may_override) throw ValidationError("periode", core::tr("{0} : seule la commission peut passer outre", why));
    if (override_reason.empty())
        throw ValidationError("derogation", core::tr("{0} : indiquez le motif de la dérogation de la commission", why));
    period.rule_override = true;
    period.override_reason = override_reason;
    return period;
}

} // namespace

DecisionResult HouseholdService::decide(std::int64_t household_id, const DecisionRequest& request) {
    require(Capability::Decide, household_id);
    const core::Date today = m_clock.today();
    if (request.decision != core::Decision::Accepted && request.reason.empty())
        throw ValidationError("motif", core::tr("indiquez le motif de la décision ({0})", decision_label(request.decision)));
    const DecisionResult decided = m_store.transaction([&] {
        load(household_id);
        const core::Date start = request.start.value_or(today);
        const core::Bareme bareme = bareme_in_force(m_store, start);
        DecisionResult result;
        storage::CommissionDecision d;
        d.household_id = household_id;
        d.decided_on = today;
        d.decision = request.decision;
        d.reason = request.reason;
        d.decided_by = m_user.login;
        d.bareme_version = bareme.version;
        result.decision_id = m_store.access().add_decision(d);
        std::optional<std::string> access, card;
        const bool opens = request.decision == core::Decision::Accepted ||
                           request.decision == core::Decision::Derogation;
        if (opens) {
            const core::Date end = request.end.value_or(core::period_end(start, bareme.access.initial_months));
            auto period = checked_period(m_store.access().periods_of(household_id), bareme, start, end,
                                         request.override_reason, true);
            period.id = m_store.access().add_period(household_id, period);
            result.period_id = period.id;
            result.rule_override = period.rule_override;
            result.period = period;
            access = log_text::period(start, end, period.rule_override ? std::optional(period.override_reason) : std::nullopt);
            if (request.issue_card && !m_store.cards().active_card_of(household_id)) {
                result.card_number = services::issue_card(m_store, household_id, today, m_serials);
                card = result.card_number;
            }
        }
        m_store.households().touch_contact(household_id, today);
        log("decision", household_id, log_text::decided(decision_label_french(request.decision), access, card));
        return result;
    });
    if (decided.period_id) check_other_sites(household_id);
    return decided;
}

core::AccessPeriod HouseholdService::renew(std::int64_t household_id, const RenewalRequest& request) {
    require(Capability::ManageAccess, household_id);
    const core::Date today = m_clock.today();
    const core::AccessPeriod opened = m_store.transaction([&] {
        load(household_id);
        const auto periods = m_store.access().periods_of(household_id);
        if (periods.empty())
            throw ValidationError("renouvellement", core::tr("ce foyer n'a jamais eu de droits : passez par la commission"));
        // Renewal follows the last period without a gap; a lapsed access restarts today.
        const core::Date after_last = core::effective_end(periods.back()).plus_days(1);
        const core::Date start = request.start.value_or(after_last < today ? today : after_last);
        const core::Bareme bareme = bareme_in_force(m_store, start);
        const core::Date end = request.end.value_or(core::period_end(start, bareme.access.renewal_months));
        auto period = checked_period(periods, bareme, start, end, request.override_reason, may(Capability::Decide));
        period.renewal = true;
        period.id = m_store.access().add_period(household_id, period);
        m_store.households().touch_contact(household_id, today);
        log("renew", household_id,
            log_text::period(start, end, period.rule_override ? std::optional(period.override_reason) : std::nullopt));
        return period;
    });
    check_other_sites(household_id);
    return opened;
}

void HouseholdService::suspend(std::int64_t household_id, core::Date from, std::optional<core::Date> until,
                               const std::string& reason) {
    require(Capability::ManageAccess, household_id);
    if (reason.empty()) throw ValidationError("motif", core::tr("indiquez le motif de la suspension"));
    if (until && *until < from)
        throw ValidationError("jusqu_au", core::tr("la fin de la suspension précède son début ({0})", until->french()));
    m_store.transaction([&] {
        load(household_id);
        const auto periods = m_store.access().periods_of(household_id);
        const core::AccessPeriod* period = period_on(periods, from);
        if (!period) throw ValidationError("du", core::tr("aucune période d'accès en cours le {0}", from.french()));
        for (const auto& s : period->suspensions)
            if (!s.until || *s.until >= from)
                throw ValidationError("du", core::tr("une suspension est déjà en cours depuis le {0}", s.from.french()));
        m_store.access().add_suspension(period->id, core::Suspension{from, until, reason});
        log("suspend", household_id, log_text::suspended(from, until, reason));
    });
}

void HouseholdService::lift_suspension(std::int64_t household_id, core::Date on) {
    require(Capability::ManageAccess, household_id);
    m_store.transaction([&] {
        load(household_id);
        for (const auto& p : m_store.access().periods_of(household_id))
            for (const auto& s : p.suspensions)
                if (!s.until) {
                    const core::Date last = on.plus_days(-1) < s.from ? s.from : on.plus_days(-1);
                    m_store.access().lift_suspension(p.id, last);
                    log("lift_suspension", household_id, log_text::lifted(on));
                    return;
                }
        throw ValidationError("suspension", core::tr("aucune suspension sans fin à lever"));
    });
}

void HouseholdService::exit(std::int64_t household_id, core::Date on, core::ExitReason reason,
                            const std::string& note) {
    require(Capability::RecordExit, household_id);
    m_store.transaction([&] {
        load(household_id);
        const auto periods = m_store.access().periods_of(household_id);
        const core::AccessPeriod* period = period_on(periods, on);
        if (!period) throw ValidationError("le", core::tr("aucune période d'accès en cours le {0}", on.french()));
        const core::PeriodExit exit_record{on, reason, note};
        m_store.access().record_exit(period->id, exit_record);
        // A renewal already opened for later is cancelled by the same exit: its effective end
        // (the exit day) falls before its start, so it gives no access day (core::effective_end).
        for (const auto& later : periods)
            if (later.start > on && !later.exit) m_store.access().record_exit(later.id, exit_record);
        m_store.households().touch_contact(household_id, m_clock.today());
        // The access log keeps French whatever the screen's language.
        const std::string reason_text = [reason] {
            const core::DocumentInFrench french;
            return core::label_of(reason);
        }();
        log("exit", household_id, log_text::exited(on, reason_text));
    });
    check_other_sites(household_id);  // the other sites now see the rights end on the exit day
}

} // namespace cabas::services::households
