// The libpq baseline's own copies of the tables a sale writes (till_sessions, sales, sale_lines,
// payments, stock_movements, journal), in a schema of their own beside the Cabas schema: same
// columns, defaults, checks, indexes, foreign keys and the journal's gapless trigger, so the
// baseline's writes cost what the till's cost without ever entering the real journal. They are
// not in the Cabas schema, whose tables are Cabas's alone (the store checks it at open).
#pragma once

#include <string>

struct pg_conn;

namespace cabas::bench {

/// Creates `reference` with the copies of `schema`'s sale tables when it does not exist yet.
/// The trigger that writes to a table the baseline does not copy (the lots' "empty" flag) is
/// left out, as for SQLite: it would change real rows.
void create_reference_tables(pg_conn* connection, const std::string& schema, const std::string& reference);

} // namespace cabas::bench
