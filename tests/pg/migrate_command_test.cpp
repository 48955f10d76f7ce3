// `cabas-cli migrate` against the throwaway PostgreSQL server: the demo épicerie moved whole
// (verify on both sides, the same monthly report models month by month, the same rows), a
// server database that already holds an épicerie refused and untouched, a failure or a killed
// process in the middle leaving nothing, and the first sale on the server continuing the chain.
#include "pg/migrate_support.hpp"
#include "services/card_check_service.hpp"
#include "services/clock.hpp"
#include "services/reports/monthly_report.hpp"
#include "services/till/journal.hpp"
#include "services/till/till_service.hpp"
#include "storage/postgres_store.hpp"
#include "storage/server_copy.hpp"
#include "support/child_process.hpp"
#include "support/test_database.hpp"
#include "support/test_login.hpp"

#include <catch2/catch.hpp>

#include <signal.h>

#include <chrono>
#include <map>
#include <sstream>
#include <thread>

namespace {

using namespace cabas;
using namespace cabas::testing::migrate_support;
using testing::CliSandbox;
using testing::sqlite_query;

const std::vector<std::string> kTables = {
    "baremes", "settings", "referrers", "households", "members", "resources", "charges", "commission_decisions",
    "access_periods", "suspensions", "cards", "users", "login_failures", "categories", "products", "barcodes",
    "receptions", "lots", "till_sessions", "sales", "sale_lines", "payments", "stock_movements", "receipt_reprints",
    "inventory_sessions", "inventory_counts", "journal_archives", "journal", "journal_signatures", "journal_signing",
    "access_log"};

/// Every table as the migrations leave it: empty but for journal_signing's one row.
void check_empty(const std::string& uri) {
    for (const auto& table : kTables) {
        INFO(table);
        CHECK(server_count(uri, "SELECT COUNT(*) FROM " + table) == (table == "journal_signing" ? 1 : 0));
    }
}

std::vector<std::string> months_with_sales(const std::string& db) {
    std::istringstream lines(sqlite_query(db, "SELECT DISTINCT substr(sold_at, 1, 7) FROM sales ORDER BY 1"));
    std::vector<std::string> months;
    for (std::string m; std::getline(lines, m);) months.push_back(m);
    return months;
}

} // namespace

TEST_CASE("the demo épicerie migrated to the server verifies on both sides with the same rows and monthly reports",
          "[postgres][migrate]") {
    const CliSandbox& demo = testing::demo();
    // A copy: the migrated file records the move, and the shared demo file must stay unmoved.
    const std::string source = demo_copy(demo, "demo-migre.db");
    std::map<std::string, long long> rows, id_sums;
    for (const auto& table : kTables) rows[table] = std::stoll(sqlite_query(source, "SELECT COUNT(*) FROM " + table));
    const std::vector<std::string> id_tables = {"households", "cards", "lots", "sales", "sale_lines", "stock_movements",
                                                "access_log"};
    for (const auto& table : id_tables)
        id_sums[table] = std::stoll(sqlite_query(source, "SELECT COALESCE(SUM(id), 0) FROM " + table));
    test_support::FreshDatabase target("cabas-migrate");
    const auto r = migrate(demo, source, target.location());
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("Épicerie copiée") != std::string::npos);

    const auto verify_file = demo.run({"--db", source, "verify"}, false);
    CHECK(verify_file.exit_code == 0);
    const auto verify_server = demo.run({"--db", target.location(), "verify"}, false);
    INFO(verify_server.out << verify_server.err);
    CHECK(verify_server.exit_code == 0);
    CHECK(verify_server.out.find("Journal intègre") != std::string::npos);
    CHECK(verify_server.out.find("pas d'ancre") == std::string::npos);

    for (const auto& table : kTables) {
        INFO(table);
        CHECK(server_count(target.location(), "SELECT COUNT(*) FROM " + table) == rows[table]);
    }
    // Ids kept: the same sum of ids in the tables other rows point at.
    for (const auto& table : id_tables) {
        INFO(table);
        CHECK(server_count(target.location(), "SELECT COALESCE(SUM(id), 0) FROM " + table) == id_sums[table]);
    }
    auto file = storage::open_store(source, storage::OpenMode::ExistingOnly);
    auto server = storage::open_store(target.location(), storage::OpenMode::ExistingOnly);
    const auto file_head = file->journal().head();
    const auto server_head = server->journal().head();
    REQUIRE(file_head);
    REQUIRE(server_head);
    CHECK(server_head->sequence == file_head->sequence);
    CHECK(server_head->hash == file_head->hash);
    CHECK(services::till::verify_journal(*server).ok);

    // The PIN hashes came across: the administrator logs in on the server with the same PIN.
    const auto on_file = testing::log_in_now(*file, "admin", "4444");
    const auto on_server = testing::log_in_now(*server, "admin", "4444");
    REQUIRE(on_file);
    REQUIRE(on_server);
    const auto months = months_with_sales(source);
    REQUIRE(months.size() >= 3);
    int visits = 0;
    for (const auto& month : months) {
        INFO(month);
        services::ReportOptions internal;
        internal.internal = true;
        const auto expected = services::build_monthly_report(*file, *on_file, reports::Month::parse(month), internal);
        const auto copied = services::build_monthly_report(*server, *on_server, reports::Month::parse(month), internal);
        CHECK(copied.current.visits == expected.current.visits);
        CHECK(copied.current.value == expected.current.value);
        CHECK(copied == expected);
        visits += expected.current.visits;
    }
    CHECK(visits > 0);
}

