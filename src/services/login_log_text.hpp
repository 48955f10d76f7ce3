// What the access log keeps of logins tried, locked and unlocked. Stored text is French in
// every language (the log is a record the épicerie keeps, read by its administrators), so
// these sentences stay out of core::tr(); the screens' own sentences are in login.cpp.
#pragma once

#include "services/login.hpp"

#include <string>

namespace cabas::services::login_log {

inline std::string place_text(LoginPlace place) {
    switch (place) {
    case LoginPlace::LoginScreen: return "écran de connexion";
    case LoginPlace::LockScreen: return "écran verrouillé";
    case LoginPlace::ManagerCode: return "code d'un responsable à la caisse";
    case LoginPlace::CommandLine: return "ligne de commande";
    }
    return "?";
}

inline std::string locked(LoginPlace place, const std::string& until) {
    return place_text(place) + " ; verrouillé jusqu'à " + until;
}

inline std::string failed(LoginPlace place, int failures, const std::string& locked_until) {
    std::string detail = place_text(place) + " ; " + std::to_string(failures) + " code(s) erroné(s) de suite";
    if (!locked_until.empty()) detail += " ; verrouillé jusqu'à " + locked_until;
    return detail;
}

inline std::string unlocked(const std::string& key, int failures) {
    return "déverrouillage de « " + key + " » après " + std::to_string(failures) + " code(s) erroné(s)";
}

} // namespace cabas::services::login_log
