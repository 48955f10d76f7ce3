// The commission session: the anonymised list of files waiting for a decision, decisions
// recorded one by one, and the anonymised model of a session's decisions for its PDF.
#pragma once

#include "reports/commission_model.hpp"
#include "services/clock.hpp"
#include "services/households/household_service.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace cabas::services::households {

/// One pending file as the commission sees it: no name, no address, no amounts but the band.
struct CommissionCase {
    std::int64_t household_id = 0;     ///< for recording the decision; never printed
    std::string file_number;
    std::string composition;           ///< "2 adultes, 2 enfants (6 et 15 ans)"
    std::string rav_band;              ///< "≤ 10,00 €" and the outcome ("Éligible")
    core::Money rav_per_person_day;
    std::string project;               ///< "Dettes — 800,00 €"
    std::string referrer_kind;         ///< "ccas", "departement"... never the social worker's name
    core::Date referred_on;            ///< the referral's date: how long the file has waited
};

/// Social workers and admins only (Capability::Decide), like the decisions themselves.
class CommissionService {
public:
    explicit CommissionService(HouseholdService& households);

    /// Files waiting for the commission (household_facts.hpp is_pending), oldest referral first
    /// (then by file number). Logged.
    std::vector<CommissionCase> pending();
    /// Records a decision through HouseholdService::decide (same rules, same log).
    DecisionResult record(std::int64_t household_id, const DecisionRequest& request);
    /// Every decision recorded on `on`, anonymised, for the session PDF. Logged.
    reports::CommissionSessionModel session(core::Date on);

private:
    HouseholdService& m_households;
};

/// "2 adultes, 2 enfants (6 et 15 ans)": adults are 18 and over on `on`.
std::string anonymised_composition(const std::vector<core::Member>&, core::Date on);
/// "Dettes — 800,00 €", or "aucun projet".
std::string project_text(const std::optional<core::Project>&);

} // namespace cabas::services::households
