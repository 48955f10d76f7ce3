// What the access log keeps of the household actions. Stored text is French in every language
// (the log is the épicerie's record, read by its administrators and exported as is), so these
// sentences stay out of core::tr(); what the screens say is translated where it is said.
#pragma once

#include "core/date.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace cabas::services::households::log_text {

inline std::string opened_file(bool social) { return social ? "dossier complet" : "statut d'accès et cartes"; }
inline std::string opened_finances() { return "ressources et charges"; }
inline std::string opened_visits(std::size_t count) { return std::to_string(count) + " passages"; }
inline std::string created(core::Date referred_on, const std::string& referred_by) {
    return "orientation du " + referred_on.french() + " par " + referred_by;
}
inline std::string updated() { return "dossier modifié"; }
inline std::string exported_file() { return "export des données du foyer pour le foyer (droit d'accès)"; }
inline std::string exported_access_log() { return "export CSV du journal des accès"; }
inline std::string cross_site_checked(int adults, std::size_t followed) {
    return std::to_string(adults) + " adulte(s) comparé(s) aux autres épiceries du CCAS, " + std::to_string(followed) +
           " déjà suivi(s) ailleurs";
}

/// "du 01/02/2026 au 31/07/2026", with the commission's override reason when there is one.
inline std::string period(core::Date start, core::Date end, const std::optional<std::string>& override_reason) {
    std::string out = "du " + start.french() + " au " + end.french();
    if (override_reason) out += " (dérogation aux règles : " + *override_reason + ")";
    return out;
}
inline std::string decided(const std::string& decision, const std::optional<std::string>& access,
                           const std::optional<std::string>& card) {
    std::string out = decision;
    if (access) out += ", accès " + *access;
    if (card) out += ", carte " + *card;
    return out;
}
inline std::string suspended(core::Date from, const std::optional<core::Date>& until, const std::string& reason) {
    return "à partir du " + from.french() + (until ? " jusqu'au " + until->french() : std::string()) + " : " + reason;
}
inline std::string lifted(core::Date on) { return "reprise le " + on.french(); }
/// `reason`: the exit reason's label.
inline std::string exited(core::Date on, const std::string& reason) { return "sortie le " + on.french() + " : " + reason; }

inline std::string card(const std::string& number) { return "carte " + number; }
inline std::string card_revoked(const std::string& number, const std::string& reason) {
    return "carte " + number + " : " + reason;
}
inline std::string card_replaced(const std::string& old_number, const std::string& number, const std::string& reason) {
    return "carte " + old_number + " remplacée par " + number + " : " + reason;
}

inline std::string commission_listed(std::size_t count) { return std::to_string(count) + " dossiers en attente"; }
inline std::string commission_minutes(core::Date on, std::size_t decisions) {
    return "séance du " + on.french() + " : " + std::to_string(decisions) + " décisions";
}

} // namespace cabas::services::households::log_text
