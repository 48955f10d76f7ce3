// The copies are made with CREATE TABLE ... (LIKE ... INCLUDING ALL), which brings columns,
// defaults, identity, checks and indexes but not foreign keys nor triggers: those are added here
// as the migrations declare them, pointing at the copies or, for products and lots, the real rows.
#include "bench/libpq_reference_tables.hpp"

#include <libpq-fe.h>

#include <stdexcept>

namespace cabas::bench {

namespace {

std::string script(const std::string& s, const std::string& r) {
    const auto like = [&](const std::string& table, const std::string& keys) {
        return "CREATE TABLE " + r + "." + table + " (LIKE " + s + "." + table + " INCLUDING ALL" + keys + ");\n";
    };
    return "CREATE SCHEMA " + r + ";\n" + like("till_sessions", "") +
           like("sales", ", FOREIGN KEY (session_id) REFERENCES " + r + ".till_sessions (id), FOREIGN KEY "
                "(corrects_sale_id) REFERENCES " + r + ".sales (id)") +
           like("sale_lines", ", FOREIGN KEY (sale_id) REFERENCES " + r + ".sales (id), FOREIGN KEY (product_id) "
                "REFERENCES " + s + ".products (id), FOREIGN KEY (lot_id) REFERENCES " + s + ".lots (id)") +
           like("payments", ", FOREIGN KEY (sale_id) REFERENCES " + r + ".sales (id)") +
           like("stock_movements", ", FOREIGN KEY (lot_id) REFERENCES " + s + ".lots (id), FOREIGN KEY (sale_line_id) "
                "REFERENCES " + r + ".sale_lines (id)") +
           like("journal", "") +
           // The real journal's gapless check, on the copy (its function names the table it reads).
           "CREATE FUNCTION " + r + ".journal_gapless() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
           "    IF NEW.sequence IS DISTINCT FROM (SELECT COALESCE(MAX(sequence), 0) + 1 FROM " + r + ".journal) THEN\n"
           "        RAISE EXCEPTION 'journal: sequence must follow the last record without a gap'\n"
           "            USING ERRCODE = 'integrity_constraint_violation';\n    END IF;\n    RETURN NEW;\nEND $$;\n"
           "CREATE TRIGGER journal_gapless BEFORE INSERT ON " + r + ".journal FOR EACH ROW EXECUTE FUNCTION " + r +
           ".journal_gapless();\n";
}

} // namespace

void create_reference_tables(pg_conn* connection, const std::string& schema, const std::string& reference) {
    const std::string exists = "SELECT 1 FROM pg_namespace WHERE nspname = '" + reference + "'";
    PGresult* found = PQexec(connection, exists.c_str());
    const bool there = PQresultStatus(found) == PGRES_TUPLES_OK && PQntuples(found) > 0;
    PQclear(found);
    if (there) return;
    const std::string sql = "BEGIN;\n" + script(schema, reference) + "COMMIT;";
    PGresult* r = PQexec(connection, sql.c_str());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) {
        const std::string message = PQerrorMessage(connection);
        PQclear(PQexec(connection, "ROLLBACK"));
        throw std::runtime_error("tables de référence (PostgreSQL) : " + message);
    }
}

} // namespace cabas::bench
