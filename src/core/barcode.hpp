// Product barcodes as the catalogue accepts them: EAN-13, EAN-8 or UPC-A with a right GS1 check
// digit, so a mistyped code is refused at entry instead of failing silently at the till.
#pragma once

#include <string>
#include <string_view>

namespace cabas::core {

enum class BarcodeKind { Ean13, Ean8, UpcA };

/// Why a code is not a product barcode; None when it is one.
enum class BarcodeProblem { None, Empty, NotDigits, BadLength, BadCheckDigit };

/// Checks the form (digits only; 8, 12 or 13 of them) and the GS1 check digit.
BarcodeProblem check_product_barcode(std::string_view code);

/// The symbology a valid code belongs to, by its length.
BarcodeKind barcode_kind(std::string_view valid_code);
std::string label_of(BarcodeKind);          ///< "EAN-13", "EAN-8", "UPC-A"

/// French reason for a problem, naming the code: "code-barres « 123 » : 8, 12 ou 13 chiffres attendus".
std::string describe(BarcodeProblem, std::string_view code);

/// Throws ValidationError(field, describe(...)) unless the code is a valid product barcode.
void require_product_barcode(std::string_view code, const std::string& field = "code-barres");

} // namespace cabas::core
