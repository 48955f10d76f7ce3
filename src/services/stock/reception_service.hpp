// Receiving a delivery note: every line checked first, then the reception and its lots written
// in one transaction, or nothing at all with every problem listed by line.
#pragma once

#include "services/access_control.hpp"
#include "core/date.hpp"
#include "storage/stock_repository.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::stock {

/// A problem of one line (1-based `line`, 0 for the note itself) in the process language.
struct ReceptionProblem {
    int line = 0;
    std::string field;                      ///< "quantité", "DLC/DDM", "coût unitaire"...
    std::string reason;
    /// "ligne 3 : quantité : doit être positive", or "bon de livraison : date : ..." for line 0.
    std::string to_string() const;
};

struct ReceptionOutcome {
    std::int64_t reception_id = 0;          ///< 0 when nothing was written
    std::vector<ReceptionProblem> problems;
    bool ok() const { return problems.empty(); }
};

/// Checks and saves a reception received on or before `today`.
///
/// Rules: at least one line; each line an existing product with a quantity > 0 (grams for a
/// weighed product); a DLC already past on the delivery date is refused (such food must not
/// enter the shop); FSE+ and Banque Alimentaire lines need the supplier's lot code (they are
/// traced lot by lot); a purchase line needs its unit cost and a free origin must not carry
/// one. `line_numbers`, when given, replaces the 1-based index in problems (a CSV's physical
/// lines).
ReceptionOutcome receive(storage::Store&, const LoggedUser& by, const storage::Reception& reception, core::Date today,
                         const std::vector<int>& line_numbers = {});

/// Every problem, one per line.
std::string to_string(const std::vector<ReceptionProblem>& problems);

} // namespace cabas::services::stock
