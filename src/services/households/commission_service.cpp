// The commission session over the household services: pending files shown without names,
// decisions recorded through the same decide() as the file screen, and the session's model.
#include "services/households/commission_service.hpp"

#include "core/money.hpp"
#include "services/bareme_service.hpp"
#include "services/households/household_facts.hpp"
#include "storage/store.hpp"
#include "services/settings_service.hpp"

#include <algorithm>

namespace cabas::services::households {

namespace {

std::string project_label(core::ProjectType t) {
    switch (t) {
    case core::ProjectType::Housing: return "Logement";
    case core::ProjectType::Energy: return "Énergie";
    case core::ProjectType::Childhood: return "Enfance";
    case core::ProjectType::Health: return "Santé";
    case core::ProjectType::Debt: return "Dettes";
    case core::ProjectType::Equipment: return "Équipement";
    case core::ProjectType::DrivingLicence: return "Permis de conduire";
    case core::ProjectType::Other: return "Autre";
    }
    return "Autre";
}

std::string ages_text(std::vector<int> ages) {
    std::sort(ages.begin(), ages.end());
    std::string out;
    for (std::size_t i = 0; i < ages.size(); ++i) {
        if (i > 0) out += i + 1 == ages.size() ? " et " : ", ";
        out += std::to_string(ages[i]);
    }
    return out + (ages.size() == 1 && ages[0] < 2 ? " an" : " ans");
}

} // namespace

std::string anonymised_composition(const std::vector<core::Member>& members, core::Date on) {
    int adults = 0;
    std::vector<int> children;
    for (const auto& m : members) {
        const int age = core::age_at(m.birth_date, on);
        if (age >= 18) ++adults;
        else children.push_back(age);
    }
    std::string out = std::to_string(adults) + (adults > 1 ? " adultes" : " adulte");
    if (!children.empty())
        out += ", " + std::to_string(children.size()) + (children.size() > 1 ? " enfants (" : " enfant (") +
               ages_text(children) + ")";
    return out;
}

std::string project_text(const std::optional<core::Project>& project) {
    if (!project) return "aucun projet";
    std::string out = project_label(project->type);
    if (!project->target.is_zero()) out += " — " + core::format_euros(project->target);
    return out;
}

CommissionService::CommissionService(HouseholdService& households) : m_households(households) {}

std::vector<CommissionCase> CommissionService::pending() {
    m_households.require(Capability::Decide);
    auto& store = m_households.store();
    const core::Date today = m_households.clock().today();
    const core::Bareme bareme = bareme_in_force(store, today);
    return store.transaction([&] {
        std::vector<CommissionCase> out;
        for (const auto& s : store.households().list()) {
            const auto file = store.households().get(s.id);
            if (!file || !gather_access_facts(store, *file, bareme, today).pending) continue;
            const auto decision = core::evaluate_eligibility(file->composition, bareme, today);
            CommissionCase c;
            c.household_id = s.id;
            c.file_number = file->file_number;
            c.composition = anonymised_composition(file->composition.members, today);
            c.rav_band = decision.working.band + " — " + core::label_of(decision.outcome);
            c.rav_per_person_day = decision.rav_per_person_day;
            c.project = project_text(file->project);
            c.referrer_kind = file->referrer ? file->referrer->kind : std::string("aucun");
            c.referred_on = file->referral.on;
            out.push_back(std::move(c));
        }
        // Oldest referral first: the file that has waited longest comes up first.
        std::stable_sort(out.begin(), out.end(),
                         [](const CommissionCase& a, const CommissionCase& b) { return a.referred_on < b.referred_on; });
        m_households.log("commission_list", std::nullopt, std::to_string(out.size()) + " dossiers en attente");
        return out;
    });
}

DecisionResult CommissionService::record(std::int64_t household_id, const DecisionRequest& request) {
    return m_households.decide(household_id, request);
}

reports::CommissionSessionModel CommissionService::session(core::Date on) {
    m_households.require(Capability::Decide);
    auto& store = m_households.store();
    const core::Bareme bareme = bareme_in_force(store, on);
    return store.transaction([&] {
        reports::CommissionSessionModel model;
        model.shop_name = services::shop_identity(store).name;
        model.session_date = on.french();
        std::vector<std::string> recorders;
        for (const auto& s : store.households().list()) {
            const auto file = store.households().get(s.id);
            if (!file) continue;
            const auto facts = gather_access_facts(store, *file, bareme, on);
            for (const auto& d : facts.decisions) {
                if (d.decided_on != on) continue;
                const auto eligibility = core::evaluate_eligibility(file->composition, bareme, on);
                reports::CommissionDecisionRow row;
                row.file_number = file->file_number;
                row.composition = anonymised_composition(file->composition.members, on);
                row.rav_band = eligibility.working.band;
                row.project = project_text(file->project);
                row.referrer_kind = file->referrer ? file->referrer->kind : std::string("aucun");
                row.decision = decision_label(d.decision);
                row.reason = d.reason;
                // The period this decision opened starts on the decision day or later.
                for (const auto& p : facts.periods)
                    if (!p.renewal && p.start >= on && (d.decision == core::Decision::Accepted ||
                                                        d.decision == core::Decision::Derogation)) {
                        row.period = "du " + p.start.french() + " au " + p.end.french();
                        if (p.rule_override) row.period += " (dérogation aux règles)";
                        break;
                    }
                if (std::find(recorders.begin(), recorders.end(), d.decided_by) == recorders.end())
                    recorders.push_back(d.decided_by);
                model.rows.push_back(std::move(row));
            }
        }
        for (const auto& r : recorders) model.recorded_by += (model.recorded_by.empty() ? "" : ", ") + r;
        m_households.log("commission_pdf", std::nullopt,
                         "séance du " + on.french() + " : " + std::to_string(model.rows.size()) + " décisions");
        return model;
    });
}

} // namespace cabas::services::households
