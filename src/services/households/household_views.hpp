// What the household services hand back: list rows, the per-role view of one file, savings and
// history. A manager's view is the same type with the social parts left empty, so nothing a
// manager may not see ever leaves the service.
#pragma once

#include "core/access.hpp"
#include "core/eligibility.hpp"
#include "core/household_file.hpp"
#include "storage/access_log_repository.hpp"
#include "storage/access_repository.hpp"
#include "storage/card_repository.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::services::households {

/// Filters of the household list, by access state on today's date.
enum class AccessFilter { All, Active, ExpiringWithin, Expired, WaitingPeriod, Suspended, Pending };

struct HouseholdQuery {
    std::string text;              ///< part of the file number, the name, or a card number; empty = all
    AccessFilter filter = AccessFilter::All;
    int expiring_within_days = 30; ///< for ExpiringWithin: active and ending within this many days
};

/// One line of the household list: identification and access, nothing social.
struct HouseholdRow {
    std::int64_t id = 0;
    std::string file_number;
    std::string display_name;      ///< pseudonym or first name
    core::AccessStatus status;
    std::string card_number;       ///< active card, empty if none
    bool pending = false;          ///< waiting for a commission decision
};

/// Visits and savings of a household, counted on its sales (not corrected ones).
struct SavingsSummary {
    int visits = 0;
    core::Money value;             ///< Σ retail value
    core::Money paid;              ///< Σ paid
    core::Money savings;           ///< value − paid: what goes toward the project
    core::Money project_target;    ///< zero when no project
    core::Money month_credit;      ///< credit of the current month, carry-over included (core/carry_over.hpp)
    core::Money month_used;
    int visits_this_month = 0;
};

/// One visit of the history: social workers and admins only.
struct VisitRecord {
    std::string sold_at;           ///< UTC timestamp
    core::Money value;
    core::Money paid;
    int lines = 0;
};

/// The file as one role may see it. `social` is false for managers: then file, eligibility,
/// decisions' reasons and history stay empty.
struct HouseholdView {
    std::int64_t id = 0;
    std::string file_number;
    std::string display_name;
    core::AccessStatus status;
    std::vector<core::AccessPeriod> periods;
    std::vector<storage::CardRecord> cards;
    std::string active_card;       ///< empty when none
    bool pending = false;
    SavingsSummary savings;
    bool social = false;
    std::optional<core::HouseholdFile> file;
    std::optional<core::EligibilityDecision> eligibility;
    std::vector<storage::CommissionDecision> decisions;
};

/// Resources, charges, attested QF and notes: the part managers and volunteers never get.
struct HouseholdFinances {
    std::vector<core::ResourceLine> resources;
    std::vector<core::ChargeLine> charges;
    std::optional<core::Money> attested_qf;
    std::string notes;
};

/// Everything the épicerie holds about one household, for the household itself (the right of
/// access of the GDPR, docs/design/domain.md §6): its file, resources and charges, decisions,
/// access periods, cards, every visit, and who opened or changed the file.
struct HouseholdDataExport {
    HouseholdView view;                        ///< the full (social) view
    HouseholdFinances finances;
    std::vector<VisitRecord> visits;
    std::vector<storage::AccessLogEntry> accesses;  ///< newest first
    std::string produced_by;                   ///< display name of who produced the export
    std::string shop_name;                     ///< the épicerie that holds the data
    core::Date produced_on;
};

/// A commission decision to record. Accepted and Derogation open an access period from `start`
/// (default today) to `end` (default start + the barème's initial months). When the window
/// maximum or the carence refuses the period, a non-empty `override_reason` opens it anyway and
/// is recorded on the period.
struct DecisionRequest {
    core::Decision decision = core::Decision::Postponed;
    std::string reason;
    std::optional<core::Date> start;
    std::optional<core::Date> end;
    std::string override_reason;
    bool issue_card = false;       ///< also issue a card when none is active
};

struct DecisionResult {
    std::int64_t decision_id = 0;
    std::optional<std::int64_t> period_id;
    std::optional<core::AccessPeriod> period;
    bool rule_override = false;
    std::string card_number;       ///< issued with the decision, else empty
};

/// A renewal: from the day after the current period (or today when access lapsed) for the
/// barème's renewal months, unless dates are given. Only a role that may decide can override.
struct RenewalRequest {
    std::optional<core::Date> start;
    std::optional<core::Date> end;
    std::string override_reason;
};

/// What a printed card shows: nothing personal beyond the first name or pseudonym.
struct CardToPrint {
    std::string number;
    std::string display_name;
    std::optional<core::Date> valid_until;
};

/// "acceptée", "refusée", "ajournée", "dérogation", in the process language: for the screens.
std::string decision_label(core::Decision);
/// The same in French whatever the language: for stored text and the French documents.
std::string decision_label_french(core::Decision);

/// The label of a filter in the process language ("Droits ouverts", "Droits expirés"...).
std::string label_of(AccessFilter);
std::string to_code(AccessFilter);
std::optional<AccessFilter> access_filter_from_code(std::string_view);

} // namespace cabas::services::households
