// What the access log keeps of an anonymised file and of an archived journal segment. Stored text
// is French in every language (the log is the épicerie's record), so it stays out of core::tr().
#pragma once

#include "core/date.hpp"

#include <cstdint>
#include <string>

namespace cabas::services::log_text {

inline std::string moved_to_server() {
    return "épicerie copiée sur le serveur : les caisses lancées sur ce fichier ouvrent désormais la base du serveur";
}

inline std::string anonymised(core::Date last_contact) { return "dossier anonymisé, dernier contact le " + last_contact.french(); }

inline std::string archived(std::int64_t first, std::int64_t last, std::int64_t sales, const std::string& file_name,
                            const std::string& short_hash, bool replaced_unfinished) {
    return "enregistrements n° " + std::to_string(first) + " à " + std::to_string(last) + ", " + std::to_string(sales) +
           " ventes, archive " + file_name + " (" + short_hash + ")" +
           (replaced_unfinished ? ", remplace une archive inachevée" : "");
}

} // namespace cabas::services::log_text
