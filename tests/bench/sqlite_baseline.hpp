// The floor the till is measured against: the same reads and writes done directly through the
// SQLite C API, on its own connection to the same file, with the same PRAGMAs (WAL,
// synchronous=FULL, foreign keys, secure_delete) and statements prepared once. Its sales go to
// copies of the sale tables (bench_*), so the real journal holds only the till's records. It reads what
// the till needs once and parses nothing, so the ratio to it is what the layers above cost.
#pragma once

#include "core/date.hpp"
#include "storage/sale_repository.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cabas::bench {

class SqliteBaseline {
public:
    explicit SqliteBaseline(const std::string& path);
    ~SqliteBaseline();
    SqliteBaseline(const SqliteBaseline&) = delete;
    SqliteBaseline& operator=(const SqliteBaseline&) = delete;

    /// Start-up: the settings the till reads, the barème in force, the journal's last
    /// `tail` records re-hashed. Returns the number of records checked.
    int start_up_reads(core::Date day, int tail);
    /// Card → card row, household row with members, resources and charges, access periods with
    /// suspensions, barème of the day, usage of the month and week, quantities taken this month
    /// by product and category. Returns true when the card exists.
    bool card_check(const std::string& number, core::Date day);
    /// Barcode → product with its barcodes, its lots with what remains (FEFO order), its
    /// category. Returns the number of lots read.
    int product_scan(const std::string& barcode);
    /// Writes `sale` (the rows the till stored for one validation: sale, lines, stock movements,
    /// payments, journal record) in one BEGIN IMMEDIATE ... COMMIT on this connection's session,
    /// into the bench_* tables.
    void validate(const storage::SaleRecord& sale, const std::string& request_id);
    /// Every sale of the days [first, last] with its lines, through the sales-by-date index:
    /// the least any report of that period must read. Returns the number of sales (visits).
    std::int64_t month_read(core::Date first, core::Date last);
    /// One barcode per product, in product order (for the memory child).
    std::vector<std::string> barcodes();

private:
    sqlite3_stmt* statement(const char* sql);
    void exec(const char* sql);
    void open_session();

    sqlite3* m_db = nullptr;
    std::map<const char*, sqlite3_stmt*> m_statements;   ///< keyed by the literal's address: prepared once
    std::int64_t m_session_id = 0;
};

/// Peak resident memory of this process (VmHWM of /proc/self/status), in MiB.
double peak_rss_mib();

} // namespace cabas::bench
