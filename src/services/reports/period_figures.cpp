// Computation of one period's figures. Conventions (printed in the report header): a household
// is counted once per period however often it came (distinct); visits and amounts add up
// (cumulative); ages are taken on the household's first visit of the period for those served,
// on the start of rights for those admitted, and on the last day for those with open rights;
// corrections count in the month they were made (storage/report_queries.hpp).
#include "services/reports/period_figures.hpp"

#include "core/credit.hpp"
#include "core/eligibility.hpp"
#include "core/error.hpp"
#include "reports/report_labels.hpp"
#include "services/credit_position.hpp"
#include "services/reports/report_rows.hpp"
#include "storage/store.hpp"

#include <algorithm>
#include <map>

namespace cabas::services {

using core::Date;
using core::Money;
using reports::Breakdown;
using reports::PeriodFigures;
using reports::Profile;
// The report's labels are its own categories (reports/report_labels.hpp).
using reports::age_band_label;
using reports::age_band_labels;
using reports::decision_label;
using reports::decision_labels;
using reports::exit_labels;
using reports::household_type_labels;
using reports::housing_labels;
using reports::label_of;
using reports::main_resource_labels;
using reports::project_labels;
using reports::rav_band_label;
using reports::rav_band_labels;
using reports::sex_labels;
using reports::size_labels;

namespace {

Breakdown fixed(std::string title, const std::vector<std::string>& labels, bool persons = false) {
    Breakdown b;
    b.title = std::move(title);
    b.labels = labels;
    b.counts.assign(labels.size(), 0);
    b.persons = persons;
    return b;
}

Profile empty_profile() {
    Profile p;
    p.parts = {fixed("Type de foyer", household_type_labels()),
               fixed("Taille du foyer", size_labels()),
               fixed("Âge des personnes", age_band_labels(), true),
               fixed("Sexe des personnes", sex_labels(), true),
               fixed("Ressource principale", main_resource_labels()),
               fixed("Logement", housing_labels()),
               fixed("Prescripteur", {}),
               fixed("Quartier", {}),
               fixed("Reste à vivre par personne et par jour", rav_band_labels()),
               fixed("Projet", project_labels())};
    return p;
}

/// Adds one household to a profile, ages taken on `on`.
void add_to_profile(Profile& p, const storage::ReportHousehold& h, const core::Bareme& bareme, Date on) {
    const auto& members = h.composition.members;
    ++p.households;
    p.persons += static_cast<int>(members.size());
    p.parts[0].add(label_of(h.composition.type));
    const auto sizes = size_labels();
    const std::size_t size = std::clamp<std::size_t>(members.size(), 1, 6);
    p.parts[1].add(sizes[size - 1]);
    for (const auto& m : members) {
        p.parts[2].add(age_band_label(core::age_at(m.birth_date, on)));
        p.parts[3].add(label_of(m.sex));
    }
    p.parts[4].add(label_of(h.main_resource));
    p.parts[5].add(label_of(h.housing));
    p.parts[6].add(h.referrer.empty() ? "Sans prescripteur" : h.referrer);
    p.parts[7].add(h.neighbourhood.empty() ? "Non renseigné" : h.neighbourhood);
    try {
        const auto decision = core::evaluate_eligibility(h.composition, bareme, on);
        p.parts[8].add(rav_band_label(decision.rav_per_person_day));
    } catch (const Error&) {
        // A file without members or with inconsistent amounts: counted, not guessed.
        p.parts[8].add(rav_band_labels().back());
    }
    p.parts[9].add(h.project ? label_of(*h.project) : "Sans projet");
}

bool overlaps(const core::AccessPeriod& p, Date from, Date to) { return p.start <= to && core::effective_end(p) >= from; }

/// An end of rights not followed by another period starting by the next day: the household left.
bool ended_without_renewal(const storage::ReportHousehold& h, const core::AccessPeriod& p) {
    for (const auto& q : h.periods)
        if (q.id != p.id && q.start > p.start && q.start <= p.end.plus_days(1)) return false;
    return true;
}

/// The credit a household with open rights is granted for the period: its monthly credit, plus
/// for a calendar month what the barème's carry-over brings from the month before
/// (core/carry_over.hpp), counted as the card check counts it.
Money credit_granted(storage::Store& store, const storage::ReportHousehold& h, const core::Bareme& bareme, Date from,
                     Date to) {
    const int uc = core::consumption_units_tenths(h.composition.members, from);
    const bool one_month = from.day() == 1 && to == from.month_end();
    if (!one_month || !bareme.credit.carry_over) return core::monthly_credit(bareme.credit, uc);
    const auto usage = credit_usage_on(store, bareme, h.sales_code, uc, h.periods, from);
    return core::credit_left(bareme.credit, uc, usage).month_credit;
}

void count_activity_and_access(storage::Store& store, PeriodFigures& f,
                               const std::vector<storage::ReportHousehold>& households,
                               const std::map<std::string, const storage::HouseholdActivity*>& activity,
                               const core::Bareme& bareme) {
    for (const auto& h : households) {
        // Rights that began after the first day or stopped before the last: not open on that day
        // (a renewal that follows on the next day keeps the rights open).
        bool open = false, open_first = false, open_last = false;
        for (const auto& p : h.periods) {
            if (overlaps(p, f.from, f.to)) open = true;
            if (overlaps(p, f.from, f.from)) open_first = true;
            if (overlaps(p, f.to, f.to)) open_last = true;
            if (p.start >= f.from && p.start <= f.to) {
                (p.renewal ? f.renewals : f.admissions) += 1;
                if (!p.renewal) add_to_profile(f.admitted_profile, h, bareme, p.start);
            }
            if (p.exit && p.exit->on >= f.from && p.exit->on <= f.to) f.exits.add(core::label_of(p.exit->reason));
            else if (!p.exit && p.end >= f.from && p.end <= f.to && ended_without_renewal(h, p))
                f.exits.add(core::label_of(core::ExitReason::EndOfRights));
        }
        if (core::access_status_at(h.periods, bareme.access, f.to).state == core::AccessState::WaitingPeriod) ++f.waiting;
        const auto found = activity.find(h.sales_code);
        if (open) {
            ++f.households_open;
            f.open_started += open_first ? 0 : 1;
            f.open_ended += open_last ? 0 : 1;
            f.credit_granted += credit_granted(store, h, bareme, f.from, f.to);
            if (found == activity.end()) ++f.open_without_visit;
        }
        if (found == activity.end()) continue;
        const Date on = found->second->first_visit;
        add_to_profile(f.served_profile, h, bareme, on);
        for (const auto& m : h.composition.members) {
            const int age = core::age_at(m.birth_date, on);
            ++f.persons;
            if (age <= 2) ++f.age_0_2;
            else if (age <= 13) ++f.age_3_13;
            else if (age <= 17) ++f.age_14_17;
            else ++f.adults;
        }
    }
}

} // namespace

PeriodFigures compute_period_figures(storage::Store& store, const std::vector<storage::ReportHousehold>& households,
                                     const std::vector<storage::HouseholdActivity>& activity, const core::Bareme& bareme,
                                     Date from, Date to, bool goods_and_payments) {
    auto& q = store.report_queries();
    PeriodFigures f;
    f.from = from;
    f.to = to;
    f.exits = fixed("Sorties", exit_labels());
    f.decisions = fixed("Décisions", decision_labels());
    f.served_profile = empty_profile();
    f.admitted_profile = empty_profile();
    const std::string a = from.iso(), b = to.plus_days(1).iso();

    std::map<std::string, const storage::HouseholdActivity*> by_code;
    for (const auto& act : activity) {
        // A household whose only sale of the period corrects an earlier month's was not served.
        if (act.visits > 0) {
            by_code[act.household_code] = &act;
            ++f.served;
        }
        f.visits += act.visits;
        f.value += act.value;
        f.paid += act.paid;
        f.credit_used += act.credit_used;
    }
    count_activity_and_access(store, f, households, by_code, bareme);

    std::map<std::int64_t, Date> referred;
    for (const auto& h : households) referred[h.id] = h.referred_on;
    for (const auto& d : q.decisions(a, b)) {
        f.decisions.add(decision_label(d.decision));
        // A first decision dated before the referral (a referral date typed in later than the
        // decision) has no meaningful delay: it is left out rather than counted as zero.
        const auto r = referred.find(d.household_id);
        if (d.first_of_household && r != referred.end() && r->second <= d.decided_on) {
            ++f.first_decisions;
            f.delay_days += core::days_between(r->second, d.decided_on);
        }
    }
    if (!goods_and_payments) return f;
    f.goods = to_report_rows(q.goods(a, b));
    for (const auto& p : q.payments(a, b)) f.payments[p.method] += p.amount;
    f.closures = to_report_row(q.closures(a, b));
    return f;
}

} // namespace cabas::services
