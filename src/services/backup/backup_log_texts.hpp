// What the access log keeps of the automatic backups and the restores. Stored text is French in every language
// (the log is the épicerie's record), so these words stay out of core::tr().
#pragma once

#include "services/backup/automatic_backup.hpp"

#include <string>

namespace cabas::services::backup::log_text {

inline std::string trigger_words(BackupTrigger trigger) {
    switch (trigger) {
    case BackupTrigger::SessionClose: return "à la clôture de caisse";
    case BackupTrigger::Daily: return "quotidienne, gestion ouverte";
    case BackupTrigger::CommandLine: return "cabas-cli backup --auto";
    }
    return "";
}

inline std::string written(BackupTrigger trigger, const std::string& file) {
    return "sauvegarde automatique (" + trigger_words(trigger) + ") vers « " + file + " », au nom de l'épicerie";
}

inline std::string failed(BackupTrigger trigger, const std::string& failure) {
    return "sauvegarde automatique (" + trigger_words(trigger) + ") : " + failure;
}

inline std::string restored(const std::string& backup_file, const std::string& set_aside) {
    return "depuis « " + backup_file + " » ; base précédente gardée dans « " + set_aside + " »";
}

} // namespace cabas::services::backup::log_text
