// The floor the PostgreSQL store is measured against: the same reads and writes done directly
// through libpq on a connection of its own to the same schema, each statement prepared once
// (PQprepare, PQexecPrepared with text parameters), reads in one REPEATABLE READ READ ONLY
// transaction and each validation one transaction under an advisory lock, as the store does.
// Its sales go to copies of the sale tables in a schema of their own (SCHEMA_ref), so the real
// journal holds only the till's records and `verify` still passes on the benchmark database.
#pragma once

#include "bench/baseline.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace cabas::bench {

class LibpqBaseline final : public Baseline {
public:
    explicit LibpqBaseline(const std::string& uri);
    ~LibpqBaseline() override;
    LibpqBaseline(const LibpqBaseline&) = delete;
    LibpqBaseline& operator=(const LibpqBaseline&) = delete;

    int start_up_reads(core::Date day, int tail) override;
    bool card_check(const std::string& number, core::Date day) override;
    int product_scan(const std::string& barcode) override;
    void validate(const storage::SaleRecord& sale, const std::string& request_id) override;
    std::int64_t month_read(core::Date first, core::Date last) override;
    std::vector<std::string> barcodes() override;

    /// Month and week credit used by each household code, read from the real sales (corrected
    /// sales left out): code → {month cents, week cents}. For the overspending check.
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> credit_used(core::Date day);

    /// The schema of the baseline's copies of the sale tables.
    const std::string& reference_schema() const { return m_reference; }

private:
    /// Runs the prepared statement of `sql` (prepared on first use); throws on failure.
    /// The result is the caller's to PQclear (see Result in the .cpp).
    using Param = std::optional<std::string>;   ///< nullopt: SQL NULL
    pg_result* run(const char* sql, const std::vector<Param>& params);
    void exec(const std::string& sql);
    void open_session();

    pg_conn* m_conn = nullptr;
    std::string m_reference;
    std::string m_lock_sql;
    std::map<const char*, std::string> m_statements;   ///< keyed by the literal's address: prepared once
    std::int64_t m_session_id = 0;
};

} // namespace cabas::bench
