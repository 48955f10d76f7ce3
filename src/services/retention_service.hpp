// Retention of household files (DOMAIN.md §6): a file is anonymised 24 months after the last
// contact with the household; its composition, amounts and dates stay so that reports of past
// months keep their figures, while names, address, notes and free text go. Sales keep only the
// household's random sales code already (they are pseudonymous by design). Only an admin runs it,
// from `cabas-cli retention`; each anonymisation is written to the access log.
#pragma once

#include "core/date.hpp"
#include "services/access_control.hpp"
#include "storage/household_repository.hpp"

#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {

constexpr int kRetentionMonths = 24;

/// The day before which a last contact makes a file due: `today` minus 24 months (a 29 February
/// becomes the 28th).
core::Date retention_cutoff(core::Date today);

/// Files due for anonymisation on `today`, oldest contact first. Admins only (PermissionError).
std::vector<storage::RetentionCandidate> retention_due(storage::Store&, const services::LoggedUser& by, core::Date today);

/// Anonymises every file due on `today` in one transaction (all or none) and logs each one as
/// "anonymise" under `by`. Admins only. Returns what was anonymised.
std::vector<storage::RetentionCandidate> apply_retention(storage::Store&, const services::LoggedUser& by, core::Date today);

} // namespace cabas::services
