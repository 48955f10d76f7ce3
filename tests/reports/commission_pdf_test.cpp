// The commission session PDF: anonymised rows, the summary line, wrapped long reasons, checked
// with pdftotext and qpdf.
#include "report_fixtures.hpp"

#include "reports/commission_pdf.hpp"

#include <catch2/catch.hpp>

using namespace cabas::reports;
using cabas::reports::test::run;
using cabas::reports::test::TempDir;

namespace {

CommissionSessionModel sample_session() {
    CommissionSessionModel m;
    m.shop_name = "Épicerie solidaire du Château";
    m.session_date = "23/11/2026";
    m.recorded_by = "sophie";
    m.rows = {
        {"D-2026-0101", "2 adultes, 2 enfants (6 et 15 ans)", "≤ 10,00 €", "Dettes — 800,00 €", "ccas", "acceptée", "",
         "du 23/11/2026 au 22/02/2027"},
        {"D-2026-0102", "1 adulte", "10,01–12,00 €", "Permis de conduire — 1 200,00 €", "departement", "ajournée",
         "Attestation CAF manquante : la commission reverra le dossier à la séance de décembre avec l'avis "
         "d'imposition et le relevé des dettes.",
         ""},
        {"D-2026-0103", "1 adulte, 1 enfant (3 ans)", "> 12,00 €", "aucun projet", "association", "dérogation",
         "Perte d'emploi récente", "du 23/11/2026 au 22/02/2027"},
    };
    return m;
}

} // namespace

TEST_CASE("the session summary counts decisions by kind", "[report][commission]") {
    CHECK(commission_summary(sample_session()) == "3 décisions : 1 acceptée, 1 dérogation, 1 ajournée");
    CHECK(commission_summary(CommissionSessionModel{}) == "Aucune décision enregistrée ce jour.");
}

TEST_CASE("the commission PDF prints each anonymised decision and the summary", "[report][commission]") {
    TempDir dir;
    const auto pdf = dir.path() / "commission.pdf";
    cabas::reports::test::write_file(pdf, render_commission_pdf(sample_session()));
    CHECK(run("qpdf --check '" + pdf.string() + "'").status == 0);
    const std::string text = run("pdftotext -layout '" + pdf.string() + "' -").output;
    CHECK(text.find("Commission d'attribution — séance du 23/11/2026") != std::string::npos);
    CHECK(text.find("D-2026-0102") != std::string::npos);
    CHECK(text.find("2 adultes, 2 enfants") != std::string::npos);
    CHECK(text.find("dérogation") != std::string::npos);
    CHECK(text.find("relevé des dettes.") != std::string::npos);  // the wrapped reason's last words
    CHECK(text.find("3 décisions : 1 acceptée, 1 dérogation, 1 ajournée") != std::string::npos);
    CHECK(text.find("Décisions saisies par : sophie") != std::string::npos);
    CHECK(run("pdftoppm -r 60 -png '" + pdf.string() + "' '" + (dir.path() / "p").string() + "'").status == 0);
}
