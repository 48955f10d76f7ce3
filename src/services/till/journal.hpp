// The tamper-evident journal of docs/design/domain.md §5: every sale, correction and closure
// becomes a record whose SHA-256 covers a canonical text and the previous record's hash.
#pragma once

#include "core/money.hpp"
#include "storage/journal_repository.hpp"
#include "storage/sale_repository.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::till {

/// What a journal record states, before it is serialised.
///
/// Canonical serialisation (the record's payload; fields in this order, separated by '|'):
///   sequence|kind|occurred_at|till|number|household_code|total_value_cents|total_paid_cents|
///   lines|payments|corrects|grand_total_cents|extra|previous_hash
/// (records written before schema 10 have no `extra` field and state lines without lot, rate
/// and credit flag: journal_content.hpp gives both forms; verification accepts both.)
/// - number: the sale's sequence on its till; for a closure, the session id; for a monthly
///   closure, the month as YYYYMM.
/// - lines, payments, extra: journal_content.hpp (every line with its lot, quantity, value, rate
///   and amount paid; every payment; a sale's cash handed over and override flag; a closure's
///   float, counted cash, opening and closing times).
/// - corrects: the till sequence of the corrected sale (correction records), else empty.
/// - grand_total_cents: closures only (else empty): the perpetual grand total, i.e. the previous
///   closure's grand total plus this closure's total paid. verify_records recomputes it, so a
///   deleted or altered closure breaks the chain of totals as well as the chain of hashes.
/// Monthly closures ("monthly_closure", docs/design/domain.md §5): till empty, the month's totals
/// (value, paid, payments by method) summed over the session closures whose UTC month it is, and
/// the perpetual grand total as it stands (a monthly closure adds nothing to it). verify_records
/// recomputes those sums too, and refuses a month closed twice.
/// Archive records ("archive", journal_archive_record.hpp): till empty, the number is the last
/// archived sequence, the extra states the archived segment and the chain's state at its end.
/// - previous_hash: 64 zeros for the first record.
/// Free text never enters the payload, so '|' and ';' cannot be ambiguous. The hash is the
/// lowercase hex SHA-256 of the whole payload, which already contains the previous hash.
struct JournalEntry {
    std::string kind;                  ///< "sale", "correction", "closure", "monthly_closure", "archive"
    std::string occurred_at;           ///< UTC timestamp
    std::string till_id;
    std::int64_t number = 0;
    std::string household_code;
    core::Money total_value;
    core::Money total_paid;
    std::vector<storage::SaleLineRecord> lines;
    std::vector<storage::PaymentRecord> payments;
    std::optional<std::int64_t> corrects;
    std::optional<core::Money> grand_total;   ///< closures only
    std::string extra;                        ///< sale_extra_text or session_extra_text
};

/// The fields of a record's payload, or nullopt when it has neither the current nor the
/// pre-schema-10 number of fields.
struct PayloadFields {
    std::vector<std::string> fields;
    bool legacy = false;                      ///< written before schema 10: no extra field
    const std::string& previous_hash() const { return fields.back(); }
    const std::string& extra() const;         ///< empty for a legacy record
};
std::optional<PayloadFields> payload_fields(const storage::JournalRecord&);

inline constexpr std::string_view kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

/// Lowercase hex SHA-256 (libsodium).
std::string sha256_hex(std::string_view text);
/// First 8 hex characters: printed on receipts and Z reports.
std::string short_hash(const std::string& hash);

/// The record that follows `previous` (nullopt: the first record).
storage::JournalRecord make_record(const std::optional<storage::JournalRecord>& previous, const JournalEntry&);
/// Appends the entry after the current head; call inside the transaction that writes the sale.
storage::JournalRecord append_entry(storage::Store&, const JournalEntry&);
/// The latest record of `kind` about `number` on `till_id`, searched from the head backwards.
std::optional<storage::JournalRecord> find_record(storage::Store&, const std::string& kind, const std::string& till_id,
                                                  std::int64_t number);

/// Writes the monthly closure of every month before the month of `now_utc` that has session
/// closures and no monthly closure yet, oldest first; call inside the transaction that closes
/// a session. Returns how many were written. It reads the journal back to the last monthly
/// closure (a month of records; the whole journal the first time).
int append_monthly_closures(storage::Store&, const std::string& now_utc);

/// The latest record of `kind`, searched from the head backwards (the previous closure is one
/// session away, so this reads a few hundred records at most).
std::optional<storage::JournalRecord> last_record_of_kind(storage::Store&, const std::string& kind);
/// The perpetual grand total as it stands: the last closure's, or, when every closure has been
/// archived, the one the latest archive record carries.
core::Money perpetual_grand_total(storage::Store&);
/// The grand total a closure record states (0 for any other record).
core::Money grand_total_of(const storage::JournalRecord&);

/// What the session closures of one UTC month add up to; a monthly closure restates it.
struct MonthSums {
    core::Money value;
    core::Money paid;
    std::map<std::string, std::int64_t> payments;   ///< method code → cents, sorted by code

    /// Adds the closure whose payload fields are `fields`.
    void add_closure(const std::vector<std::string>& fields);
    /// "card:1200;cash:3400", as a monthly closure's payments field states them.
    std::string payments_text() const;
    bool operator==(const MonthSums&) const = default;
};

/// What the chain check carries from one record to the next. A chain whose first records were
/// archived starts from the state its archive record states at the segment's end.
struct ChainState {
    std::int64_t next_sequence = 1;
    std::string previous_hash{kGenesisHash};
    core::Money grand_total;                        ///< the last closure's perpetual grand total
    std::map<std::string, MonthSums> open_months;   ///< "2026-11" → sums, months with no monthly closure yet
    std::string last_closed_month;                  ///< the latest month closed ("" before any)
    bool operator==(const ChainState&) const = default;
};

struct JournalVerification {
    bool ok = true;
    std::int64_t records_checked = 0;
    std::int64_t first_broken_sequence = 0;   ///< 0 when ok
    std::string reason;                       ///< plain French, empty when ok
    ChainState end;                           ///< the state after the last record checked
};

/// Checks a run of records starting at `start` (sequence 1 and 64 zeros by default): gapless
/// sequence, each previous_hash equal to the hash before, the payload restating sequence, kind and
/// previous hash, each hash equal to SHA-256 of the payload, grand totals and monthly sums, and
/// archive records following each other.
JournalVerification verify_records(const std::vector<storage::JournalRecord>&, const ChainState& start = {});
/// The same over the whole stored journal, read page by page. When its first records were
/// archived, the chain starts from the state stated by the archive record that names the
/// segment ending just before the first live record (ok false when none does). `each`, when
/// given, is shown every record, also those after a broken one (the audit reads the journal
/// once for both).
JournalVerification verify_journal(storage::Store&, const std::function<void(const storage::JournalRecord&)>& each = {});

} // namespace cabas::services::till