TEST_CASE("a server database that already holds an épicerie is refused and left as it was", "[postgres][migrate]") {
    CliSandbox box;
    const std::string source = demo_copy(box, "source.db");
    test_support::FreshDatabase target("cabas-migrate");
    REQUIRE(migrate(box, source, target.location()).exit_code == 0);
    const long long sales = server_count(target.location(), "SELECT COUNT(*) FROM sales");
    const long long records = server_count(target.location(), "SELECT MAX(sequence) FROM journal");
    REQUIRE(sales > 0);

    const auto again = migrate(box, source, target.location());
    CHECK(again.exit_code == 2);
    CHECK(again.err.find("contient déjà une épicerie") != std::string::npos);
    CHECK(again.err.find("sales (" + std::to_string(sales) + ")") != std::string::npos);
    CHECK(server_count(target.location(), "SELECT COUNT(*) FROM sales") == sales);
    CHECK(server_count(target.location(), "SELECT MAX(sequence) FROM journal") == records);
    CHECK(box.run({"--db", target.location(), "verify"}, false).exit_code == 0);
}

TEST_CASE("a value the server refuses in the last table copied leaves the server database empty",
          "[postgres][migrate]") {
    CliSandbox box;
    const std::string source = demo_copy(box, "source.db");
    // SQLite takes any text for a timestamp; the server's utc_timestamp domain does not. The
    // access log is copied last: every other table is already in when the copy fails.
    testing::sqlite_write(source, "INSERT INTO access_log (at, user_login, action) VALUES ('hier soir', 'x', 'essai')");
    test_support::FreshDatabase target("cabas-migrate");
    const auto r = migrate(box, source, target.location());
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("utc_timestamp") != std::string::npos);
    check_empty(target.location());
    // Nothing was left half done: the same target takes the copy once the value is put right.
    testing::sqlite_write(source, "DROP TRIGGER access_log_no_delete; DELETE FROM access_log WHERE at = 'hier soir'");
    CHECK(migrate(box, source, target.location()).exit_code == 0);
    CHECK(box.run({"--db", target.location(), "verify"}, false).exit_code == 0);
}

TEST_CASE("a date the file holds in another form is refused by name, not guessed", "[postgres][migrate]") {
    CliSandbox box;
    const std::string source = demo_copy(box, "source.db");
    testing::sqlite_write(source, "UPDATE households SET last_contact_on = '03/12/2026' WHERE id = 2");
    test_support::FreshDatabase target("cabas-migrate");
    const auto r = migrate(box, source, target.location());
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("households.last_contact_on (ligne 2, date) : date « 03/12/2026 » (AAAA-MM-JJ attendu)") !=
          std::string::npos);
    check_empty(target.location());
}

