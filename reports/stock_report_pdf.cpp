// Lays the stock report out on A4 pages: a title block, then tables that continue on a new
// page (with their header repeated) when the page is full.
#include "reports/stock_report_pdf.hpp"

#include "core/utf8.hpp"

#include <array>
#include <vector>

namespace cabas::reports {

namespace {

constexpr double page_w = 595.28;  // A4 in points
constexpr double page_h = 841.89;
constexpr double margin = 42.0;
constexpr double body = 9.0;
constexpr double row_h = 13.0;

struct Column {
    std::string title;
    double width;
    Align align;
};

std::string month_name(unsigned m) {
    static const std::array<const char*, 12> names = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                                      "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    return names[(m - 1) % 12];
}

/// Kilograms with one decimal, rounded half-up: a stock report reads in tenths of a kilo.
std::string kg(std::int64_t grams) {
    const std::int64_t tenths = (grams + 50) / 100;
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + " kg";
}

class Layout {
public:
    explicit Layout(HpdfDocument& doc) : m_doc(doc) { new_page(); }

    void title(const std::string& text, double size) {
        need(size * 1.6);
        m_doc.text(margin, m_y - size, text, size, true);
        m_y -= size * 1.6;
    }

    void note(const std::string& text) {
        for (const auto& line : m_doc.wrap(text, page_w - 2 * margin, body, false)) {
            need(row_h);
            m_doc.text(margin, m_y - body, line, body, false);
            m_y -= row_h;
        }
    }

    void gap(double h) { m_y -= h; }

    void table(const std::vector<Column>& cols, const std::vector<std::vector<std::string>>& rows,
               const std::vector<std::string>* total = nullptr) {
        header(cols);
        for (const auto& r : rows) {
            if (need(row_h)) header(cols);
            cells(cols, r, false);
        }
        if (total) {
            if (need(row_h + 2)) header(cols);
            m_doc.line(margin, m_y, margin + width(cols), m_y, 0.5);
            cells(cols, *total, true);
        }
        m_y -= 8;
    }

private:
    static double width(const std::vector<Column>& cols) {
        double w = 0;
        for (const auto& c : cols) w += c.width;
        return w;
    }

    /// Starts a new page when `h` does not fit; true when it did.
    bool need(double h) {
        if (m_y - h >= margin + 14) return false;
        new_page();
        return true;
    }

    void new_page() {
        m_doc.add_page(page_w, page_h);
        ++m_page;
        m_doc.text(page_w - margin, margin - 14, "page " + std::to_string(m_page), 7.5, false, Align::Right);
        m_y = page_h - margin;
    }

    void header(const std::vector<Column>& cols) {
        need(row_h * 2);
        cells(cols, titles(cols), true);
        m_doc.line(margin, m_y + 2, margin + width(cols), m_y + 2, 0.8);
    }

    static std::vector<std::string> titles(const std::vector<Column>& cols) {
        std::vector<std::string> t;
        for (const auto& c : cols) t.push_back(c.title);
        return t;
    }

    void cells(const std::vector<Column>& cols, const std::vector<std::string>& r, bool bold) {
        double x = margin;
        for (std::size_t i = 0; i < cols.size() && i < r.size(); ++i) {
            std::string text = r[i];
            // Long product names are cut rather than allowed to run into the next column.
            if (m_doc.text_width(text, body, bold) > cols[i].width - 6) {
                while (!text.empty() && m_doc.text_width(text + "…", body, bold) > cols[i].width - 6) core::utf8::pop_back(text);
                text += "…";
            }
            const double tx = cols[i].align == Align::Right ? x + cols[i].width - 4 : x + 2;
            m_doc.text(tx, m_y - body, text, body, bold, cols[i].align == Align::Right ? Align::Right : Align::Left);
            x += cols[i].width;
        }
        m_y -= row_h;
    }

    HpdfDocument& m_doc;
    double m_y = 0;
    int m_page = 0;
};

std::vector<std::string> value_cells(const StockValueRow& r) {
    return {r.label, std::to_string(r.lots), std::to_string(r.pieces), kg(r.grams), core::format_euros(r.value),
            r.cost.is_zero() ? "" : core::format_euros(r.cost)};
}

void value_table(Layout& l, const std::string& first, const std::vector<StockValueRow>& rows, const StockValueRow& total) {
    const std::vector<Column> cols = {{first, 170, Align::Left},       {"Lots", 40, Align::Right},
                                      {"Pièces", 55, Align::Right},    {"Poids", 70, Align::Right},
                                      {"Valeur", 85, Align::Right},    {"Coût d'achat", 90, Align::Right}};
    std::vector<std::vector<std::string>> cells;
    for (const auto& r : rows) cells.push_back(value_cells(r));
    const auto t = value_cells(total);
    l.table(cols, cells, &t);
}

void draw(HpdfDocument& doc, const StockReportModel& m) {
    Layout l(doc);
    l.title("Rapport de stock — " + month_name(m.month_start.month()) + " " + std::to_string(m.month_start.year()), 16);
    l.note(m.epicerie + " · stock au " + m.as_of.french() + " au soir · édité le " + m.generated_at.substr(0, 10));
    l.note("Valeur : valeur marchande de référence. Poids : produits au poids, et pièces par leur poids net "
           "(0 si inconnu). Coût d'achat : lots achetés avec un coût.");
    l.gap(6);
    l.title("Stock par catégorie", 12);
    value_table(l, "Catégorie", m.by_category, m.total);
    l.title("Stock par origine", 12);
    value_table(l, "Origine", m.by_origin, m.total);

    l.title("Dates limites d'ici " + std::to_string(m.expiry_days) + " jours (" + std::to_string(m.expiring.size()) + " lots)", 12);
    std::vector<std::vector<std::string>> exp;
    for (const auto& e : m.expiring) {
        const std::string when = e.days_left < 0 ? "dépassée " + std::to_string(-e.days_left) + " j"
                                 : e.days_left == 0 ? "aujourd'hui"
                                                    : "dans " + std::to_string(e.days_left) + " j";
        exp.push_back({e.product, e.lot, e.origin, e.kind + " " + e.expiry_on.french(), when, e.quantity});
    }
    if (exp.empty()) l.note("Aucun lot n'arrive à sa date limite dans ce délai.");
    else
        l.table({{"Produit", 130, Align::Left},
                 {"Lot", 70, Align::Left},
                 {"Origine", 102, Align::Left},
                 {"Date limite", 85, Align::Left},
                 {"Échéance", 70, Align::Left},
                 {"Quantité", 54, Align::Right}},
                exp);

    l.title("Mouvements du mois", 12);
    std::vector<std::vector<std::string>> mv;
    for (const auto& r : m.movements)
        mv.push_back({r.label, std::to_string(r.count), std::to_string(r.pieces), kg(r.grams), core::format_euros(r.value)});
    l.table({{"Mouvement", 200, Align::Left},
             {"Nombre", 55, Align::Right},
             {"Pièces", 65, Align::Right},
             {"Poids", 80, Align::Right},
             {"Valeur", 90, Align::Right}},
            mv);
}

} // namespace

std::string stock_report_pdf(const StockReportModel& model, const FontPaths& fonts) {
    HpdfDocument doc(fonts);
    draw(doc, model);
    return doc.save_to_memory();
}

void write_stock_report_pdf(const StockReportModel& model, const std::string& path, const FontPaths& fonts) {
    HpdfDocument doc(fonts);
    draw(doc, model);
    doc.save_to_file(path);
}

} // namespace cabas::reports
