// Trimming and quoting, in characters (never cutting a UTF-8 sequence in two).
#include "core/text.hpp"

#include "core/utf8.hpp"

namespace cabas::core {

namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";        // U+00A0
constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF";  // U+202F
constexpr std::string_view kOpenQuote = "«";
constexpr std::string_view kCloseQuote = "»";

/// Bytes of the space at the start (or end) of `text`, 0 when it does not start with one.
std::size_t space_at_start(std::string_view text) {
    if (text.empty()) return 0;
    const char c = text.front();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    if (text.starts_with(kNoBreakSpace)) return kNoBreakSpace.size();
    if (text.starts_with(kNarrowNoBreakSpace)) return kNarrowNoBreakSpace.size();
    return 0;
}

std::size_t space_at_end(std::string_view text) {
    if (text.empty()) return 0;
    const char c = text.back();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    if (text.ends_with(kNoBreakSpace)) return kNoBreakSpace.size();
    if (text.ends_with(kNarrowNoBreakSpace)) return kNarrowNoBreakSpace.size();
    return 0;
}

} // namespace

std::string trim(std::string_view text) {
    while (std::size_t n = space_at_start(text)) text.remove_prefix(n);
    while (std::size_t n = space_at_end(text)) text.remove_suffix(n);
    return std::string(text);
}

std::string excerpt(std::string_view text, std::size_t max_chars) {
    const std::string_view kept = utf8::prefix(text, max_chars);
    if (kept.size() == text.size()) return std::string(text);
    return std::string(kept) + "…";
}

std::string quoted(std::string_view text) { return "« " + excerpt(text) + " »"; }

std::string clip_quoted_values(std::string_view message, std::size_t max_chars) {
    std::string out;
    while (true) {
        const std::size_t open = message.find(kOpenQuote);
        if (open == std::string_view::npos) break;
        const std::size_t start = open + kOpenQuote.size();
        const std::size_t close = message.find(kCloseQuote, start);
        if (close == std::string_view::npos) {
            // An unclosed quote still gets cut: the value runs to the end of the message.
            out += message.substr(0, start);
            out += excerpt(message.substr(start), max_chars);
            return out;
        }
        // The value sits between the spaces that follow « and precede »: keep those spaces.
        std::string_view value = message.substr(start, close - start);
        const bool space_before = value.starts_with(' ');
        if (space_before) value.remove_prefix(1);
        const bool space_after = value.ends_with(' ');
        if (space_after) value.remove_suffix(1);
        out += message.substr(0, start);
        if (space_before) out += ' ';
        out += excerpt(value, max_chars);
        if (space_after) out += ' ';
        out += kCloseQuote;
        message.remove_prefix(close + kCloseQuote.size());
    }
    out += message;
    return out;
}

} // namespace cabas::core
