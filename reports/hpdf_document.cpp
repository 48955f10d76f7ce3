// libharu wrapper: the error handler only records (it runs inside C code, so it must not
// throw); check() turns the record into a ReportError once control is back in C++.
#include "reports/hpdf_document.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"

#include <hpdf.h>

#include <cstdio>
#include <fstream>

namespace cabas::reports {
namespace {

struct ErrorRecord {
    HPDF_STATUS status = HPDF_OK;
    HPDF_STATUS detail = 0;
};

extern "C" void record_hpdf_error(HPDF_STATUS status, HPDF_STATUS detail, void* user_data) {
    auto* record = static_cast<ErrorRecord*>(user_data);
    if (record->status == HPDF_OK) {  // keep the first error: later ones are usually its echoes
        record->status = status;
        record->detail = detail;
    }
}

std::string hex(unsigned long value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "0x%04lX", value);
    return buffer;
}

} // namespace

struct HpdfDocument::Impl {
    ErrorRecord error;  // must outlive doc: libharu keeps a pointer to it
    HPDF_Doc doc = nullptr;
    HPDF_Page page = nullptr;
    std::vector<HPDF_Page> pages;
    HPDF_Font regular = nullptr;
    HPDF_Font bold = nullptr;

    // Here rather than in ~HpdfDocument, so that a constructor that throws (missing font)
    // still frees the document.
    ~Impl() {
        if (doc) HPDF_Free(doc);
    }
    HPDF_Font font(bool want_bold) const { return want_bold ? bold : regular; }
};

HpdfDocument::HpdfDocument(const FontPaths& fonts) : m_impl(std::make_unique<Impl>()) {
    m_impl->doc = HPDF_New(record_hpdf_error, &m_impl->error);
    if (!m_impl->doc) throw ReportError("libharu : impossible de créer le document PDF");
    HPDF_SetCompressionMode(m_impl->doc, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(m_impl->doc);
    check("activation de l'encodage UTF-8");
    auto load = [this](const std::string& path) {
        const char* name = HPDF_LoadTTFontFromFile(m_impl->doc, path.c_str(), HPDF_TRUE);
        check("chargement de la police " + path);
        HPDF_Font font = HPDF_GetFont(m_impl->doc, name, "UTF-8");
        check("police UTF-8 " + path);
        return font;
    };
    m_impl->regular = load(fonts.regular);
    m_impl->bold = fonts.bold == fonts.regular ? m_impl->regular : load(fonts.bold);
}

HpdfDocument::~HpdfDocument() = default;

void HpdfDocument::check(std::string_view what) {
    ErrorRecord& e = m_impl->error;
    if (e.status == HPDF_OK) return;
    const std::string message = "libharu : échec de « " + std::string(what) + " » (erreur " + hex(e.status) +
                                ", détail " + std::to_string(e.detail) + ")";
    e = ErrorRecord{};
    HPDF_ResetError(m_impl->doc);
    throw ReportError(message);
}

void HpdfDocument::add_page(double width_pt, double height_pt) {
    m_impl->page = HPDF_AddPage(m_impl->doc);
    check("ajout d'une page");
    m_impl->pages.push_back(m_impl->page);
    HPDF_Page_SetWidth(m_impl->page, static_cast<HPDF_REAL>(width_pt));
    HPDF_Page_SetHeight(m_impl->page, static_cast<HPDF_REAL>(height_pt));
    check("taille de page");
}

double HpdfDocument::text_width(std::string_view text, double size, bool bold) {
    const std::string s(text);  // libharu wants a NUL-terminated string
    const HPDF_TextWidth tw = HPDF_Font_TextWidth(m_impl->font(bold), reinterpret_cast<const HPDF_BYTE*>(s.c_str()),
                                                  static_cast<HPDF_UINT>(s.size()));
    check("mesure du texte");
    return static_cast<double>(tw.width) * size / 1000.0;
}

std::vector<std::string> HpdfDocument::wrap(std::string_view text, double width_pt, double size, bool bold) {
    std::vector<std::string> lines;
    std::string current;
    auto fits = [&](const std::string& s) { return text_width(s, size, bold) <= width_pt; };
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t space = text.find(' ', i);
        const std::string word(text.substr(i, space == std::string_view::npos ? std::string_view::npos : space - i));
        i = space == std::string_view::npos ? text.size() : space + 1;
        const std::string candidate = current.empty() ? word : current + " " + word;
        if (fits(candidate)) { current = candidate; continue; }
        if (!current.empty()) lines.push_back(current);
        current.clear();
        for (std::size_t c = 0; c < word.size();) {  // a word too long for any line is cut
            const std::size_t n = core::utf8::decode_at(word, c).length;
            const std::string next = current + word.substr(c, n);
            if (!current.empty() && !fits(next)) { lines.push_back(current); current = word.substr(c, n); }
            else current = next;
            c += n;
        }
    }
    if (!current.empty() || lines.empty()) lines.push_back(current);
    return lines;
}

void HpdfDocument::text(double x, double y, std::string_view text, double size, bool bold, Align align) {
    if (text.empty()) return;
    const double width = text_width(text, size, bold);
    const double left = align == Align::Left ? x : align == Align::Centre ? x - width / 2 : x - width;
    const std::string s(text);
    HPDF_Page page = m_impl->page;
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, m_impl->font(bold), static_cast<HPDF_REAL>(size));
    HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(left), static_cast<HPDF_REAL>(y), s.c_str());
    HPDF_Page_EndText(page);
    check("écriture du texte « " + s + " »");
}