TEST_CASE("a copy killed in the middle leaves the server database empty", "[postgres][migrate]") {
    CliSandbox box;
    const std::string source = demo_copy(box, "source.db");
    test_support::FreshDatabase target("cabas-migrate");
    // The schema first (migrated by a first open), so that the watch below can name its tables.
    storage::open_store(target.location(), storage::PinHashCost::minimum());
    const std::string tables_written =
        "SELECT COUNT(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON "
        "n.oid = c.relnamespace WHERE n.nspname = '" + target.schema() + "' AND l.mode = 'RowExclusiveLock' "
        "AND c.relkind = 'r'";
    testing::ChildProcess cli({CABAS_CLI_PATH, "migrate", source, target.location(), "--user", "admin", "--pin", "4444"},
                              box.path("migrate.err"), {"HOME=" + box.dir(), "XDG_DATA_HOME=" + box.dir() + "/data"});
    // Killed once the copy has written into several tables, before it commits.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    long long written = 0;
    while (std::chrono::steady_clock::now() < deadline && (written = server_count(target.location(), tables_written)) < 10)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE(written >= 10);
    cli.kill(SIGKILL);
    CHECK(cli.wait() == 128 + SIGKILL);
    // The server ends the dead client's transaction when it sees the socket close.
    while (std::chrono::steady_clock::now() < deadline && server_count(target.location(), tables_written) > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    check_empty(target.location());
    CHECK(migrate(box, source, target.location()).exit_code == 0);
}

namespace {

/// One basket on `store`: the first green card, and piece products until a line is accepted.
services::till::ValidationResult sell_one_basket(storage::Store& store, const std::string& request_id) {
    const services::SystemClock clock;
    const services::LoggedUser volunteer{0, "marie", "Marie", core::Role::Volunteer};
    services::till::TillService till(store, clock, "caisse-serveur", volunteer);
    if (!till.current_session()) till.open_session(core::Money::from_euros(20));
    for (const auto& h : store.households().list()) {
        const auto card = store.cards().active_card_of(h.id);
        if (!card || !services::check_card(store, volunteer, card->number, clock.today()).result.green()) continue;
        if (!till.scan(card->number).accepted) continue;
        for (const auto& p : store.catalogue().products())
            if (p.unit == core::SaleUnit::Piece && !p.barcodes.empty() && till.scan(p.barcodes.front()).accepted) break;
        if (till.lines().empty()) {
            till.cancel_sale();
            continue;
        }
        return till.validate({{core::PaymentMethod::Cash, till.amount_due()}}, request_id);
    }
    FAIL("no green card could buy anything");
    return {};
}

} // namespace

TEST_CASE("a sale on the server after the migration continues the journal's chain and the ids", "[postgres][migrate]") {
    CliSandbox box;
    const std::string source = demo_copy(box, "source.db");
    {
        // A session left open on the file: the server's till carries on with it.
        auto file = storage::open_store(source, storage::PinHashCost::minimum(), storage::OpenMode::ExistingOnly);
        REQUIRE(sell_one_basket(*file, "avant-migration").sequence == 1);
    }
    test_support::FreshDatabase target("cabas-migrate");
    // A manager may not move the épicerie; the refusal goes to the file's access log, copied too.
    const auto refused = box.run({"migrate", source, target.location(), "--user", "paul", "--pin", "2222"}, false);
    CHECK(refused.exit_code == 1);
    REQUIRE(migrate(box, source, target.location()).exit_code == 0);
    // The file's own note of the move is written after the copy: the server never holds it.
    const long long logged = std::stoll(sqlite_query(source, "SELECT COUNT(*) FROM access_log WHERE action <> 'migrate'"));
    CHECK(logged > 0);
    CHECK(server_count(target.location(), "SELECT COUNT(*) FROM access_log") == logged);
    CHECK(server_count(target.location(), "SELECT COUNT(*) FROM access_log WHERE user_login = 'paul'") ==
          std::stoll(sqlite_query(source, "SELECT COUNT(*) FROM access_log WHERE user_login = 'paul'")));
    const long long last_sale = std::stoll(sqlite_query(source, "SELECT MAX(id) FROM sales"));
    const long long last_session = std::stoll(sqlite_query(source, "SELECT MAX(id) FROM till_sessions"));
    const long long last_record = std::stoll(sqlite_query(source, "SELECT MAX(sequence) FROM journal"));
    const std::string head_hash = sqlite_query(source, "SELECT hash FROM journal ORDER BY sequence DESC LIMIT 1");

    auto server = storage::open_store(target.location(), storage::PinHashCost::minimum(), storage::OpenMode::ExistingOnly);
    const auto sale = sell_one_basket(*server, "apres-migration");
    INFO(sale.message);
    REQUIRE(sale.recorded);
    CHECK(sale.sale_id == last_sale + 1);
    CHECK(sale.sequence == 2);  // the second sale of the session opened on the file
    auto& db = dynamic_cast<storage::PgStore&>(*server).database();
    CHECK(db.query_int("SELECT MAX(id) FROM till_sessions") == last_session);
    CHECK(db.query_text("SELECT previous_hash FROM journal WHERE sequence = " + std::to_string(last_record + 1)) ==
          head_hash);
    CHECK(db.query_int("SELECT MAX(sequence) FROM journal") > last_record);
    CHECK(services::till::verify_journal(*server).ok);
    CHECK(box.run({"--db", target.location(), "verify"}, false).exit_code == 0);
}

TEST_CASE("an épicerie whose older sales were archived moves with its archive record and still joins its archive",
          "[postgres][migrate]") {
    CliSandbox box;
    const std::string source = demo_copy(box, "source.db");
    const std::string until = sqlite_query(source, "SELECT substr(closed_at, 1, 10) FROM till_sessions WHERE closed_at "
                                                   "IS NOT NULL ORDER BY closed_at LIMIT 1 OFFSET 10");
    const std::string later = sqlite_query(source, "SELECT date('now', '+8 years')");
    const auto archived = box.run({"--db", source, "archive", "--out", box.path("archive.jsonl"), "--until", until, "--on",
                                   later, "--user", "admin", "--pin", "4444"},
                                  false);
    INFO(archived.out << archived.err);
    REQUIRE(archived.exit_code == 0);
    const long long first_live = std::stoll(sqlite_query(source, "SELECT MIN(sequence) FROM journal"));
    REQUIRE(first_live > 1);

    test_support::FreshDatabase target("cabas-migrate");
    const auto r = migrate(box, source, target.location());
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(server_count(target.location(), "SELECT MIN(sequence) FROM journal") == first_live);
    CHECK(server_count(target.location(), "SELECT COUNT(*) FROM journal_archives") == 1);
    // The gapless guard is back on: verify's integrity check names a disabled trigger.
    const auto joined = box.run({"--db", target.location(), "verify", "--with-archive", box.path("archive.jsonl")}, false);
    INFO(joined.out << joined.err);
    CHECK(joined.exit_code == 0);
    CHECK(joined.out.find("se raccorde exactement") != std::string::npos);
}

TEST_CASE("a file whose journal does not verify is refused before anything is written", "[postgres][migrate]") {
    CliSandbox box;
    const std::string source = demo_copy(box, "source.db");
    testing::sqlite_write(source, "DROP TRIGGER journal_no_update; UPDATE journal SET payload = payload || ' ' WHERE sequence = 7");
    test_support::FreshDatabase target("cabas-migrate");
    const auto r = migrate(box, source, target.location());
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("journal du fichier est rompu à l'enregistrement n° 7") != std::string::npos);
    // Not even the Cabas tables were created in the schema.
    CHECK_THROWS_AS(server_count(target.location(), "SELECT COUNT(*) FROM sales"), StorageError);
}

