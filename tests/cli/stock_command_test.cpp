// cabas-cli stock and products on the demo database: manager-only, a delivery note received
// all or nothing, lot traceability, a loss, the FSE+/BA trace, the stock PDF and the export.
#include "cli_runner.hpp"
#include "cli_test_dates.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using cabas::testing::CliSandbox;
using cabas::testing::local_date;
using cabas::testing::sqlite_query;

namespace {

const std::vector<std::string> kPaul = {"--user", "paul", "--pin", "2222"};

std::vector<std::string> as_paul(std::vector<std::string> args) {
    args.insert(args.end(), kPaul.begin(), kPaul.end());
    return args;
}

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

int lot_count(const CliSandbox& box) { return std::stoi(sqlite_query(box.db(), "SELECT COUNT(*) FROM lots")); }

std::string command_output(const std::string& command) {
    std::string out;
    if (FILE* p = popen(command.c_str(), "r")) {
        char buf[4096];
        std::size_t n;
        while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
        pclose(p);
    }
    return out;
}

} // namespace

TEST_CASE("stock commands need a manager's login and PIN", "[cli][stock]") {
    CliSandbox box;
    REQUIRE(box.run({"init", "--demo"}).exit_code == 0);
    CHECK(box.run({"stock", "alerts"}).exit_code == 1);
    const auto volunteer = box.run({"stock", "alerts", "--user", "marie", "--pin", "1111"});
    CHECK(volunteer.exit_code == 1);
    CHECK(volunteer.err.find("un bénévole ne peut pas gérer les produits et le stock") != std::string::npos);
    CHECK(box.run({"stock", "alerts", "--user", "paul", "--pin", "9999"}).exit_code == 1);
    const auto alerts = box.run(as_paul({"stock", "alerts", "--days", "10"}));
    INFO(alerts.err);
    CHECK(alerts.exit_code == 0);
    CHECK(alerts.out.find("Stock bas (") != std::string::npos);
    CHECK(alerts.out.find("Péremption d'ici 10 jours (") != std::string::npos);
    CHECK(box.run(as_paul({"stock", "nonsense"})).exit_code == 2);
    REQUIRE(box.run(as_paul({"stock", "alerts", "--days", "3", "--save"})).exit_code == 0);
    CHECK(box.run(as_paul({"stock", "alerts"})).out.find("Péremption d'ici 3 jours (") != std::string::npos);
    CHECK(box.run(as_paul({"stock", "alerts", "--save"})).exit_code == 2);
}

