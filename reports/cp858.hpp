// UTF-8 to code page 858 (PC858: CP850 with € at 0xD5), the code page that thermal printers
// in French shops can select and that holds every French letter except œ.
#pragma once

#include <string>
#include <string_view>

namespace cabas::reports {

/// One byte per character, ready to send after ESC t 19. Characters CP858 lacks are replaced
/// by their usual ASCII spelling (œ → "oe", ’ → ', — → -), no-break spaces by a space, and
/// anything else, including malformed UTF-8 and control characters, by '?': text from the
/// database must never be able to send a printer command.
std::string utf8_to_cp858(std::string_view utf8);

} // namespace cabas::reports
