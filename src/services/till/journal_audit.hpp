// `cabas-cli verify` in full: the journal's chain (journal.hpp), then every sale, line, payment
// and closed session compared with the record that certifies it, the signatures of closures,
// and the anchor that catches records deleted from the end (journal_seal.hpp).
#pragma once

#include "services/till/journal.hpp"
#include "services/till/journal_seal.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::till {

struct JournalAudit {
    JournalVerification chain;
    /// What differs, in the order found, each naming the sale, line, payment, session or record
    /// ("vente caisse-1 n° 12 (enregistrement n° 57) : ligne 2 : quantité 3 dans la base, 2 au
    /// journal"). At most kMaxProblems; `more_problems` counts the others.
    std::vector<std::string> problems;
    std::int64_t more_problems = 0;
    /// What the audit could not check, and why (no anchor on this computer, unsigned closures
    /// of an earlier version): said, not failed.
    std::vector<std::string> notes;
    std::int64_t sales_checked = 0;
    std::int64_t sessions_checked = 0;
    std::int64_t signatures_checked = 0;
    std::int64_t signed_by_this_key = 0;      ///< of signatures_checked, by the attached seal's key

    bool ok() const { return chain.ok && problems.empty(); }
};

inline constexpr std::size_t kMaxProblems = 100;

/// What the audit reads: the live database, or an archive file (journal_archive_audit.hpp).
class AuditSource {
public:
    virtual ~AuditSource() = default;
    /// Checks the chain, showing `each` every record.
    virtual JournalVerification chain(const std::function<void(const storage::JournalRecord&)>& each) = 0;
    virtual std::vector<storage::TillSession> sessions() = 0;
    /// Up to `limit` sales with an id above `after_id`, by id.
    virtual std::vector<storage::SaleRecord> sales_page(std::int64_t after_id, int limit) = 0;
    virtual std::vector<storage::JournalSignature> signatures() = 0;
    /// Closures up to this record were written unsigned by an earlier version.
    virtual std::int64_t unsigned_until() = 0;
    /// Where the tables are, as the messages say it: "dans la base", "dans l'archive".
    virtual std::string tables_place() const = 0;
};

/// The audit over any source; `seal` as below.
JournalAudit audit_source(AuditSource&, const std::optional<SealFiles>& seal);

/// Reads the whole journal, every sale and every session. `seal`: this computer's key and
/// anchor (nullopt: signatures are checked against the keys the database names only, and no
/// anchor is compared).
JournalAudit audit_journal(storage::Store&, const std::optional<SealFiles>& seal);

} // namespace cabas::services::till