void HpdfDocument::line(double x1, double y1, double x2, double y2, double width_pt) {
    HPDF_Page page = m_impl->page;
    HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(width_pt));
    HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(x1), static_cast<HPDF_REAL>(y1));
    HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(x2), static_cast<HPDF_REAL>(y2));
    HPDF_Page_Stroke(page);
    check("tracé d'un trait");
}

void HpdfDocument::rectangle(double x, double y, double width, double height, double line_width_pt) {
    HPDF_Page page = m_impl->page;
    HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(line_width_pt));
    HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y), static_cast<HPDF_REAL>(width),
                        static_cast<HPDF_REAL>(height));
    HPDF_Page_Stroke(page);
    check("tracé d'un cadre");
}

void HpdfDocument::fill_rectangle(double x, double y, double width, double height) {
    fill_rectangle(x, y, width, height, 0, 0, 0);
}

void HpdfDocument::rounded_frame(double x, double y, double width, double height, double radius,
                                 double line_width_pt) {
    HPDF_Page page = m_impl->page;
    const auto f = [](double v) { return static_cast<HPDF_REAL>(v); };
    // Bézier quarter circles: the control points sit at 0.5523 of the radius from each corner.
    const double k = radius * 0.5523;
    HPDF_Page_SetLineWidth(page, f(line_width_pt));
    HPDF_Page_SetGrayStroke(page, 0.6f);
    HPDF_Page_MoveTo(page, f(x + radius), f(y));
    HPDF_Page_LineTo(page, f(x + width - radius), f(y));
    HPDF_Page_CurveTo(page, f(x + width - radius + k), f(y), f(x + width), f(y + radius - k), f(x + width), f(y + radius));
    HPDF_Page_LineTo(page, f(x + width), f(y + height - radius));
    HPDF_Page_CurveTo(page, f(x + width), f(y + height - radius + k), f(x + width - radius + k), f(y + height),
                      f(x + width - radius), f(y + height));
    HPDF_Page_LineTo(page, f(x + radius), f(y + height));
    HPDF_Page_CurveTo(page, f(x + radius - k), f(y + height), f(x), f(y + height - radius + k), f(x),
                      f(y + height - radius));
    HPDF_Page_LineTo(page, f(x), f(y + radius));
    HPDF_Page_CurveTo(page, f(x), f(y + radius - k), f(x + radius - k), f(y), f(x + radius), f(y));
    HPDF_Page_Stroke(page);
    HPDF_Page_SetGrayStroke(page, 0.0f);
    check("tracé d'un cadre arrondi");
}

std::size_t HpdfDocument::page_count() const { return m_impl->pages.size(); }

void HpdfDocument::select_page(std::size_t index) {
    if (index >= m_impl->pages.size()) throw ReportError("page " + std::to_string(index + 1) + " inexistante");
    m_impl->page = m_impl->pages[index];
}

void HpdfDocument::fill_rectangle(double x, double y, double width, double height, double r, double g, double b) {
    HPDF_Page page = m_impl->page;
    HPDF_Page_SetRGBFill(page, static_cast<HPDF_REAL>(r), static_cast<HPDF_REAL>(g), static_cast<HPDF_REAL>(b));
    HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y), static_cast<HPDF_REAL>(width),
                        static_cast<HPDF_REAL>(height));
    HPDF_Page_Fill(page);
    HPDF_Page_SetRGBFill(page, 0, 0, 0);
    check("remplissage d'un rectangle");
}

void HpdfDocument::polyline(const std::vector<std::pair<double, double>>& points, double width_pt, double r, double g,
                            double b, bool dashed) {
    if (points.size() < 2) return;
    HPDF_Page page = m_impl->page;
    HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(width_pt));
    HPDF_Page_SetRGBStroke(page, static_cast<HPDF_REAL>(r), static_cast<HPDF_REAL>(g), static_cast<HPDF_REAL>(b));
    const HPDF_UINT16 dash[] = {3, 2};
    if (dashed) HPDF_Page_SetDash(page, dash, 2, 0);
    HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(points[0].first), static_cast<HPDF_REAL>(points[0].second));
    for (std::size_t i = 1; i < points.size(); ++i)
        HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(points[i].first), static_cast<HPDF_REAL>(points[i].second));
    HPDF_Page_Stroke(page);
    if (dashed) HPDF_Page_SetDash(page, nullptr, 0, 0);
    HPDF_Page_SetRGBStroke(page, 0, 0, 0);
    check("tracé d'une courbe");
}

void HpdfDocument::coloured_text(double x, double y, std::string_view text, double size, bool bold, Align align,
                                 double r, double g, double b) {
    HPDF_Page_SetRGBFill(m_impl->page, static_cast<HPDF_REAL>(r), static_cast<HPDF_REAL>(g), static_cast<HPDF_REAL>(b));
    this->text(x, y, text, size, bold, align);
    HPDF_Page_SetRGBFill(m_impl->page, 0, 0, 0);
    check("couleur du texte");
}

std::string HpdfDocument::save_to_memory() {
    HPDF_SaveToStream(m_impl->doc);
    check("écriture du PDF en mémoire");
    // Read exactly the stream's size in one call: asking for more raises STREAM_EOF.
    HPDF_UINT32 size = HPDF_GetStreamSize(m_impl->doc);
    std::string bytes(size, '\0');
    if (size > 0) {
        HPDF_ResetStream(m_impl->doc);
        HPDF_ReadFromStream(m_impl->doc, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
        check("lecture du PDF en mémoire");
        bytes.resize(size);
    }
    return bytes;
}

void HpdfDocument::save_to_file(const std::string& path) {
    const std::string bytes = save_to_memory();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw ReportError("impossible d'écrire le PDF " + path);
}

} // namespace cabas::reports
