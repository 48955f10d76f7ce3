// The floor each timed operation is compared with: the same SQL work done directly through the
// engine's C library (sqlite_baseline for SQLite, libpq_baseline for PostgreSQL), with no
// object built and nothing parsed. The measuring code only sees this interface.
#pragma once

#include "core/date.hpp"
#include "storage/sale_repository.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace cabas::bench {

class Baseline {
public:
    virtual ~Baseline() = default;

    /// Start-up: the settings the till reads, the barème in force, the journal's last
    /// `tail` records re-hashed. Returns the number of records checked.
    virtual int start_up_reads(core::Date day, int tail) = 0;
    /// Card → card row, household row with members, resources and charges, access periods with
    /// suspensions, barème of the day, usage of the month and week, quantities taken this month
    /// by product and category. Returns true when the card exists.
    virtual bool card_check(const std::string& number, core::Date day) = 0;
    /// Barcode → product with its barcodes, its lots with what remains (FEFO order), its
    /// category. Returns the number of lots read.
    virtual int product_scan(const std::string& barcode) = 0;
    /// Writes `sale` (the rows the till stored for one validation: sale, lines, stock movements,
    /// payments, journal record) in one durable write transaction into the baseline's own copies
    /// of the sale tables, never the real journal.
    virtual void validate(const storage::SaleRecord& sale, const std::string& request_id) = 0;
    /// Every sale of the days [first, last] with its lines, through the sales-by-date index:
    /// the least any report of that period must read. Returns the number of sales (visits).
    virtual std::int64_t month_read(core::Date first, core::Date last) = 0;
    /// One barcode per product, in product order (for the memory child).
    virtual std::vector<std::string> barcodes() = 0;
};

/// The baseline of the database at `location`: libpq for a postgresql:// URI, else SQLite.
std::unique_ptr<Baseline> open_baseline(const std::string& location);

/// "SQLite" or "libpq": the name of the baseline's column in the tables.
const char* baseline_name(const std::string& location);

/// The baseline's journal record of a sale: its number, the sale's id, household and time, each
/// line's product, quantity, value and price, and the previous record's hash.
std::string journal_payload(std::int64_t sequence, std::int64_t sale_id, const storage::SaleRecord& sale,
                            const std::string& previous_hash);

/// SHA-256 of `text` in lower-case hex (libsodium), as the journal stores it.
std::string hex_sha256(const std::string& text);

} // namespace cabas::bench
