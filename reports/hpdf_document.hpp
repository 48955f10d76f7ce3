// A small RAII wrapper over libharu: one document with UTF-8 TrueType fonts, text helpers in
// points, and saving to a file or to memory. libharu errors never cross C frames as exceptions.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cabas::reports {

/// TrueType fonts to embed (docs/design/architecture.md §7: the caller passes them; DejaVu by
/// default because it has é, œ, €, and the narrow no-break space format_euros writes).
struct FontPaths {
    std::string regular = CABAS_DEFAULT_FONT;
    std::string bold = CABAS_DEFAULT_BOLD_FONT;
};

enum class Align { Left, Centre, Right };

/// One PDF document being drawn. Coordinates are PDF points (1/72 in), origin bottom-left of
/// the current page. Every libharu call goes through check(), which throws cabas::ReportError
/// with libharu's status and detail codes when the error handler recorded a failure.
class HpdfDocument {
public:
    /// Creates the document and loads both fonts. Throws ReportError (e.g. a missing font file).
    explicit HpdfDocument(const FontPaths& fonts);
    ~HpdfDocument();
    HpdfDocument(const HpdfDocument&) = delete;
    HpdfDocument& operator=(const HpdfDocument&) = delete;

    /// Throws ReportError naming `what` if libharu reported an error since the last check.
    void check(std::string_view what);

    /// Adds a page, which becomes the current one for the drawing calls below.
    void add_page(double width_pt, double height_pt);
    /// Number of pages so far, and going back to one (0-based) to draw on it again, e.g. to
    /// write "page 2 / 7" once the page count is known.
    std::size_t page_count() const;
    void select_page(std::size_t index);

    /// Width of `text` in points at `size`, as it would be drawn.
    double text_width(std::string_view text, double size, bool bold);
    /// Splits `text` at spaces into lines no wider than `width_pt`; a single word wider than
    /// the line is cut between characters so that nothing is ever drawn past the margin.
    std::vector<std::string> wrap(std::string_view text, double width_pt, double size, bool bold);

    /// Draws one line whose baseline is at `y`: starting at `x` (Left), centred on `x` (Centre),
    /// or ending at `x` (Right).
    void text(double x, double y, std::string_view text, double size, bool bold, Align align = Align::Left);
    void line(double x1, double y1, double x2, double y2, double width_pt);
    void rectangle(double x, double y, double width, double height, double line_width_pt);
    /// A solid black rectangle (barcode bars), no outline.
    void fill_rectangle(double x, double y, double width, double height);
    /// A frame with rounded corners of `radius` points (card outlines), stroked in light grey.
    void rounded_frame(double x, double y, double width, double height, double radius, double line_width_pt);
    /// A filled rectangle without outline; colour components 0..1.
    void fill_rectangle(double x, double y, double width, double height, double r, double g, double b);
    /// An open path through `points` (x, y pairs), stroked in the given colour; a dash pattern
    /// (on, off in points) when `dashed`. Colours are restored to black afterwards.
    void polyline(const std::vector<std::pair<double, double>>& points, double width_pt, double r, double g, double b,
                  bool dashed = false);
    /// Text in a colour (restored to black afterwards).
    void coloured_text(double x, double y, std::string_view text, double size, bool bold, Align align, double r, double g,
                       double b);

    std::string save_to_memory();
    void save_to_file(const std::string& path);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cabas::reports
