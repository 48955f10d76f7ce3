// Drawing the commission session: a title block, the table with wrapped cells and a repeated
// header on each page, and the page number with who recorded the decisions.
#include "reports/commission_pdf.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace cabas::reports {

namespace {

constexpr double kWidth = 841.89;
constexpr double kHeight = 595.28;
constexpr double kMargin = 36;
constexpr double kSize = 8.5;
constexpr double kLead = 11;

struct Column {
    const char* title;
    double width;
};

constexpr std::array<Column, 8> kColumns{{{"N° dossier", 70},
                                          {"Composition", 120},
                                          {"Bande RAV", 70},
                                          {"Projet", 110},
                                          {"Prescripteur", 70},
                                          {"Décision", 62},
                                          {"Motif", 167},
                                          {"Période ouverte", 100}}};

std::array<std::string, 8> cells(const CommissionDecisionRow& r) {
    return {r.file_number, r.composition, r.rav_band, r.project, r.referrer_kind, r.decision, r.reason, r.period};
}

class Writer {
public:
    Writer(HpdfDocument& pdf, const CommissionSessionModel& m) : m_pdf(pdf), m_model(m) {}

    void page() {
        m_pdf.add_page(kWidth, kHeight);
        ++m_page;
        double y = kHeight - kMargin;
        m_pdf.text(kMargin, y - 14, "Commission d'attribution — séance du " + m_model.session_date, 15, true);
        m_pdf.text(kWidth - kMargin, y - 14, m_model.shop_name, 10, false, Align::Right);
        m_pdf.text(kMargin, y - 30, "Dossiers anonymisés : ni nom, ni adresse, ni montant de ressources.", 8.5,
                   false);
        m_y = y - 52;
        double x = kMargin;
        for (const auto& c : kColumns) {
            m_pdf.text(x + 2, m_y, c.title, kSize, true);
            x += c.width;
        }
        m_pdf.line(kMargin, m_y - 4, kWidth - kMargin, m_y - 4, 0.8);
        m_y -= 4 + kLead;
        m_pdf.text(kWidth - kMargin, kMargin - 14, "Page " + std::to_string(m_page), 8, false, Align::Right);
        if (!m_model.recorded_by.empty())
            m_pdf.text(kMargin, kMargin - 14, "Décisions saisies par : " + m_model.recorded_by, 8, false);
    }

    void row(const CommissionDecisionRow& r) {
        const auto texts = cells(r);
        std::array<std::vector<std::string>, 8> wrapped;
        std::size_t lines = 1;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            wrapped[i] = m_pdf.wrap(texts[i], kColumns[i].width - 4, kSize, i == 5);
            lines = std::max(lines, wrapped[i].size());
        }
        const double height = static_cast<double>(lines) * kLead;
        if (m_y - height < kMargin) page();
        double x = kMargin;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            double y = m_y;
            for (const auto& line : wrapped[i]) {
                m_pdf.text(x + 2, y, line, kSize, i == 5);
                y -= kLead;
            }
            x += kColumns[i].width;
        }
        m_y -= height;
        m_pdf.line(kMargin, m_y + kLead - 3, kWidth - kMargin, m_y + kLead - 3, 0.3);
        m_y -= 3;
    }

    void text_line(const std::string& text, bool bold) {
        if (m_y - kLead < kMargin) page();
        m_pdf.text(kMargin, m_y - 6, text, 10, bold);
        m_y -= kLead + 6;
    }

private:
    HpdfDocument& m_pdf;
    const CommissionSessionModel& m_model;
    double m_y = 0;
    int m_page = 0;
};

} // namespace

std::string commission_summary(const CommissionSessionModel& m) {
    std::map<std::string, int> counts;
    for (const auto& r : m.rows) ++counts[r.decision];
    const std::size_t n = m.rows.size();
    std::string out = std::to_string(n) + (n > 1 ? " décisions" : " décision");
    if (n == 0) return "Aucune décision enregistrée ce jour.";
    static const std::array<std::pair<const char*, const char*>, 4> kinds{
        {{"acceptée", "acceptées"}, {"dérogation", "dérogations"}, {"ajournée", "ajournées"}, {"refusée", "refusées"}}};
    std::string detail;
    for (const auto& [one, many] : kinds) {
        const auto it = counts.find(one);
        if (it == counts.end()) continue;
        detail += (detail.empty() ? "" : ", ") + std::to_string(it->second) + " " + (it->second > 1 ? many : one);
    }
    return out + " : " + detail;
}

std::string render_commission_pdf(const CommissionSessionModel& model, const FontPaths& fonts) {
    HpdfDocument pdf(fonts);
    Writer w(pdf, model);
    w.page();
    for (const auto& r : model.rows) w.row(r);
    w.text_line(commission_summary(model), true);
    return pdf.save_to_memory();
}

} // namespace cabas::reports
