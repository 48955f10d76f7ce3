// UTF-8, decoded once for the whole program: validation with the place of the first bad byte,
// iteration over characters, lengths in characters and cuts that never split a character.
// Every text Cabas stores is UTF-8; files from outside are checked with this before use.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cabas::core::utf8 {

/// What an invalid sequence decodes to.
inline constexpr char32_t kReplacement = 0xFFFD;

/// One character read at a byte offset. A malformed sequence (stray continuation byte,
/// truncated or overlong sequence, surrogate, code point past U+10FFFF, bytes F5..FF) decodes
/// as U+FFFD over a single byte with `valid` false, so a loop over a text always advances.
struct Decoded {
    char32_t code_point = kReplacement;
    std::size_t length = 1;  ///< bytes used, 1 to 4
    bool valid = false;
};

/// The character starting at `offset`; `offset` must be less than `text.size()`.
Decoded decode_at(std::string_view text, std::size_t offset);

/// Appends the UTF-8 encoding of `code_point`, a Unicode scalar value (not a surrogate, at
/// most U+10FFFF); anything else appends U+FFFD.
void append(std::string& out, char32_t code_point);

/// Where a byte is as an editor shows it: line and column both from 1, the column counted
/// in characters ('\n' ends a line).
struct Position {
    std::size_t line = 1;
    std::size_t column = 1;
    bool operator==(const Position&) const = default;
};

/// The position of the character at byte `offset` (offsets past the end give the end).
Position position_of(std::string_view text, std::size_t offset);

/// The first malformed sequence of a text.
struct InvalidSequence {
    std::size_t offset = 0;  ///< byte offset from the start of the text
    Position position;
    unsigned char byte = 0;  ///< the byte found there
};

/// nullopt when `text` is well-formed UTF-8.
std::optional<InvalidSequence> first_invalid(std::string_view text);
bool is_valid(std::string_view text);

/// Number of characters; each byte of a malformed sequence counts as one.
std::size_t length(std::string_view text);

/// The first `max_chars` characters of `text` (all of it when shorter).
std::string_view prefix(std::string_view text, std::size_t max_chars);

/// Removes the last character (all its bytes); does nothing on an empty string.
void pop_back(std::string& text);

/// The characters of a text in order, each with its byte offset:
/// `for (auto c : utf8::characters(text)) use(c.offset, c.decoded.code_point);`
class Characters {
public:
    struct Character {
        std::size_t offset = 0;
        Decoded decoded;
    };

    class Iterator {
    public:
        Iterator(std::string_view text, std::size_t offset) : m_text(text), m_offset(offset) {}
        Character operator*() const { return {m_offset, decode_at(m_text, m_offset)}; }
        Iterator& operator++() {
            m_offset += decode_at(m_text, m_offset).length;
            return *this;
        }
        bool operator!=(const Iterator& other) const { return m_offset != other.m_offset; }

    private:
        std::string_view m_text;
        std::size_t m_offset;
    };

    explicit Characters(std::string_view text) : m_text(text) {}
    Iterator begin() const { return {m_text, 0}; }
    Iterator end() const { return {m_text, m_text.size()}; }

private:
    std::string_view m_text;
};

inline Characters characters(std::string_view text) { return Characters(text); }

} // namespace cabas::core::utf8
