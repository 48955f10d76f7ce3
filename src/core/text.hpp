// Small text helpers every layer needs the same way: trimming what people type or paste, and
// quoting a value in a message without letting a huge value flood the screen.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cabas::core {

/// `text` without the spaces around it: ASCII space, tab, CR and LF, and the no-break spaces
/// French keyboards and office suites insert (U+00A0, U+202F).
std::string trim(std::string_view text);

/// How many characters of a value a message quotes.
inline constexpr std::size_t kQuotedCharacters = 60;

/// The first `max_chars` characters of `text`, followed by "…" when something was cut.
std::string excerpt(std::string_view text, std::size_t max_chars = kQuotedCharacters);

/// `« text »` with the text cut by excerpt(): how messages show a value someone typed.
std::string quoted(std::string_view text);

/// `message` with every value between « and » cut by excerpt(), so that a message built
/// around a 2 MB cell stays a line long. The rest of the message is kept as is.
std::string clip_quoted_values(std::string_view message, std::size_t max_chars = kQuotedCharacters);

} // namespace cabas::core
