// The raw-SQLite baseline's own copies of the tables a sale writes (till_sessions, sales,
// sale_lines, payments, stock_movements, journal), named bench_*: same columns, constraints,
// indexes and journal triggers as the real ones, read from the file's own schema, so the
// baseline's writes cost what the till's cost without ever entering the real journal (a
// benchmark database must still pass `cabas-cli verify`).
#pragma once

#include <string>

struct sqlite3;

namespace cabas::bench {

/// Creates the bench_* copies when they do not exist yet. Triggers that write to tables the
/// baseline does not copy (the lots' "empty" flag) are left out: they would change real rows.
void create_baseline_tables(sqlite3* db);

} // namespace cabas::bench
