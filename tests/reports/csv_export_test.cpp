// CSV export: separator, BOM, quoting, formula neutralisation, suppression markers, one file per
// table of a real report.
#include "report_dataset.hpp"

#include "reports/csv_export.hpp"
#include "reports/layout_support.hpp"
#include "services/reports/monthly_report.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace cabas;
using namespace cabas::reports;

TEST_CASE("a CSV field that a spreadsheet would run as a formula is neutralised", "[report][csv]") {
    CHECK(csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csv_field("+33 1 23") == "'+33 1 23");
    CHECK(csv_field("-cmd") == "'-cmd");
    CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_field("\tx") == "'\tx");
    CHECK(csv_field("-3,20") == "-3,20");  // a negative amount stays a number
    CHECK(csv_field("1234,50") == "1234,50");
    CHECK(csv_field("Épicerie; sèche") == "\"Épicerie; sèche\"");
    CHECK(csv_field("< 11") == "< 11");
}

TEST_CASE("a table becomes UTF-8 CSV with a BOM, semicolons and its suppression markers", "[report][csv]") {
    Table t;
    t.id = "essai";
    t.columns = {"Type", "Foyers", "Valeur"};
    t.rows.push_back({"  Couple", {Cell::count(5), Cell::money(core::Money::from_cents(123456))}, false});
    t.rows.push_back({"Seul", {Cell::count(30), Cell::money(core::Money::from_cents(-320))}, false});
    t.rows[0].cells[0].suppression = Suppression::Primary;
    const std::string csv = table_to_csv(t, 11);
    CHECK(csv == "\xEF\xBB\xBFType;Foyers;Valeur\r\nCouple;< 11;1234,56\r\nSeul;30;-3,20\r\n");
}

TEST_CASE("every table and chart of the monthly report is written as a CSV file", "[report][csv]") {
    test::ReportDataset data(5, 20);
    const auto report = services::build_monthly_report(data.store(), data.admin(), Month{2026, 10});
    const auto dir = std::filesystem::temp_directory_path() / "cabas-csv-test";
    std::filesystem::remove_all(dir);
    const auto files = write_csv_tables(report.document, dir.string());
    std::size_t tables = 0, charts = 0;
    for (const auto& s : report.document.sections) {
        tables += s.tables.size();
        charts += s.charts.size();
    }
    CHECK(files.size() == tables + charts);
    std::ifstream in(dir / "activite.csv", std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    CHECK(content.str().rfind("\xEF\xBB\xBFIndicateur;Mois;Mois précédent;Depuis janvier\r\n", 0) == 0);
    const Cell& served = report.document.sections[0].tables[0].rows[3].cells[0];
    CHECK(content.str().find("Foyers servis (distincts);" + cell_text(served, 11) + ";") != std::string::npos);
    std::filesystem::remove_all(dir);
}
