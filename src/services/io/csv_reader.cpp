// CSV parsing by a small state machine over the text, counting physical lines as it goes so
// every record and every problem points at the line a user sees in a text editor.
#include "services/io/csv_reader.hpp"

#include <array>

namespace cabas::services::io {

namespace {

bool is_blank(const std::vector<std::string>& fields) {
    for (const auto& f : fields)
        if (!trim(f).empty()) return false;
    return true;
}

/// Reads records one at a time; after a problem it resumes at the next physical line.
class Parser {
public:
    enum class Outcome { Record, Problem, End };

    Parser(std::string_view text, char delimiter) : m_text(text), m_delimiter(delimiter) {}

    Outcome next(CsvRecord& record, CsvProblem& problem) {
        if (m_pos >= m_text.size()) return Outcome::End;
        record.line = m_line;
        record.fields.clear();
        while (true) {
            std::string field;
            const bool ok = m_text[m_pos] == '"' ? read_quoted(field, problem) : read_unquoted(field, problem);
            if (!ok) return Outcome::Problem;
            record.fields.push_back(std::move(field));
            if (m_pos >= m_text.size()) return Outcome::Record;
            if (m_text[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            consume_newline();
            return Outcome::Record;
        }
    }

private:
    bool at_newline() const { return m_text[m_pos] == '\n' || m_text[m_pos] == '\r'; }

    /// CRLF, LF and a lone CR (old Mac files) all end a line.
    void consume_newline() {
        if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') ++m_pos;
        ++m_pos;
        ++m_line;
    }

    void skip_rest_of_line() {
        while (m_pos < m_text.size() && !at_newline()) ++m_pos;
        if (m_pos < m_text.size()) consume_newline();
    }

    bool read_unquoted(std::string& field, CsvProblem& problem) {
        while (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !at_newline()) {
            if (m_text[m_pos] == '"') {
                problem = {m_line, "guillemet isolé dans un champ sans guillemets : entourez le champ de guillemets "
                                   "et doublez ceux qu'il contient"};
                skip_rest_of_line();
                return false;
            }
            field += m_text[m_pos++];
        }
        return true;
    }

    bool read_quoted(std::string& field, CsvProblem& problem) {
        const int opened_on = m_line;
        ++m_pos;
        while (true) {
            if (m_pos >= m_text.size()) {
                // Everything after the quote was swallowed: nothing more can be trusted.
                problem = {opened_on, "guillemet ouvert jamais fermé (la suite du fichier est illisible)"};
                return false;
            }
            const char c = m_text[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (c == '\n' || c == '\r') {
                consume_newline();
                field += '\n';  // embedded CRLF becomes LF: one convention in the database
                continue;
            }
            field += c;
            ++m_pos;
        }
        if (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !at_newline()) {
            problem = {m_line, "texte après un guillemet fermant : doublez les guillemets à l'intérieur d'un champ"};
            skip_rest_of_line();
            return false;
        }
        return true;
    }

    std::string_view m_text;
    char m_delimiter;
    std::size_t m_pos = 0;
    int m_line = 1;
};

/// Replacements for U+00C0..U+00FF; empty keeps the character (×, ÷, Þ, þ).
constexpr std::array<const char*, 64> k_latin1_folded = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "",  "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "",  "y"};

/// Folds one UTF-8 sequence starting at text[i] if it is a Latin letter with a diacritic;
/// returns the number of bytes consumed (0 when not folded).
std::size_t fold_accent(std::string_view text, std::size_t i, std::string& out) {
    if (i + 1 >= text.size()) return 0;
    const auto b0 = static_cast<unsigned char>(text[i]);
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    if (b0 == 0xC3 && b1 >= 0x80 && b1 <= 0xBF && *k_latin1_folded[b1 - 0x80] != '\0') {
        out += k_latin1_folded[b1 - 0x80];
        return 2;
    }
    if (b0 == 0xC5 && (b1 == 0x92 || b1 == 0x93)) {  // Œ œ
        out += "oe";
        return 2;
    }
    if (b0 == 0xC5 && b1 == 0xB8) {  // Ÿ
        out += 'y';
        return 2;
    }
    return 0;
}

} // namespace

std::string CsvProblem::message() const { return "ligne " + std::to_string(line) + " : " + reason; }

std::string trim(std::string_view text) {
    auto space_at_start = [&](std::size_t& n) {
        if (text.empty()) return false;
        if (text.front() == ' ' || text.front() == '\t') { n = 1; return true; }
        if (text.size() >= 2 && text.substr(0, 2) == "\xC2\xA0") { n = 2; return true; }
        if (text.size() >= 3 && text.substr(0, 3) == "\xE2\x80\xAF") { n = 3; return true; }
        return false;
    };
    auto space_at_end = [&](std::size_t& n) {
        if (text.empty()) return false;
        if (text.back() == ' ' || text.back() == '\t') { n = 1; return true; }
        if (text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0") { n = 2; return true; }
        if (text.size() >= 3 && text.substr(text.size() - 3) == "\xE2\x80\xAF") { n = 3; return true; }
        return false;
    };
    std::size_t n = 0;
    while (space_at_start(n)) text.remove_prefix(n);
    while (space_at_end(n)) text.remove_suffix(n);
    return std::string(text);
}

std::string normalise_key(std::string_view raw) {
    const std::string text = trim(raw);
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == ' ' || c == '-' || c == '\t' || c == '_') {
            if (out.empty() || out.back() != '_') out += '_';
            ++i;
        } else if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
            ++i;
        } else if (std::size_t used = fold_accent(text, i, out); used > 0) {
            i += used;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

char detect_delimiter(std::string_view header_line) {
    std::size_t semicolons = 0, tabs = 0, commas = 0;
    bool quoted = false;
    for (char c : header_line) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        if (c == ';') ++semicolons;
        if (c == '\t') ++tabs;
        if (c == ',') ++commas;
    }
    if (semicolons >= tabs && semicolons >= commas) return ';';
    return tabs >= commas ? '\t' : ',';
}

CsvTable read_csv(std::string_view text) {
    CsvTable table;
    // The header is the first line with something on it; blank lines before it are skipped.
    std::size_t start = 0;
    while (start < text.size() && (text[start] == '\n' || text[start] == '\r' || text[start] == ' ' || text[start] == '\t'))
        ++start;
    table.delimiter = detect_delimiter(text.substr(start));

    Parser parser(text, table.delimiter);
    CsvRecord record;
    CsvProblem problem;
    while (true) {
        const auto outcome = parser.next(record, problem);
        if (outcome == Parser::Outcome::End) break;
        if (outcome == Parser::Outcome::Problem) {
            table.problems.push_back(problem);
            if (table.header_line == 0) break;  // without a sound header no row can be read
            continue;
        }
        if (is_blank(record.fields)) continue;
        if (table.header_line == 0) {
            table.header_line = record.line;
            for (const auto& name : record.fields) table.header.push_back(trim(name));
            continue;
        }
        if (record.fields.size() != table.header.size()) {
            const auto n = record.fields.size();
            table.problems.push_back({record.line, std::to_string(n) + (n > 1 ? " colonnes" : " colonne") + " au lieu de " +
                                                       std::to_string(table.header.size())});
            continue;
        }
        table.rows.push_back(record);
    }
    return table;
}

} // namespace cabas::services::io
