// PDF rendering of the monthly, FSE+ and annual reports: qpdf finds no error, pdftotext gives
// back the figures of the model (accents, œ and € included), every page renders, and pages
// are numbered.
#include "report_dataset.hpp"
#include "report_fixtures.hpp"

#include "reports/report_pdf.hpp"
#include "services/reports/fse_report.hpp"
#include "services/reports/monthly_report.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::reports;
using core::Date;

namespace {

/// pdftotext gives no-break spaces back as plain ones and breaks paragraphs into lines: compare
/// with every run of spaces, no-break spaces and line ends made one space.
std::string flat(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t skip = 0;
        if (text.compare(i, 3, "\u202F") == 0) skip = 3;
        else if (text.compare(i, 2, "\u00A0") == 0) skip = 2;
        else if (text[i] == ' ' || text[i] == '\n' || text[i] == '\f') skip = 1;
        if (skip) {
            if (out.empty() || out.back() != ' ') out += ' ';
            i += skip;
        } else {
            out += text[i++];
        }
    }
    return out;
}

std::string pdf_text(const std::filesystem::path& pdf) {
    return flat(test::run("pdftotext -layout -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null").output);
}

std::string euros(core::Money m) { return flat(core::format_euros(m)); }

int page_count(const std::string& pdf) {
    const auto info = test::run("pdfinfo '" + pdf + "'");
    const auto at = info.output.find("Pages:");
    return at == std::string::npos ? 0 : std::stoi(info.output.substr(at + 6));
}

void check_pdf(const std::filesystem::path& pdf, const std::filesystem::path& dir) {
    const auto qpdf = test::run("qpdf --check '" + pdf.string() + "'");
    INFO(qpdf.output);
    CHECK(qpdf.status == 0);
    const int pages = page_count(pdf.string());
    CHECK(pages >= 1);
    const auto render = test::run("pdftoppm -png -r 40 '" + pdf.string() + "' '" + (dir / "page").string() + "'");
    CHECK(render.status == 0);
    int rendered = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".png" && std::filesystem::file_size(entry.path()) > 1000) ++rendered;
    CHECK(rendered == pages);
    const std::string text = pdf_text(pdf);
    CHECK(text.find("Page " + std::to_string(pages) + " / " + std::to_string(pages)) != std::string::npos);
}

} // namespace

TEST_CASE("the monthly report PDF holds the model's figures and renders page by page", "[report][pdf]") {
    test::ReportDataset data(7);
    services::ReportOptions options;
    options.internal = true;  // every figure printed, so each can be looked for
    const auto report = services::build_monthly_report(data.store(), data.admin(), Month{2026, 10}, options);
    test::TempDir dir;
    const auto pdf = dir.path() / "mensuel.pdf";
    render_monthly_pdf(report, pdf.string());
    check_pdf(pdf, dir.path());
    const std::string text = pdf_text(pdf);
    CHECK(text.find("Rapport mensuel d'activité au CCAS") != std::string::npos);
    CHECK(text.find("octobre 2026") != std::string::npos);
    CHECK(text.find("Barème en vigueur : version 1") != std::string::npos);
    CHECK(text.find(euros(report.current.value)) != std::string::npos);
    CHECK(text.find(euros(report.current.aid())) != std::string::npos);
    CHECK(text.find(euros(report.year_to_date.aid())) != std::string::npos);
    CHECK(text.find("Foyers servis (distincts)") != std::string::npos);
    CHECK(text.find("Énergie") != std::string::npos);
    CHECK(text.find("Graphique : Foyers servis sur douze mois") != std::string::npos);
    CHECK(text.find("Document interne") != std::string::npos);
}

TEST_CASE("an external monthly PDF prints the small-cell marker", "[report][pdf]") {
    test::ReportDataset data(3, 20);
    const auto report = services::build_monthly_report(data.store(), data.admin(), Month{2026, 10});
    test::TempDir dir;
    const auto pdf = dir.path() / "mensuel.pdf";
    render_monthly_pdf(report, pdf.string());
    check_pdf(pdf, dir.path());
    const std::string text = pdf_text(pdf);
    CHECK(text.find("< 11") != std::string::npos);
    CHECK(text.find("Secret statistique") != std::string::npos);
}

TEST_CASE("the FSE+ report confirms free FSE+ lines and traces the lots", "[report][pdf]") {
    test::ReportDataset data(7);
    const auto report = services::build_fse_report(data.store(), data.admin(), Date::from_ymd(2026, 9, 1), Date::from_ymd(2026, 10, 31), false);
    CHECK(report.fse_lines > 0);
    CHECK(report.fse_paying_lines == 0);
    CHECK(report.fse_paid.is_zero());
    REQUIRE(report.lots.size() == 4);  // two FSE+ and two food-bank lots in the dataset
    test::TempDir dir;
    const auto pdf = dir.path() / "fse.pdf";
    render_report_pdf(report.document, pdf.string());
    check_pdf(pdf, dir.path());
    const std::string text = pdf_text(pdf);
    CHECK(text.find("aucune ligne FSE+ n'a été facturée") != std::string::npos);
    CHECK(text.find(euros(report.fse_value)) != std::string::npos);
    CHECK(text.find("Traçabilité des lots") != std::string::npos);
}

TEST_CASE("an empty period gives FSE+ and annual reports that say so", "[report][pdf]") {
    test::ReportDataset data(3, 5);
    const auto report = services::build_fse_report(data.store(), data.admin(), Date::from_ymd(2025, 1, 1), Date::from_ymd(2025, 12, 31), true);
    CHECK(report.recipients.persons == 0);
    CHECK(report.months.size() == 12);
    test::TempDir dir;
    const auto pdf = dir.path() / "annuel.pdf";
    render_report_pdf(report.document, pdf.string());
    check_pdf(pdf, dir.path());
    const std::string text = pdf_text(pdf);
    CHECK(text.find("Aucun passage en caisse enregistré sur la période") != std::string::npos);
    CHECK(text.find("Rapport annuel") != std::string::npos);
}

TEST_CASE("an empty month renders a PDF that says there was no activity", "[report][pdf]") {
    test::ReportDataset data(3, 5);
    const auto report = services::build_monthly_report(data.store(), data.admin(), Month{2025, 3});
    test::TempDir dir;
    const auto pdf = dir.path() / "vide.pdf";
    render_monthly_pdf(report, pdf.string());
    check_pdf(pdf, dir.path());
    const std::string text = pdf_text(pdf);
    CHECK(text.find("Aucune activité enregistrée pour mars 2025") != std::string::npos);
    CHECK(text.find("mars 2025") != std::string::npos);
}