TEST_CASE("an épicerie whose every sale was archived verifies, moves to the server and sells on from there",
          "[postgres][migrate]") {
    CliSandbox box;
    const std::string source = demo_copy(box, "source.db");
    const long long last_record = std::stoll(sqlite_query(source, "SELECT MAX(sequence) FROM journal"));
    const long long last_session = std::stoll(sqlite_query(source, "SELECT MAX(id) FROM till_sessions"));
    const std::string later = sqlite_query(source, "SELECT date('now', '+8 years')");
    const auto archived = box.run({"--db", source, "archive", "--out", box.path("tout.jsonl"), "--on", later, "--user",
                                   "admin", "--pin", "4444"},
                                  false);
    INFO(archived.out << archived.err);
    REQUIRE(archived.exit_code == 0);
    REQUIRE(sqlite_query(source, "SELECT COUNT(*) FROM till_sessions") == "0");
    // The archive record follows the archived head instead of starting a journal of its own.
    CHECK(sqlite_query(source, "SELECT MIN(sequence) || ' ' || MAX(sequence) FROM journal") ==
          std::to_string(last_record + 1) + " " + std::to_string(last_record + 1));
    const auto verified = box.run({"--db", source, "verify", "--with-archive", box.path("tout.jsonl")}, false);
    INFO(verified.out << verified.err);
    CHECK(verified.exit_code == 0);
    CHECK(verified.out.find("se raccorde exactement") != std::string::npos);

    test_support::FreshDatabase target("cabas-migrate");
    const auto r = migrate(box, source, target.location());
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(box.run({"--db", target.location(), "verify", "--with-archive", box.path("tout.jsonl")}, false).exit_code == 0);
    auto server = storage::open_store(target.location(), storage::PinHashCost::minimum(), storage::OpenMode::ExistingOnly);
    const auto sale = sell_one_basket(*server, "apres-archive");
    INFO(sale.message);
    REQUIRE(sale.recorded);
    auto& db = dynamic_cast<storage::PgStore&>(*server).database();
    CHECK(db.query_int("SELECT MAX(id) FROM till_sessions") == last_session + 1);
    CHECK(db.query_int("SELECT MIN(sequence) FROM journal") == last_record + 1);
    CHECK(db.query_int("SELECT MAX(sequence) FROM journal") == last_record + 2);
    CHECK(services::till::verify_journal(*server).ok);
}
