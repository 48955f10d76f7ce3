// JSON parsing with positions: nlohmann reports the byte where parsing stopped; we turn it
// into a line and a column counted in characters, as editors show them.
#include "services/io/json_document.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"
#include "services/io/text_encoding.hpp"

#include <charconv>
#include <system_error>

namespace cabas::services::io {

namespace {

/// nlohmann's message minus its "[json.exception...] parse error at line L, column C: " prefix.
std::string detail_of(const nlohmann::json::parse_error& e) {
    const std::string what = e.what();
    const auto marker = what.find(": ", what.find("parse error"));
    return marker == std::string::npos ? what : what.substr(marker + 2);
}

[[noreturn]] void fail_at(const std::string& file, std::string_view text, std::size_t offset, const std::string& reason) {
    const core::utf8::Position p = core::utf8::position_of(text, offset);
    throw ValidationError(file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column), reason);
}

/// True when the JSON number at the start of `token` is too large (or too small) for a double:
/// nlohmann would throw out_of_range without saying where. Malformed numbers are left to it.
bool number_out_of_range(std::string_view token) {
    double value = 0;
    const auto result = std::from_chars(token.data(), token.data() + token.size(), value);
    return result.ec == std::errc::result_out_of_range;
}

bool is_number_char(char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; }

/// One pass outside strings before nlohmann builds anything. It counts the nesting of [ and {,
/// so a document nested 100,000 deep is refused at the bracket that crosses the limit instead
/// of exhausting the stack of whatever walks the tree later; and it places a number no double
/// can hold (1e999), which nlohmann refuses with no position at all.
void refuse_what_the_parser_cannot_place(std::string_view text, int max_depth, const std::string& file) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;  // the escaped character cannot end the string
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth)
                fail_at(file, text, i,
                        core::tr("JSON trop imbriqué : plus de {0} niveaux de [ ] ou { } (limite de ce fichier)", max_depth));
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            std::size_t end = i;
            while (end < text.size() && is_number_char(text[end])) ++end;
            const std::string_view token = text.substr(i, end - i);
            if (number_out_of_range(token))
                fail_at(file, text, i, core::tr("nombre hors limites {0}", core::quoted(token)));
            i = end - 1;
        }
    }
}

} // namespace

nlohmann::json parse_json_document(std::string_view bytes, const std::string& file, const JsonLimits& limits) {
    if (bytes.size() > limits.max_bytes)
        throw ValidationError(file, core::tr("fichier de {0} octets : au plus {1} octets (limite de ce fichier)", bytes.size(),
                                             limits.max_bytes));
    std::string text;
    try {
        text = decode_to_utf8(bytes).utf8;
    } catch (const TextDecodingError& e) {
        if (e.line() == 0) throw ValidationError(file, e.reason());
        throw ValidationError(file + ":" + std::to_string(e.line()) + ":" + std::to_string(e.column()), e.reason());
    }
    refuse_what_the_parser_cannot_place(text, limits.max_depth, file);
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based: the character at which the parser gave up.
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        const core::utf8::Position p = core::utf8::position_of(text, offset);
        fail_at(file, text, offset,
                core::tr("JSON invalide ligne {0}, colonne {1} ({2})", p.line, p.column, core::excerpt(detail_of(e))));
    }
}

} // namespace cabas::services::io
