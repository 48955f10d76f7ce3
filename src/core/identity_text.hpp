// The form of a person's names and birth date that two épiceries of one CCAS compare, through a
// keyed hash, to find a person already followed elsewhere (docs/design/multi_site.md): the same
// person typed « DUPONT-Lefèvre », « dupont lefevre » or « Dupont Lefèvre » must give one text.
#pragma once

#include "core/date.hpp"

#include <string>
#include <string_view>

namespace cabas::core {

/// `name` in lower-case ASCII letters and digits only: Latin accents and ligatures folded
/// (é→e, ç→c, œ→oe, ß→ss), case folded, spaces, hyphens, apostrophes and dots removed. Any
/// other character is kept as it is (lower-cased when it is an ASCII letter), so two names
/// that differ by something else never become one.
std::string normalised_name(std::string_view name);

/// "surname|first names|YYYY-MM-DD" from the normalised names: the message the CCAS key signs.
std::string identity_text(std::string_view last_name, std::string_view first_name, Date birth_date);

} // namespace cabas::core
