// zint's vector output copied into plain structs: the zint symbol is freed before returning,
// whatever happens, and zint's errors become ReportError.
#include "reports/barcode_vector.hpp"

#include "core/error.hpp"

#include <zint.h>

#include <cctype>
#include <cstring>
#include <memory>

namespace cabas::reports {

namespace {

struct SymbolDeleter {
    void operator()(zint_symbol* s) const { ZBarcode_Delete(s); }
};

} // namespace

BarcodeVector ean13_vector(const std::string& number) {
    if (number.size() != 13)
        throw ReportError("code-barres : un EAN-13 a 13 chiffres (« " + number + " » en a " +
                          std::to_string(number.size()) + ")");
    for (char c : number)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            throw ReportError("code-barres : « " + number + " » contient autre chose que des chiffres");
    std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    if (!symbol) throw ReportError("code-barres : zint n'a pas pu créer le symbole (mémoire)");
    symbol->symbology = BARCODE_EANX_CHK;  // the data carries its check digit: zint verifies it
    symbol->show_hrt = 1;
    const auto* data = reinterpret_cast<const unsigned char*>(number.data());
    int rc = ZBarcode_Encode(symbol.get(), data, static_cast<int>(number.size()));
    if (rc < ZINT_ERROR) rc = ZBarcode_Buffer_Vector(symbol.get(), 0);
    if (rc >= ZINT_ERROR) throw ReportError(std::string("code-barres : zint refuse « ") + number + " » : " + symbol->errtxt);

    BarcodeVector out;
    out.width = symbol->vector->width;
    out.height = symbol->vector->height;
    for (auto* r = symbol->vector->rectangles; r; r = r->next) out.bars.push_back({r->x, r->y, r->width, r->height});
    for (auto* s = symbol->vector->strings; s; s = s->next)
        out.texts.push_back({s->x, s->y, s->fsize, s->halign, std::string(reinterpret_cast<const char*>(s->text),
                                                               static_cast<std::size_t>(s->length))});
    return out;
}

} // namespace cabas::reports
