// The barème screen's service (see bareme_editor.hpp).
#include "services/bareme_editor.hpp"

#include "core/access.hpp"
#include "core/credit.hpp"
#include "core/eligibility.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/bareme_service.hpp"
#include "storage/store.hpp"

#include <algorithm>

namespace cabas::services {

namespace {

bool followed_today(const core::AccessStatus& status) {
    return status.state == core::AccessState::Active || status.state == core::AccessState::Suspended ||
           status.state == core::AccessState::NotYetValid;
}

struct Assessment {
    core::EligibilityOutcome outcome;
    std::string band;
    core::Rate rate;
    core::Money credit;
};

Assessment assess(const core::HouseholdFile& file, const core::Bareme& bareme, core::Date today) {
    const core::EligibilityDecision decision = core::evaluate_eligibility(file.composition, bareme, today);
    const int uc = core::consumption_units_tenths(file.composition.members, today);
    return {decision.outcome, decision.working.band,
            core::household_rate(bareme, decision.rav_per_person_day, file.commission_rate),
            core::monthly_credit(bareme.credit, uc)};
}

} // namespace

std::vector<BaremeVersionInfo> bareme_history(storage::Store& store, const LoggedUser& by, core::Date today) {
    require(store, by, Capability::SetBareme);
    const int in_force = bareme_in_force(store, today).version;
    std::vector<BaremeVersionInfo> history;
    for (const storage::StoredBareme& stored : store.baremes().versions())
        history.push_back({stored.version, stored.effective_from, stored.label, stored.created_at, stored.version == in_force});
    std::sort(history.begin(), history.end(), [](const auto& a, const auto& b) { return a.version > b.version; });
    return history;
}

BaremeImpact preview_bareme(storage::Store& store, const LoggedUser& by, const core::Bareme& proposed, core::Date today) {
    require(store, by, Capability::SetBareme);
    core::validate(proposed);
    const core::Bareme current = bareme_in_force(store, today);
    BaremeImpact impact;
    for (const storage::HouseholdSummary& summary : store.households().list()) {
        const auto periods = store.access().periods_of(summary.id);
        if (!followed_today(core::access_status_at(periods, current.access, today))) continue;
        const auto file = store.households().get(summary.id);
        if (!file || file->composition.members.empty()) continue;
        const Assessment before = assess(*file, current, today);
        const Assessment after = assess(*file, proposed, today);
        ++impact.households;
        if (before.outcome != after.outcome) {
            ++impact.decision_changes;
            ++impact.new_decisions[core::label_of(after.outcome)];
        }
        impact.band_changes += before.band != after.band;
        impact.rate_changes += before.rate != after.rate;
        impact.credit_changes += before.credit != after.credit;
    }
    return impact;
}

int save_bareme_version(storage::Store& store, const LoggedUser& by, const core::Bareme& proposed, core::Date today) {
    require(store, by, Capability::SetBareme);
    if (proposed.label.empty())
        throw ValidationError("libelle", core::tr("donnez un nom à cette version (par exemple « Barème 2027 »)"));
    if (proposed.effective_from < today)
        throw ValidationError("date_effet", core::tr("une nouvelle version prend effet aujourd'hui ou plus tard (le {0} est passé)",
                                                     proposed.effective_from.french()));
    return store.transaction([&] {
        const int version = add_bareme(store, proposed);
        store.access_log().append(by.login, "set_bareme", std::nullopt,
                                  "version " + std::to_string(version) + " « " + proposed.label + " », en vigueur le " +
                                      proposed.effective_from.french());
        return version;
    });
}

} // namespace cabas::services
