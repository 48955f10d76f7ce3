// What a database holds, in a few lines: households by access state with a card to try for
// each, catalogue, stock, users and the barème in force. Shown by `cabas-cli summary`.
#pragma once

#include "core/access.hpp"
#include "core/date.hpp"
#include "services/access_control.hpp"

#include <map>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {

struct StateCount {
    core::AccessState state = core::AccessState::NoAccess;
    int households = 0;
    std::string card_to_try;     ///< an active card of a household in this state, if any
};

struct DatabaseSummary {
    core::Date on;
    int bareme_version = 0;
    std::string bareme_label;
    int households = 0;
    std::vector<StateCount> states;
    int expiring_within_14_days = 0;
    int products = 0;
    int categories = 0;
    std::vector<std::string> users;   ///< "marie (volunteer)"
};

DatabaseSummary summarise(storage::Store&, const LoggedUser& by, core::Date on);
std::string render_summary(const DatabaseSummary&, const std::string& db_path);

} // namespace cabas::services
