// Database summary for the CLI and the demo launcher.
#include "services/summary_service.hpp"

#include "core/bareme.hpp"
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
    out << "Cabas — base " << db_path << " au " << s.on.french() << "\n";
    out << "Barème en vigueur : version " << s.bareme_version << " (" << s.bareme_label << ")\n\n";
    out << "Foyers : " << s.households << "\n";
    for (const auto& c : s.states) {
        out << "  " << core::label_of(c.state) << " : " << c.households;
        if (!c.card_to_try.empty()) out << "   carte à essayer : " << c.card_to_try;
        out << "\n";
    }
    out << "  dont droits expirant dans les 14 jours : " << s.expiring_within_14_days << "\n\n";
    out << "Catalogue : " << s.products << " produits dans " << s.categories << " catégories\n";
    out << "Utilisateurs : ";
    for (std::size_t i = 0; i < s.users.size(); ++i) out << (i ? ", " : "") << s.users[i];
    out << (s.users.empty() ? "aucun" : "") << "\n\n";
    out << "Essayer : cabas-cli --db " << db_path << " card check NUMÉRO\n";
    return out.str();
}

} // namespace cabas::services
