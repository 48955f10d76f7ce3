// cabas-cli household, card, commission and access-log commands on the demo database, with the
// users' PINs: each role gets what it may, a refusal exits 1 without data, and the access log
// ends up showing every step.
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using cabas::testing::CliResult;
using cabas::testing::CliSandbox;
using cabas::testing::demo;
using cabas::testing::sqlite_query;

namespace {

CliResult as(const std::string& login, const std::string& pin, std::vector<std::string> args) {
    args.insert(args.end(), {"--user", login, "--pin", pin});
    return demo().run(args);
}
CliResult as_marie(std::vector<std::string> a) { return as("marie", "1111", std::move(a)); }
CliResult as_paul(std::vector<std::string> a) { return as("paul", "2222", std::move(a)); }
CliResult as_sophie(std::vector<std::string> a) { return as("sophie", "3333", std::move(a)); }
CliResult as_admin(std::vector<std::string> a) { return as("admin", "4444", std::move(a)); }

std::string file_number(int index) {
    return sqlite_query(demo().db(), "SELECT file_number FROM households ORDER BY file_number LIMIT 1 OFFSET " +
                                         std::to_string(index - 1));
}

std::string pdf_text(const std::string& path) {
    std::string out;
    FILE* pipe = ::popen(("pdftotext -layout '" + path + "' - 2>/dev/null").c_str(), "r");
    char buffer[4096];
    std::size_t n = 0;
    while (pipe && (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    if (pipe) ::pclose(pipe);
    return out;
}

std::string trimmed_number(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

} // namespace

TEST_CASE("household commands need a login, and a wrong PIN or a volunteer is refused", "[cli][households]") {
    auto missing = demo().run({"household", "list"});
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("connexion nécessaire") != std::string::npos);
    auto wrong = as("paul", "9999", {"household", "list"});
    CHECK(wrong.exit_code == 1);
    CHECK(wrong.err.find("Identifiant ou code incorrect") != std::string::npos);
    auto volunteer = as_marie({"household", "list"});
    CHECK(volunteer.exit_code == 1);
    CHECK(volunteer.out.empty());
    CHECK(volunteer.err.find("accès refusé : un bénévole") != std::string::npos);
}

TEST_CASE("a manager lists and opens files but gets a refusal, not data, for incomes", "[cli][households]") {
    auto active = as_paul({"household", "list", "--filter", "actifs"});
    INFO(active.err);
    REQUIRE(active.exit_code == 0);
    CHECK(active.out.find("Droits ouverts jusqu'au") != std::string::npos);
    CHECK(active.out.find("foyer(s) — Droits ouverts") != std::string::npos);
    const std::string number = file_number(1);
    auto show = as_paul({"household", "show", number});
    REQUIRE(show.exit_code == 0);
    CHECK(show.out.find("Accès : ") != std::string::npos);
    CHECK(show.out.find("Membres") == std::string::npos);
    CHECK(show.out.find("Éligibilité") == std::string::npos);
    auto incomes = as_paul({"household", "incomes", number});
    CHECK(incomes.exit_code == 1);
    CHECK(incomes.out.empty());
    CHECK(incomes.err.find("accès refusé : un responsable ne peut pas voir le dossier social") != std::string::npos);

    auto sophie = as_sophie({"household", "incomes", number});
    REQUIRE(sophie.exit_code == 0);
    CHECK(sophie.out.find("ressource\t") != std::string::npos);
    auto full = as_sophie({"household", "show", number});
    CHECK(full.out.find("Éligibilité : ") != std::string::npos);
    CHECK(full.out.find("Membres :") != std::string::npos);
}

TEST_CASE("from the commission to a printed card, then renewal, suspension and replacement, all logged",
          "[cli][households]") {
    auto pending = as_sophie({"commission", "list"});
    REQUIRE(pending.exit_code == 0);
    const std::string first_line = pending.out.substr(0, pending.out.find('\n'));
    const std::string number = first_line.substr(0, first_line.find('\t'));
    REQUIRE(number.rfind("D-", 0) == 0);
    CHECK(pending.out.find("en attente de commission") != std::string::npos);

    auto decided = as_sophie({"household", "decide", number, "--decision", "acceptee", "--card"});
    INFO(decided.err);
    REQUIRE(decided.exit_code == 0);
    CHECK(decided.out.find("Décision enregistrée : acceptée, accès du ") != std::string::npos);
    CHECK(decided.out.find(", carte 2") != std::string::npos);

    const std::string pdf = demo().path("commission.pdf");
    REQUIRE(as_sophie({"commission", "pdf", pdf}).exit_code == 0);
    const std::string text = pdf_text(pdf);
    CHECK(text.find("Commission d'attribution") != std::string::npos);
    CHECK(text.find(number) != std::string::npos);

    const std::string cards = demo().path("carte.pdf");
    auto printed = as_paul({"card", "print", number, cards});
    INFO(printed.err);
    REQUIRE(printed.exit_code == 0);
    CHECK(pdf_text(cards).find("Carte d'accès") != std::string::npos);
    CHECK(as_paul({"card", "print", number, cards}).exit_code == 2);  // never overwritten silently

    CHECK(as_paul({"household", "renew", number}).exit_code == 0);
    CHECK(as_paul({"household", "suspend", number, "--reason", "absence prolongée"}).exit_code == 0);
    auto replaced = as_paul({"card", "replace", number, "--reason", "perdue"});
    REQUIRE(replaced.exit_code == 0);
    CHECK(replaced.out.rfind("Nouvelle carte : 2", 0) == 0);
    CHECK(as_paul({"household", "decide", number, "--decision", "refusee", "--reason", "x"}).exit_code == 1);

    const std::string csv = demo().path("journal.csv");
    REQUIRE(as_admin({"access-log", "export", csv}).exit_code == 0);
    std::ifstream in(csv);
    std::stringstream all;
    all << in.rdbuf();
    const std::string log = all.str();
    for (const char* action : {";sophie;decision;", ";sophie;commission_pdf;", ";paul;card_print;", ";paul;renew;",
                               ";paul;suspend;", ";paul;card_replace;", ";paul;denied;", ";admin;export_access_log;"})
        CHECK(log.find(action) != std::string::npos);
    CHECK(as_sophie({"access-log", "list"}).exit_code == 1);
    auto listed = as_admin({"access-log", "list", "--household", number, "--limit", "3"});
    REQUIRE(listed.exit_code == 0);
    CHECK(listed.out.find("\tpaul\tdenied\t") != std::string::npos);
}

TEST_CASE("household export writes everything held about the household, for a social worker only",
          "[cli][households][export]") {
    const std::string number = trimmed_number(
        sqlite_query(demo().db(), "SELECT h.file_number FROM households h JOIN sales s ON s.household_code = h.sales_code "
                                  "GROUP BY h.id ORDER BY COUNT(*) DESC LIMIT 1"));
    const std::string visits = trimmed_number(sqlite_query(
        demo().db(), "SELECT COUNT(*) FROM sales s JOIN households h ON h.sales_code = s.household_code WHERE "
                     "h.file_number = '" + number + "' AND EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id) "
                     "AND NOT EXISTS (SELECT 1 FROM sales c WHERE c.corrects_sale_id = s.id)"));
    const std::string pdf = demo().path("donnees-" + number + ".pdf");
    auto refused = as_paul({"household", "export", number, "--out", pdf});
    CHECK(refused.exit_code == 1);
    CHECK_FALSE(std::ifstream(pdf).good());

    auto r = as_sophie({"household", "export", number, "--out", pdf});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("(" + visits + " passages") != std::string::npos);
    const std::string text = pdf_text(pdf);
    CHECK(text.find("Vos données à l'épicerie") != std::string::npos);
    CHECK(text.find(number) != std::string::npos);
    CHECK(text.find("Total : " + visits + " passage(s)") != std::string::npos);
    CHECK(as_sophie({"household", "export", number, "--out", pdf}).exit_code == 2);  // never overwrites silently
    CHECK(as_sophie({"household", "export", number, "--out", pdf, "--force"}).exit_code == 0);
    const std::string exports = sqlite_query(
        demo().db(), "SELECT COUNT(*) FROM access_log a JOIN households h ON h.id = a.household_id WHERE a.action = "
                     "'export_file' AND a.user_login = 'sophie' AND h.file_number = '" + number + "'");
    CHECK(trimmed_number(exports) == "2");
}
