// EAN-13 barcodes as vector shapes from zint (libzint's vector output), so the PDF draws sharp
// bars at any printer resolution and no barcode encoding is written by hand here.
#pragma once

#include <string>
#include <vector>

namespace cabas::reports {

/// Shapes in zint's units with zint's orientation: origin top-left, y growing downward.
struct BarcodeVector {
    struct Bar {
        double x = 0, y = 0, width = 0, height = 0;
    };
    struct Text {
        double x = 0, y = 0;   ///< baseline position, x as `align` says
        double size = 0;
        int align = 0;         ///< zint's halign: 0 centre, 1 left, 2 right
        std::string text;
    };
    double width = 0;
    double height = 0;
    std::vector<Bar> bars;
    std::vector<Text> texts;   ///< the human-readable digits under the bars
};

/// The EAN-13 of a 13-digit number whose last digit is its check digit. Throws ReportError
/// with zint's message when zint refuses the data.
BarcodeVector ean13_vector(const std::string& number);

} // namespace cabas::reports
