// The floor the till is measured against: the same reads and writes done directly through the
// SQLite C API, on its own connection to the same file, with the same PRAGMAs (WAL,
// synchronous=FULL, foreign keys, secure_delete) and statements prepared once. Its sales go to
// copies of the sale tables (bench_*), so the real journal holds only the till's records. It reads what
// the till needs once and parses nothing, so the ratio to it is what the layers above cost.
#pragma once

#include "bench/baseline.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cabas::bench {

/// See baseline.hpp for what each call reads or writes; validate() is one BEGIN IMMEDIATE ...
/// COMMIT on this connection's session, into the bench_* tables.
class SqliteBaseline final : public Baseline {
public:
    explicit SqliteBaseline(const std::string& path);
    ~SqliteBaseline() override;
    SqliteBaseline(const SqliteBaseline&) = delete;
    SqliteBaseline& operator=(const SqliteBaseline&) = delete;

    int start_up_reads(core::Date day, int tail) override;
    bool card_check(const std::string& number, core::Date day) override;
    int product_scan(const std::string& barcode) override;
    void validate(const storage::SaleRecord& sale, const std::string& request_id) override;
    std::int64_t month_read(core::Date first, core::Date last) override;
    std::vector<std::string> barcodes() override;

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
