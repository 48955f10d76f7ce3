// The household files as a use case: list and search, open (logged), create and update with
// field-level validation, live eligibility, the access workflow (decision, renewal, suspension,
// exit), cards, savings and history. Every call checks the logged user's role first
// (services/access_control.hpp) and every opening, change or export is written to the access log in
// the same transaction as the change itself.
#pragma once

#include "services/clock.hpp"
#include "services/access_control.hpp"
#include "services/households/cross_site_check.hpp"
#include "services/households/household_views.hpp"
#include "services/import_service.hpp"
#include "storage/access_log_repository.hpp"
#include "reports/card_sheet_model.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {
class SerialSource;
}

namespace cabas::services::households {

class HouseholdService {
public:
    /// The service acts for `user` (copied). `serials` draws card numbers; it must outlive the
    /// service.
    HouseholdService(storage::Store&, const Clock&, services::LoggedUser user, SerialSource& serials);

    const services::LoggedUser& user() const { return m_user; }
    bool may(Capability c) const { return services::may(m_user, c); }
    const Clock& clock() const { return m_clock; }

    /// Throws PermissionDenied, after logging the attempt, when the user's role lacks `c`.
    void require(Capability c, std::optional<std::int64_t> household_id = std::nullopt);
    /// Appends to the access log as the user (joins the caller's transaction, if any).
    void log(const std::string& action, std::optional<std::int64_t> household_id, const std::string& detail);

    /// Wires the cross-épicerie duplicate check of the CCAS (cross_site_check.hpp); `link` must
    /// outlive the service. Without one, no check is made and nothing is said.
    void use_cross_site_check(CrossSiteLink* link) { m_cross_site = link; }
    /// What the last create, update, decision or renewal learnt from the other épiceries of the
    /// CCAS; nullopt when no check is wired.
    const std::optional<CrossSiteResult>& cross_site_result() const { return m_cross_site_result; }

    // --- reading ---------------------------------------------------------------------------
    /// Households matching the query, by file number. Managers, social workers, admins.
    std::vector<HouseholdRow> list(const HouseholdQuery& query);
    /// The id of the household with this file number or (active or revoked) card number.
    std::int64_t resolve(const std::string& file_or_card);
    /// Opens a file: the view of the user's role, logged as "ouverture".
    HouseholdView open(std::int64_t household_id);
    /// Resources, charges, QF and notes. PermissionDenied (and logged) for managers and volunteers.
    HouseholdFinances finances(std::int64_t household_id);
    /// Each visit (basket totals). PermissionDenied for managers and volunteers.
    std::vector<VisitRecord> visits(std::int64_t household_id);
    /// All the household's data, for the household (social workers and admins), logged as an
    /// export: see HouseholdDataExport.
    HouseholdDataExport export_data(std::int64_t household_id);
    /// Eligibility of a composition being typed, on today's date with the barème in force.
    /// Nothing is stored or logged (nothing is read from the database but the barème).
    core::EligibilityDecision eligibility(const core::HouseholdComposition&);
    /// The working in French, line by line, as the social worker reads it.
    std::string working_text(const core::EligibilityDecision&);

    // --- the file --------------------------------------------------------------------------
    /// Stores a new file (the referral). Field-level ValidationError, nothing written, on bad
    /// input. Returns the id.
    std::int64_t create(const core::HouseholdFile&);
    /// Replaces the file `file.id` (sales code kept).
    void update(const core::HouseholdFile&);

    // --- access ----------------------------------------------------------------------------
    DecisionResult decide(std::int64_t household_id, const DecisionRequest&);
    /// Opens the next period; returns it.
    core::AccessPeriod renew(std::int64_t household_id, const RenewalRequest&);
    /// Suspends the period in force on `from` until `until` (inclusive; none = until lifted).
    void suspend(std::int64_t household_id, core::Date from, std::optional<core::Date> until,
                 const std::string& reason);
    /// Lifts the open suspension: the last suspended day is the day before `on`.
    void lift_suspension(std::int64_t household_id, core::Date on);
    /// Ends access: `on` is the last day of access.
    void exit(std::int64_t household_id, core::Date on, core::ExitReason reason, const std::string& note);

    // --- cards -----------------------------------------------------------------------------
    std::string issue_card(std::int64_t household_id);
    /// Revokes the active card (lost, stolen, withdrawn) without a replacement.
    void revoke_card(std::int64_t household_id, const std::string& reason);
    /// Revokes the active card and issues a new number; returns it.
    std::string replace_card(std::int64_t household_id, const std::string& reason);
    /// What to print on the household's active card; logged as "impression_carte".
    CardToPrint card_to_print(std::int64_t household_id);
    /// The sheet with the household's active card, ready to render (logged as card_to_print).
    reports::CardSheetModel card_sheet(std::int64_t household_id);

    // --- import ------------------------------------------------------------------------------
    /// Household files from a CSV (docs/import_formats.md), all or nothing; `dry_run` checks
    /// and counts without writing. Each created file is logged under the user.
    ImportReport import_files(std::string_view bytes, const std::string& file_name, bool dry_run);

private:
    // The commission and the access log are use cases over the same files and log: they reach
    // the store through the service they were given, never through the screens.
    friend class CommissionService;
    friend std::vector<storage::AccessLogEntry> access_log_entries(HouseholdService&, const storage::AccessLogFilter&);
    friend std::string export_access_log_csv(HouseholdService&, storage::AccessLogFilter filter);
    storage::Store& store() { return m_store; }

    core::HouseholdFile load(std::int64_t household_id);
    /// After a change committed: the household's adults compared with the other sites (logged).
    void check_other_sites(std::int64_t household_id);

    storage::Store& m_store;
    const Clock& m_clock;
    services::LoggedUser m_user;
    SerialSource& m_serials;
    CrossSiteLink* m_cross_site = nullptr;
    std::optional<CrossSiteResult> m_cross_site_result;
};

} // namespace cabas::services::households
