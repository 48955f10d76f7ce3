// The French words of the stock report, a PDF document for the épicerie's records and its
// funders: written in French whatever the screens' language, so kept out of core::tr().
#pragma once

#include "core/stock_kinds.hpp"

#include <string>

namespace cabas::services::stock::report_words {

inline std::string movement_label(core::MovementKind k) {
    switch (k) {
    case core::MovementKind::Reception: return "Réceptions";
    case core::MovementKind::Sale: return "Distributions (ventes)";
    case core::MovementKind::Correction: return "Ventes corrigées (retour en stock)";
    case core::MovementKind::Loss: return "Pertes";
    case core::MovementKind::Adjustment: return "Ajustements d'inventaire";
    }
    return "";
}

inline constexpr const char* kNoCategory = "Sans catégorie";

} // namespace cabas::services::stock::report_words
