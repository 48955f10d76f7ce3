// The journal against someone who edits the database file behind Cabas's back (issue "Trust"):
// each edit of the table below is made with the sqlite3 shell on a copy of a demo database
// (with the copy's key and anchor), and `cabas-cli verify` must exit 1 naming what changed.
// The untouched copy must pass.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>
#include <sodium.h>

#include <filesystem>
#include <functional>
#include <sstream>

using cabas::testing::CliSandbox;
using cabas::testing::demo;
using cabas::testing::sqlite_query;
using cabas::testing::sqlite_write;

namespace {

/// A copy of the shared demo database with its seal (key and anchor) beside it.
std::string copy_of_demo(const CliSandbox& box, const std::string& name) {
    namespace fs = std::filesystem;
    const std::string to = box.path(name);
    sqlite_write(demo().db(), "PRAGMA wal_checkpoint(TRUNCATE)");
    for (const std::string suffix : {"", ".cle", ".ancre"})
        fs::copy_file(demo().db() + suffix, to + suffix, fs::copy_options::overwrite_existing);
    return to;
}

std::string sha256(const std::string& text) {
    REQUIRE(sodium_init() >= 0);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

/// What an attacker with a script does: changes record `from`'s amount paid and recomputes the
/// SHA-256 of it and of every later record, so the chain itself is whole again.
void rewrite_chain_from(const std::string& db, int from) {
    std::istringstream rows(sqlite_query(db, "SELECT sequence || char(9) || payload || char(9) || previous_hash "
                                             "FROM journal WHERE sequence >= " + std::to_string(from) + " ORDER BY sequence"));
    std::string sql = "DROP TRIGGER journal_no_update; ", row, previous;
    while (std::getline(rows, row)) {
        const auto tab1 = row.find('\t'), tab2 = row.rfind('\t');
        const std::string sequence = row.substr(0, tab1);
        std::string payload = row.substr(tab1 + 1, tab2 - tab1 - 1);
        if (previous.empty()) {
            previous = row.substr(tab2 + 1);
            // field 7 is the amount paid: the first record loses one cent
            std::size_t at = 0;
            for (int bars = 0; bars < 7; ++bars) at = payload.find('|', at) + 1;
            const std::size_t end = payload.find('|', at);
            payload.replace(at, end - at, std::to_string(std::stoll(payload.substr(at, end - at)) + 1));
        } else {
            payload = payload.substr(0, payload.rfind('|') + 1) + previous;  // the new previous hash
        }
        const std::string hash = sha256(payload);
        sql += "UPDATE journal SET payload = '" + payload + "', previous_hash = '" +
               payload.substr(payload.rfind('|') + 1) + "', hash = '" + hash + "' WHERE sequence = " + sequence + "; ";
        previous = hash;
    }
    sqlite_write(db, sql);
}

struct Tamper {
    const char* edit;
    std::function<void(const std::string& db)> apply;
    std::function<std::string(const std::string& db)> expected;  ///< a line verify must print
};

std::string sale_name(const std::string& db, const std::string& sale_id) {
    return sqlite_query(db, "SELECT t.till_id || ' n° ' || s.sequence FROM sales s JOIN till_sessions t ON "
                            "t.id = s.session_id WHERE s.id = " + sale_id);
}

const char* k_paid_sale = "(SELECT id FROM sales WHERE total_paid_cents > 0 AND corrects_sale_id IS NULL "
                          "AND id NOT IN (SELECT corrects_sale_id FROM sales WHERE corrects_sale_id IS NOT NULL) "
                          "ORDER BY id LIMIT 1 OFFSET 20)";

} // namespace

TEST_CASE("verify passes on an untouched demo database, its closures signed by this key", "[cli][verify][tamper]") {
    CliSandbox box;
    const std::string db = copy_of_demo(box, "intact.db");
    const auto r = box.run({"--db", db, "verify"}, false);
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Journal intègre") != std::string::npos);
    const int closures = std::stoi(sqlite_query(db, "SELECT COUNT(*) FROM journal WHERE kind IN ('closure', 'monthly_closure')"));
    REQUIRE(closures > 0);
    CHECK(r.out.find(std::to_string(closures) + " clôtures signées vérifiées (" + std::to_string(closures) +
                     " par la clé de ce poste)") != std::string::npos);
    CHECK(std::filesystem::status(db + ".cle").permissions() == (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
}

TEST_CASE("every edit of a sale, a payment, a session or the journal is named by verify", "[cli][verify][tamper]") {
    const auto t = GENERATE(values<Tamper>({
        {"a sale's amount paid, with its payment and its lines",
         [](const std::string& db) {
             sqlite_write(db, std::string("UPDATE sales SET total_paid_cents = total_paid_cents + 100 WHERE id = ") + k_paid_sale +
                                  "; UPDATE payments SET amount_cents = amount_cents + 100 WHERE id = (SELECT MIN(id) FROM "
                                  "payments WHERE sale_id = " + k_paid_sale + ")");
         },
         [](const std::string& db) {
             const std::string id = sqlite_query(db, std::string("SELECT ") + k_paid_sale);
             return "Écart : vente " + sale_name(db, id) + " (enregistrement n° ";
         }},
        {"a whole sale deleted",
         [](const std::string& db) {
             sqlite_write(db, std::string("CREATE TEMP TABLE gone AS SELECT ") + k_paid_sale + " AS id; "
                              "DELETE FROM stock_movements WHERE sale_line_id IN (SELECT id FROM sale_lines WHERE sale_id IN (SELECT id FROM gone)); "
                              "DELETE FROM sale_lines WHERE sale_id IN (SELECT id FROM gone); DELETE FROM payments WHERE sale_id IN (SELECT id FROM gone); "
                              "DELETE FROM receipt_reprints WHERE sale_id IN (SELECT id FROM gone); DELETE FROM sales WHERE id IN (SELECT id FROM gone)");
         },
         [](const std::string&) { return std::string("qu'il certifie n'est plus dans la base"); }},
        {"a payment deleted",
         [](const std::string& db) {
             sqlite_write(db, std::string("DELETE FROM payments WHERE sale_id = ") + k_paid_sale);
         },
         [](const std::string&) { return std::string("nombre de paiements : 0 dans la base, 1 au journal"); }},
        {"the lot of a line changed",
         [](const std::string& db) {
             sqlite_write(db, "UPDATE sale_lines SET lot_id = (SELECT MAX(id) FROM lots) WHERE id = "
                              "(SELECT MIN(id) FROM sale_lines WHERE lot_id IS NOT NULL AND lot_id <> (SELECT MAX(id) FROM lots))");
         },
         [](const std::string&) { return std::string(" : ligne 1 : lot : "); }},
        {"a session's counted cash",
         [](const std::string& db) {
             sqlite_write(db, "UPDATE till_sessions SET counted_cents = counted_cents + 5000 WHERE id = "
                              "(SELECT MIN(id) FROM till_sessions WHERE closed_at IS NOT NULL)");
         },
         [](const std::string&) { return std::string(" : espèces comptées : "); }},
        {"the last journal record deleted",
         [](const std::string& db) {
             sqlite_write(db, "DROP TRIGGER journal_no_delete; DROP TRIGGER signatures_no_delete; DELETE FROM journal_signatures WHERE sequence = "
                              "(SELECT MAX(sequence) FROM journal); DELETE FROM journal WHERE sequence = (SELECT MAX(sequence) FROM journal)");
         },
         [](const std::string& db) {
             return "fin du journal : ce poste a écrit jusqu'à l'enregistrement n° " +
                    std::to_string(std::stoi(sqlite_query(db, "SELECT MAX(sequence) FROM journal")) + 1);
         }},
        {"two records swapped",
         [](const std::string& db) {
             sqlite_write(db, "DROP TRIGGER journal_no_update; DROP TRIGGER journal_gapless; "
                              "UPDATE journal SET sequence = -1 WHERE sequence = 10; UPDATE journal SET sequence = 10 WHERE sequence = 11; "
                              "UPDATE journal SET sequence = 11 WHERE sequence = -1");
         },
         [](const std::string&) { return std::string("Journal ROMPU à l'enregistrement n° 10"); }},
        {"record 100 rewritten with every later SHA-256 recomputed",
         [](const std::string& db) { rewrite_chain_from(db, 100); },
         [](const std::string&) { return std::string(" : signature fausse"); }},
    }));
    CliSandbox box;
    const std::string db = copy_of_demo(box, "tampered.db");
    t.apply(db);
    const std::string expected = t.expected(db);
    const auto r = box.run({"--db", db, "verify"}, false);
    INFO(t.edit << "\n" << r.out << r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.out.find(expected) != std::string::npos);
    CHECK(r.out.find("Journal intègre") == std::string::npos);
}
