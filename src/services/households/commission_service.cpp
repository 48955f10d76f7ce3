// The commission session over the household services: pending files shown without names,
// decisions recorded through the same decide() as the file screen, and the session's model.
#include "services/households/commission_service.hpp"

#include "core/messages.hpp"
#include "core/money.hpp"
#include "services/bareme_service.hpp"
#include "services/households/access_log_texts.hpp"
#include "services/households/household_facts.hpp"
#include "storage/store.hpp"
#include "services/settings_service.hpp"

#include <algorithm>

namespace cabas::services::households {

namespace {

/// The commission's list on screen speaks the process language; its minutes (the PDF, a French
/// document) stay French: `french` picks which. `text` is marked with to_translate.
template <typename... Values>
std::string worded(bool french, const char* text, const Values&... values) {
    if (french) return core::fill_places(text, {std::string_view(core::place_text(values))...});
    return core::tr(text, values...);
}

std::string project_label(core::ProjectType t, bool french) {
    switch (t) {
    case core::ProjectType::Housing: return worded(french, core::to_translate("Logement"));
    case core::ProjectType::Energy: return worded(french, core::to_translate("Énergie"));
    case core::ProjectType::Childhood: return worded(french, core::to_translate("Enfance"));
    case core::ProjectType::Health: return worded(french, core::to_translate("Santé"));
    case core::ProjectType::Debt: return worded(french, core::to_translate("Dettes"));
    case core::ProjectType::Equipment: return worded(french, core::to_translate("Équipement"));
    case core::ProjectType::DrivingLicence: return worded(french, core::to_translate("Permis de conduire"));
    case core::ProjectType::Other: break;
    }
    return worded(french, core::to_translate("Autre"));
}

std::string ages_text(std::vector<int> ages, bool french) {
    std::sort(ages.begin(), ages.end());
    std::string out;
    for (std::size_t i = 0; i < ages.size(); ++i) {
        if (i == 0) out = std::to_string(ages[i]);
        else if (i + 1 == ages.size()) out = worded(french, core::to_translate("{0} et {1}"), out, ages[i]);
        else out += ", " + std::to_string(ages[i]);
    }
    return ages.size() == 1 && ages[0] < 2 ? worded(french, core::to_translate("{0} an"), out)
                                           : worded(french, core::to_translate("{0} ans"), out);
}

std::string composition_text(const std::vector<core::Member>& members, core::Date on, bool french) {
    int adults = 0;
    std::vector<int> children;
    for (const auto& m : members) {
        const int age = core::age_at(m.birth_date, on);
        if (age >= 18) ++adults;
        else children.push_back(age);
    }
    const std::string grown = adults > 1 ? worded(french, core::to_translate("{0} adultes"), adults)
                                         : worded(french, core::to_translate("{0} adulte"), adults);
    if (children.empty()) return grown;
    return children.size() > 1
               ? worded(french, core::to_translate("{0}, {1} enfants ({2})"), grown, children.size(), ages_text(children, french))
               : worded(french, core::to_translate("{0}, {1} enfant ({2})"), grown, children.size(), ages_text(children, french));
}

std::string project_words(const std::optional<core::Project>& project, bool french) {
    if (!project) return worded(french, core::to_translate("aucun projet"));
    if (project->target.is_zero()) return project_label(project->type, french);
    return project_label(project->type, french) + " — " + core::format_euros(project->target);
}

} // namespace

std::string anonymised_composition(const std::vector<core::Member>& members, core::Date on) {
    return composition_text(members, on, false);
}

std::string project_text(const std::optional<core::Project>& project) { return project_words(project, false); }

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
            c.referrer_kind = file->referrer ? file->referrer->kind : core::tr("aucun");
            c.referred_on = file->referral.on;
            out.push_back(std::move(c));
        }
        // Oldest referral first: the file that has waited longest comes up first.
        std::stable_sort(out.begin(), out.end(),
                         [](const CommissionCase& a, const CommissionCase& b) { return a.referred_on < b.referred_on; });
        m_households.log("commission_list", std::nullopt, log_text::commission_listed(out.size()));
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
                row.composition = composition_text(file->composition.members, on, true);
                row.rav_band = eligibility.working.band;
                row.project = project_words(file->project, true);
                row.referrer_kind = file->referrer ? file->referrer->kind : std::string("aucun");
                row.decision = decision_label_french(d.decision);
                row.reason = d.reason;
                // The period this decision opened starts on the decision day or later.
                for (const auto& p : facts.periods)
                    if (!p.renewal && p.start >= on && (d.decision == core::Decision::Accepted ||
                                                        d.decision == core::Decision::Derogation)) {
                        row.period = p.rule_override ? worded(true, core::to_translate("du {0} au {1} (dérogation aux règles)"),
                                                              p.start.french(), p.end.french())
                                                     : worded(true, core::to_translate("du {0} au {1}"), p.start.french(),
                                                              p.end.french());
                        break;
                    }
                if (std::find(recorders.begin(), recorders.end(), d.decided_by) == recorders.end())
                    recorders.push_back(d.decided_by);
                model.rows.push_back(std::move(row));
            }
        }
        for (const auto& r : recorders) model.recorded_by += (model.recorded_by.empty() ? "" : ", ") + r;
        m_households.log("commission_pdf", std::nullopt, log_text::commission_minutes(on, model.rows.size()));
        return model;
    });
}

} // namespace cabas::services::households
