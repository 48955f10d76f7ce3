// Database summary for the CLI and the demo launcher.
#include "services/summary_service.hpp"

#include "core/bareme.hpp"
#include "core/messages.hpp"
#include "services/bareme_service.hpp"
#include "storage/store.hpp"

#include <sstream>

namespace cabas::services {

DatabaseSummary summarise(storage::Store& store, const LoggedUser& by, core::Date on) {
    require(store, by, Capability::ListHouseholds);
    DatabaseSummary s;
    s.on = on;
    const core::Bareme bareme = bareme_in_force(store, on);
    s.bareme_version = bareme.version;
    s.bareme_label = bareme.label;
    std::map<core::AccessState, StateCount> by_state;
    for (const auto& h : store.households().list()) {
        ++s.households;
        auto periods = store.access().periods_of(h.id);
        auto status = core::access_status_at(periods, bareme.access, on);
        StateCount& count = by_state[status.state];
        count.state = status.state;
        ++count.households;
        auto card = store.cards().active_card_of(h.id);
        if (count.card_to_try.empty() && card) count.card_to_try = card->number;
        if (status.state == core::AccessState::Active && status.valid_until &&
            core::days_between(on, *status.valid_until) <= 14)
            ++s.expiring_within_14_days;
    }
    for (auto& [state, count] : by_state) s.states.push_back(count);
    s.products = static_cast<int>(store.catalogue().product_count());
    s.categories = static_cast<int>(store.catalogue().categories().size());
    for (const auto& u : store.users().list()) s.users.push_back(u.login + " (" + core::to_code(u.role) + ")");
    return s;
}

std::string render_summary(const DatabaseSummary& s, const std::string& db_path) {
    std::ostringstream out;
    out << core::tr("Cabas — base {0} au {1}", db_path, s.on.french()) << "\n";
    out << core::tr("Barème en vigueur : version {0} ({1})", s.bareme_version, s.bareme_label) << "\n\n";
    out << core::tr("Foyers : {0}", s.households) << "\n";
    for (const auto& c : s.states) {
        out << "  " << core::tr("{0} : {1}", core::label_of(c.state), c.households);
        if (!c.card_to_try.empty()) out << "   " << core::tr("carte à essayer : {0}", c.card_to_try);
        out << "\n";
    }
    out << "  " << core::tr("dont droits expirant dans les 14 jours : {0}", s.expiring_within_14_days) << "\n\n";
    out << core::tr("Catalogue : {0} produits dans {1} catégories", s.products, s.categories) << "\n";
    std::string users;
    for (std::size_t i = 0; i < s.users.size(); ++i) users += (i ? ", " : "") + s.users[i];
    out << core::tr("Utilisateurs : {0}", s.users.empty() ? core::tr("aucun") : users) << "\n\n";
    out << core::tr("Essayer : cabas-cli --db {0} card check NUMÉRO", db_path) << "\n";
    return out.str();
}

} // namespace cabas::services
