// Drawing the card sheet: a 2 × 5 grid centred on A4 portrait, each card framed by a thin grey
// rounded outline to cut along, the barcode drawn from zint's vector shapes.
#include "reports/card_sheet_pdf.hpp"

#include "core/error.hpp"
#include "reports/barcode_vector.hpp"

namespace cabas::reports {

namespace {

constexpr double kA4Width = 595.28;
constexpr double kA4Height = 841.89;
constexpr int kColumns = 2;
constexpr int kRows = 5;
constexpr double kMm = 72.0 / 25.4;

/// Draws `code` with its top-left corner at (left, top), `width` points wide.
void draw_barcode(HpdfDocument& pdf, const BarcodeVector& code, double left, double top, double width) {
    const double s = width / code.width;
    for (const auto& bar : code.bars)
        pdf.fill_rectangle(left + bar.x * s, top - (bar.y + bar.height) * s, bar.width * s, bar.height * s);
    for (const auto& t : code.texts) {
        const Align align = t.align == 1 ? Align::Left : t.align == 2 ? Align::Right : Align::Centre;
        pdf.text(left + t.x * s, top - t.y * s, t.text, t.size * s, false, align);
    }
}

void draw_card(HpdfDocument& pdf, const std::string& shop_name, const CardFace& card, double x, double y) {
    pdf.rounded_frame(x, y, kCardWidthPt, kCardHeightPt, 3 * kMm, 0.4);
    const double centre = x + kCardWidthPt / 2;
    const double inner = kCardWidthPt - 8 * kMm;
    double baseline = y + kCardHeightPt - 8 * kMm;
    for (const auto& line : pdf.wrap(shop_name, inner, 11, true)) {
        pdf.text(centre, baseline, line, 11, true, Align::Centre);
        baseline -= 13;
    }
    pdf.text(centre, baseline, "Carte d'accès · " + card_validity_line(card), 7.5, false, Align::Centre);
    baseline -= 17;
    const auto name_lines = pdf.wrap(card.display_name, inner, 14, true);
    if (!name_lines.empty()) pdf.text(centre, baseline, name_lines.front(), 14, true, Align::Centre);

    const BarcodeVector code = ean13_vector(card.number);
    const double code_width = 40 * kMm;  // EAN-13 at about 0,4 mm per module: within scanners' range
    const double code_height = code.height * code_width / code.width;
    draw_barcode(pdf, code, centre - code_width / 2, y + 3 * kMm + code_height, code_width);
}

} // namespace

std::string card_validity_line(const CardFace& card) {
    return card.valid_until ? "valable jusqu'au " + card.valid_until->french() : "validité : voir l'épicerie";
}

std::string render_card_sheet_pdf(const CardSheetModel& model, const FontPaths& fonts) {
    if (model.cards.empty()) throw ReportError("planche de cartes : aucune carte à imprimer");
    HpdfDocument pdf(fonts);
    const double left = (kA4Width - kColumns * kCardWidthPt) / 2;
    const double bottom = (kA4Height - kRows * kCardHeightPt) / 2;
    for (std::size_t i = 0; i < model.cards.size(); ++i) {
        const int slot = static_cast<int>(i % (kColumns * kRows));
        if (slot == 0) pdf.add_page(kA4Width, kA4Height);
        const int row = slot / kColumns;
        const int column = slot % kColumns;
        const double x = left + column * kCardWidthPt;
        const double y = bottom + (kRows - 1 - row) * kCardHeightPt;
        draw_card(pdf, model.shop_name, model.cards[i], x, y);
    }
    return pdf.save_to_memory();
}

} // namespace cabas::reports
