// Receipt and Z report PDFs: valid for qpdf, 80 mm wide, French text with é and € readable by
// pdftotext, and pages that poppler can render.
#include "core/error.hpp"
#include "report_fixtures.hpp"
#include "reports/hpdf_document.hpp"
#include "reports/receipt_pdf.hpp"

#include <catch2/catch.hpp>

using namespace cabas::reports;
using namespace cabas::reports::test;

namespace {

struct RenderedPdf {
    TempDir dir;
    std::filesystem::path pdf;
    explicit RenderedPdf(const std::string& bytes) : pdf(dir.path() / "ticket.pdf") { write_file(pdf, bytes); }
    std::string text() const { return run("pdftotext -layout '" + pdf.string() + "' -").output; }
    std::string info() const { return run("pdfinfo '" + pdf.string() + "'").output; }
};

void check_is_a_sound_80mm_pdf(const RenderedPdf& rendered) {
    const CommandResult check = run("qpdf --check '" + rendered.pdf.string() + "'");
    INFO(check.output);
    CHECK(check.status == 0);
    const std::string info = rendered.info();
    INFO(info);
    CHECK(info.find("Page size:       226.77") != std::string::npos);
    CHECK(info.find("Pages:           1") != std::string::npos);
}

void check_renders_to_png(const RenderedPdf& rendered) {
    const auto prefix = rendered.dir.path() / "page";
    const CommandResult render = run("pdftoppm -r 100 -png '" + rendered.pdf.string() + "' '" + prefix.string() + "'");
    INFO(render.output);
    REQUIRE(render.status == 0);
    std::filesystem::path png;
    for (const auto& entry : std::filesystem::directory_iterator(rendered.dir.path()))
        if (entry.path().extension() == ".png") png = entry.path();
    REQUIRE(!png.empty());
    CHECK(std::filesystem::file_size(png) > 1000);
}

} // namespace

TEST_CASE("a receipt PDF passes qpdf --check and is one page 80 mm wide", "[report]") {
    const RenderedPdf pdf(render_receipt_pdf(sample_receipt(), FontPaths{}));
    check_is_a_sound_80mm_pdf(pdf);
}

TEST_CASE("a receipt PDF says in French what was bought, paid, saved and left", "[report]") {
    const std::string text = RenderedPdf(render_receipt_pdf(sample_receipt(), FontPaths{})).text();
    INFO(text);
    for (const char* expected :
         {"Épicerie solidaire du Château", "Caisse caisse-1 — Ticket n° 128", "23/11/2026 15:47", "Servi par : Hélène",
          "Client : Fatou", "Pâtes coquillettes 500 g", "1,90 €", "FSE+ 0 %", "Valeur totale", "1 234,56 €",
          "1 245,23 €", "À payer", "1,55 €", "Économie sur ce passage", "1 243,68 €", "Espèces", "Rendu", "3,45 €",
          "Crédit restant ce mois-ci", "28,45 €", "Crédit restant cette semaine", "6,50 €", "Empreinte : 1a2b3c4d"})
        CHECK(text.find(expected) != std::string::npos);
    CHECK(text.find("DUPLICATA") == std::string::npos);
    CHECK(text.find("CORRECTION") == std::string::npos);
}

TEST_CASE("a long product name is wrapped onto several lines, not cut", "[report]") {
    const std::string text = RenderedPdf(render_receipt_pdf(sample_receipt(), FontPaths{})).text();
    INFO(text);
    CHECK(text.find("Œufs frais plein air") != std::string::npos);
    CHECK(text.find("boîte de douze") != std::string::npos);
}

TEST_CASE("a reprinted receipt says DUPLICATA with its number", "[report]") {
    ReceiptModel receipt = sample_receipt();
    receipt.duplicate = true;
    receipt.reprint_number = 2;
    const RenderedPdf pdf(render_receipt_pdf(receipt, FontPaths{}));
    check_is_a_sound_80mm_pdf(pdf);
    const std::string text = pdf.text();
    INFO(text);
    CHECK(text.find("DUPLICATA n° 2") != std::string::npos);
}

TEST_CASE("a correction receipt carries a banner naming the corrected ticket", "[report]") {
    ReceiptModel receipt = sample_receipt();
    receipt.is_correction = true;
    receipt.corrected_sequence = 127;
    const std::string text = RenderedPdf(render_receipt_pdf(receipt, FontPaths{})).text();
    INFO(text);
    CHECK(text.find("ANNULATION / CORRECTION") != std::string::npos);
    CHECK(text.find("du ticket n° 127") != std::string::npos);
}

TEST_CASE("a receipt PDF renders to a PNG page", "[report]") {
    check_renders_to_png(RenderedPdf(render_receipt_pdf(sample_receipt(), FontPaths{})));
}

TEST_CASE("a Z report PDF is sound, 80 mm wide and renders", "[report]") {
    const RenderedPdf pdf(render_z_report_pdf(sample_z_report(), FontPaths{}));
    check_is_a_sound_80mm_pdf(pdf);
    check_renders_to_png(pdf);
}

TEST_CASE("a Z report PDF shows the closing figures and the signed cash difference", "[report]") {
    const std::string text = RenderedPdf(render_z_report_pdf(sample_z_report(), FontPaths{})).text();
    INFO(text);
    for (const char* expected :
         {"Ticket Z — clôture de caisse", "Session n°", "42", "Ouverte le 23/11/2026 14:02 par Hélène",
          "Fermée le 23/11/2026 18:31 par Jérôme", "Nombre de ventes", "27", "Corrections", "842,50 €", "Payé",
          "98,70 €", "743,80 €", "Espèces (18)", "61,20 €", "Carte bancaire (7)", "Chèque (1)", "Fond de caisse",
          "50,00 €", "Espèces attendues", "111,20 €", "Espèces comptées", "110,20 €", "Écart", "-1,00 €", "Grand total perpétuel", "345,67 €",
          "enregistrement n° 3187", "Empreinte : 9f8e7d6c"})
        CHECK(text.find(expected) != std::string::npos);
    CHECK(text.find("DUPLICATA") == std::string::npos);
}

TEST_CASE("a cash surplus on the Z report shows a plus sign", "[report]") {
    ZReportModel z = sample_z_report();
    z.difference = cabas::core::Money::from_cents(250);
    const std::string text = RenderedPdf(render_z_report_pdf(z, FontPaths{})).text();
    INFO(text);
    CHECK(text.find("+2,50 €") != std::string::npos);
}

TEST_CASE("a missing font file is a ReportError that names libharu and the file", "[report]") {
    FontPaths fonts;
    fonts.regular = "/nonexistent/NoSuchFont.ttf";
    try {
        (void)render_receipt_pdf(sample_receipt(), fonts);
        FAIL("no exception");
    } catch (const cabas::ReportError& e) {
        const std::string what = e.what();
        CHECK(what.find("libharu") != std::string::npos);
        CHECK(what.find("/nonexistent/NoSuchFont.ttf") != std::string::npos);
    }
}

TEST_CASE("the document wrapper stays usable after a recorded libharu error", "[report]") {
    HpdfDocument doc(FontPaths{});
    CHECK(doc.text_width("Économie", 10, false) > doc.text_width("Eco", 10, false));
    doc.add_page(226.77, 100);
    doc.text(10, 50, "1,90 €", 8, false);
    CHECK_THROWS_AS(doc.add_page(-5, 100), cabas::ReportError);
    CHECK(doc.save_to_memory().rfind("%PDF-", 0) == 0);
}
