// Scanner input typed through the wrong keyboard layout. Many USB scanners in France are set
// for a QWERTY keyboard while the PC is AZERTY: the scanner presses the digit-row keys without
// Shift, and the AZERTY layout turns them into `& é " ' ( - è _ ç à`. The code is still all
// there, one character per digit, so it can be read back without touching the scanner.
#pragma once

#include <string>
#include <string_view>

namespace cabas::core {

/// The digits a scan stands for when it was typed on the AZERTY digit row (French, with the
/// Belgian `§` and `!`, and the capitals É È Ç À some layouts give with Caps Lock), digits
/// mixed in allowed. Anything else (letters, spaces, an empty text, a text of digits only)
/// comes back unchanged: the rule only ever turns a text made wholly of digit-row keys into
/// digits, so a product name or a login is never rewritten.
std::string normalise_scanned_code(std::string_view text);

/// True when `text` contains at least one AZERTY digit-row character that
/// normalise_scanned_code() would have turned into a digit: the reader is probably set for
/// another layout, which the till says in plain words when the code is still unknown.
bool looks_like_layout_mixup(std::string_view text);

} // namespace cabas::core
