// Product barcode validation over the GS1 check digit shared with card numbers.
#include "core/barcode.hpp"

#include "core/card_number.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"

#include <algorithm>

namespace cabas::core {

BarcodeProblem check_product_barcode(std::string_view code) {
    if (code.empty()) return BarcodeProblem::Empty;
    if (!std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return BarcodeProblem::NotDigits;
    if (code.size() != 8 && code.size() != 12 && code.size() != 13) return BarcodeProblem::BadLength;
    if (!has_valid_gs1_check_digit(code)) return BarcodeProblem::BadCheckDigit;
    return BarcodeProblem::None;
}

BarcodeKind barcode_kind(std::string_view code) {
    if (code.size() == 8) return BarcodeKind::Ean8;
    if (code.size() == 12) return BarcodeKind::UpcA;
    return BarcodeKind::Ean13;
}

std::string label_of(BarcodeKind kind) {
    switch (kind) {
    case BarcodeKind::Ean13: return "EAN-13";
    case BarcodeKind::Ean8: return "EAN-8";
    case BarcodeKind::UpcA: return "UPC-A";
    }
    return "EAN-13";
}

std::string describe(BarcodeProblem problem, std::string_view code) {
    const std::string shown = quoted(code);
    switch (problem) {
    case BarcodeProblem::None: return tr("code-barres {0} valide", shown);
    case BarcodeProblem::Empty: return tr("code-barres vide");
    case BarcodeProblem::NotDigits: return tr("code-barres {0} : chiffres seulement", shown);
    case BarcodeProblem::BadLength: return tr("code-barres {0} : 8, 12 ou 13 chiffres attendus (EAN-8, UPC-A, EAN-13)", shown);
    case BarcodeProblem::BadCheckDigit: return tr("code-barres {0} : chiffre de contrôle invalide (erreur de saisie ?)", shown);
    }
    return shown;
}

void require_product_barcode(std::string_view code, const std::string& field) {
    const BarcodeProblem problem = check_product_barcode(code);
    if (problem != BarcodeProblem::None) throw ValidationError(field, describe(problem, code));
}

} // namespace cabas::core
