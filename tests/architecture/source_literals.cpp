#include "source_literals.hpp"
#include "source_files.hpp"

#include <cctype>

namespace cabas::testing {

namespace {

bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

/// True when the code just before `at` (spaces skipped) is `tr(` or `to_translate(`.
bool follows_marker(const std::string& text, std::size_t at) {
    std::size_t i = at;
    while (i > 0 && std::isspace(static_cast<unsigned char>(text[i - 1]))) --i;
    if (i == 0 || text[i - 1] != '(') return false;
    --i;
    while (i > 0 && std::isspace(static_cast<unsigned char>(text[i - 1]))) --i;
    std::size_t end = i;
    while (i > 0 && is_word(text[i - 1])) --i;
    const std::string name = text.substr(i, end - i);
    return name == "tr" || name == "to_translate";
}

} // namespace

std::vector<Literal> string_literals(const std::filesystem::path& file) {
    const std::string text = read_text(file);
    std::vector<Literal> out;
    int line = 1;
    bool joinable = false;  // only spaces since the last literal ended
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') ++line;
        if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
            while (i < text.size() && text[i] != '\n') ++i;
            ++line;
            continue;
        }
        if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
            for (i += 2; i + 1 < text.size() && !(text[i] == '*' && text[i + 1] == '/'); ++i)
                if (text[i] == '\n') ++line;
            ++i;
            continue;
        }
        if (c == '\'' && !(i > 0 && std::isxdigit(static_cast<unsigned char>(text[i - 1])))) {
            for (++i; i < text.size() && text[i] != '\''; ++i)
                if (text[i] == '\\') ++i;
            joinable = false;
            continue;
        }
        if (c == 'R' && i + 1 < text.size() && text[i + 1] == '"' && (i == 0 || !is_word(text[i - 1]) ||
                                                                      text[i - 1] == '8')) {
            const std::size_t open = text.find('(', i + 2);
            if (open == std::string::npos) break;
            const std::string close = ")" + text.substr(i + 2, open - i - 2) + "\"";
            const std::size_t end = text.find(close, open);
            if (end == std::string::npos) break;
            Literal literal{line, text.substr(open + 1, end - open - 1), false, true};
            for (std::size_t k = i; k < end; ++k)
                if (text[k] == '\n') ++line;
            out.push_back(std::move(literal));
            i = end + close.size() - 1;
            joinable = false;
            continue;
        }
        if (c == '"') {
            std::size_t end = i + 1;
            for (; end < text.size() && text[end] != '"'; ++end)
                if (text[end] == '\\') ++end;
            std::string piece = text.substr(i + 1, end - i - 1);
            if (joinable && !out.empty() && !out.back().raw) {
                out.back().text += piece;
            } else {
                out.push_back({line, std::move(piece), follows_marker(text, i), false});
            }
            i = end;
            joinable = true;
            continue;
        }
        if (!std::isspace(static_cast<unsigned char>(c))) joinable = false;
    }
    return out;
}

} // namespace cabas::testing