TEST_CASE("a food-bank delivery note is received all or nothing, then traced, lost from and reported", "[cli][stock]") {
    CliSandbox box;
    REQUIRE(box.run({"init", "--demo"}).exit_code == 0);
    const std::string codes = sqlite_query(
        box.db(), "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id WHERE p.unit = 'piece' "
                  "ORDER BY b.code LIMIT 2");
    std::istringstream lines(codes);
    std::string first, second;
    std::getline(lines, first);
    std::getline(lines, second);
    REQUIRE(!second.empty());
    const std::string in_ten_days = local_date(0, -10);
    const int lots_before = lot_count(box);

    box.write("bl.csv", "code_barres;lot;quantite;date_limite;type_date\n" + first + ";BA-LOT-1;24;" + in_ten_days +
                            ";DLC\n" + second + ";;0;" + in_ten_days + ";\n3000000000005;X;1;;\n");
    auto bad = box.run(as_paul({"stock", "receive", box.path("bl.csv"), "--origin", "banque_alimentaire",
                                "--reference", "BA-118"}));
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("bl.csv:3: quantite") != std::string::npos);
    CHECK(bad.err.find("bl.csv:3: type_date") != std::string::npos);
    CHECK(bad.err.find("bl.csv:4: code_barres: code-barres 3000000000005 inconnu") != std::string::npos);
    CHECK(bad.err.find("rien n'a été enregistré") != std::string::npos);
    CHECK(lot_count(box) == lots_before);

    // Lot codes are required for the food bank: line 3 has none.
    box.write("bl.csv", "code_barres;lot;quantite;date_limite;type_date\n" + first + ";BA-LOT-1;24;" + in_ten_days +
                            ";DLC\n" + second + ";;6;" + in_ten_days + ";DDM\n");
    bad = box.run(as_paul({"stock", "receive", box.path("bl.csv"), "--origin", "ba"}));
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("bl.csv: ligne 3 : lot : numéro de lot obligatoire pour Banque Alimentaire") != std::string::npos);
    CHECK(lot_count(box) == lots_before);

    box.write("bl.csv", "code_barres;lot;quantite;date_limite;type_date\n" + first + ";BA-LOT-1;24;" + in_ten_days +
                            ";DLC\n" + second + ";BA-LOT-2;6;" + in_ten_days + ";DDM\n");
    const auto good = box.run(as_paul({"stock", "receive", box.path("bl.csv"), "--origin", "banque_alimentaire",
                                       "--supplier", "BA du Rhône", "--reference", "BA-118"}));
    INFO(good.err);
    REQUIRE(good.exit_code == 0);
    CHECK(good.out.find("2 lot(s), Banque Alimentaire, bon BA-118") != std::string::npos);
    CHECK(lot_count(box) == lots_before + 2);

    const auto loss = box.run(as_paul({"stock", "loss", "BA-LOT-1", "2", "--reason", "casse"}));
    INFO(loss.err);
    CHECK(loss.exit_code == 0);
    CHECK(loss.out.find("Perte enregistrée (Cassé) : 2 de ") != std::string::npos);
    CHECK(loss.out.find("reste 22") != std::string::npos);
    CHECK(box.run(as_paul({"stock", "loss", "BA-LOT-1", "99", "--reason", "casse"})).exit_code == 2);
    CHECK(box.run(as_paul({"stock", "loss", "BA-LOT-1", "1", "--reason", "vol"})).exit_code == 2);

    const auto lot = box.run(as_paul({"stock", "lot", "BA-LOT-1"}));
    INFO(lot.err);
    CHECK(lot.exit_code == 0);
    CHECK(lot.out.find("Réception : Banque Alimentaire, BA du Rhône, bon BA-118") != std::string::npos);
    CHECK(lot.out.find("perte : casse (paul)") != std::string::npos);
    CHECK(lot.out.find("Reçu 24, distribué 0, perdu 2, ajusté 0, reste 22") != std::string::npos);

    const auto trace = box.run(as_paul({"stock", "trace", "--from", local_date(0, 120), "--to", local_date()}));
    INFO(trace.err);
    CHECK(trace.exit_code == 0);
    CHECK(trace.out.find("\nFSE+ : ") != std::string::npos);
    CHECK(trace.out.find("\nBanque Alimentaire : ") != std::string::npos);
    CHECK(trace.out.find("BA-LOT-1") != std::string::npos);

    const std::string pdf = box.path("stock.pdf");
    const auto report = box.run(as_paul({"stock", "report", "--month", local_date().substr(0, 7), "--out", pdf}));
    INFO(report.err);
    REQUIRE(report.exit_code == 0);
    const std::string text = command_output("pdftotext -layout '" + pdf + "' -");
    CHECK(text.find("Rapport de stock") != std::string::npos);
    CHECK(text.find("Stock par origine") != std::string::npos);
    CHECK(text.find("Banque Alimentaire") != std::string::npos);
    CHECK(box.run(as_paul({"stock", "report", "--month", local_date().substr(0, 7), "--out", pdf})).exit_code == 2);
    CHECK(box.run(as_paul({"stock", "report", "--month", "2026-13", "--out", box.path("x.pdf")})).exit_code == 2);
}

TEST_CASE("products export writes the catalogue in the import format", "[cli][stock]") {
    CliSandbox box;
    REQUIRE(box.run({"init", "--demo"}).exit_code == 0);
    const auto r = box.run(as_paul({"products", "export", box.path("produits.csv")}));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::ifstream in(box.path("produits.csv"));
    std::string header;
    std::getline(in, header);
    CHECK(header == "nom;categorie;categorie_libelle;valeur;unite;codes_barres;toujours_gratuit;limite_passage;"
                    "limite_mois;seuil_alerte;poids_net_g");
    int rows = 0;
    for (std::string line; std::getline(in, line);) ++rows;
    CHECK(rows == std::stoi(trimmed(sqlite_query(box.db(), "SELECT COUNT(*) FROM products"))));
    CHECK(box.run(as_paul({"products", "export", box.path("produits.csv")})).exit_code == 2);

    CliSandbox other;
    REQUIRE(other.run({"init"}).exit_code == 0);
    REQUIRE(other.run({"user", "add", "claire", "--name", "Claire", "--role", "admin", "--new-pin", "9876"}).exit_code == 0);
    const auto back =
        other.run({"import", "products", box.path("produits.csv"), "--user", "claire", "--pin", "9876"});
    INFO(back.err);
    CHECK(back.exit_code == 0);
}
