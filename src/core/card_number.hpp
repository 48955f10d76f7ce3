// Card numbers: EAN-13 codes in a GS1 restricted-circulation prefix (2x), so the till tells a
// card from a product by its prefix, and a mistyped digit fails the check digit.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cabas::core {

/// GS1 mod-10 check digit of the digits given (without the check digit).
int gs1_check_digit(std::string_view digits_without_check);

/// True for 8, 12 or 13 digits whose last digit is the right GS1 check digit
/// (EAN-8, UPC-A, EAN-13).
bool has_valid_gs1_check_digit(std::string_view code);

/// Builds the 13-digit card number for `serial` under `prefix` ("29"): prefix, the serial
/// zero-padded to fill 12 digits, check digit. Throws ValidationError if the serial does not fit
/// or the prefix is not 1-4 digits starting with 2.
std::string make_card_number(std::string_view prefix, std::uint64_t serial);

/// Largest serial that fits under `prefix` (10^(12 - prefix length) - 1).
std::uint64_t max_card_serial(std::string_view prefix);

/// A card number as typed or pasted: spaces around it are dropped, then it must be exactly 13
/// digits (the check digit is judged later, by classify_card_code). Throws ValidationError
/// ("numéro de carte", reason) otherwise.
std::string parse_card_number(std::string_view text);

enum class CardCodeKind { Card, CardBadCheckDigit, NotACard };

/// Classifies a scanned code: a card of this épicerie, a mistyped card, or something else
/// (a product barcode).
CardCodeKind classify_card_code(std::string_view code, std::string_view prefix);

} // namespace cabas::core
