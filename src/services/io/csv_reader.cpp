// CSV parsing by a small state machine over the text, counting physical lines as it goes so
// every record and every problem points at the line a user sees in a text editor.
#include "services/io/csv_reader.hpp"

#include "core/messages.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

#include <array>

namespace cabas::services::io {

namespace {

bool is_blank(const std::vector<std::string>& fields) {
    for (const auto& f : fields)
        if (!core::trim(f).empty()) return false;
    return true;
}

/// Reads records one at a time; after a problem it resumes at the next physical line.
class Parser {
public:
    enum class Outcome { Record, Problem, End };

    Parser(std::string_view text, char delimiter, const CsvLimits& limits)
        : m_text(text), m_delimiter(delimiter), m_limits(limits) {}

    Outcome next(CsvRecord& record, CsvProblem& problem) {
        if (m_pos >= m_text.size()) return Outcome::End;
        record.line = m_line;
        record.fields.clear();
        if (const std::size_t length = line_length(); length > m_limits.max_line_bytes) {
            problem = {m_line, core::tr("ligne de {0} octets : au plus {1} octets par ligne (limite des imports)", length,
                                        m_limits.max_line_bytes)};
            skip_rest_of_line();
            return Outcome::Problem;
        }
        while (true) {
            std::string field;
            const bool ok = m_text[m_pos] == '"' ? read_quoted(field, problem) : read_unquoted(field, problem);
            if (!ok) return Outcome::Problem;
            if (field.size() > m_limits.max_field_bytes) {
                problem = {record.line, core::tr("champ n° {0} de {1} octets : au plus {2} octets par champ (limite des imports)",
                                                 record.fields.size() + 1, field.size(), m_limits.max_field_bytes)};
                if (m_pos < m_text.size() && !at_newline()) skip_rest_of_line();
                else if (m_pos < m_text.size()) consume_newline();
                return Outcome::Problem;
            }
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

    /// Bytes from here to the end of the physical line.
    std::size_t line_length() const {
        const std::size_t end = m_text.find_first_of("\r\n", m_pos);
        return (end == std::string_view::npos ? m_text.size() : end) - m_pos;
    }

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
                problem = {m_line, core::tr("guillemet isolé dans un champ sans guillemets : entourez le champ de guillemets "
                                            "et doublez ceux qu'il contient")};
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
                problem = {opened_on, core::tr("guillemet ouvert jamais fermé (la suite du fichier est illisible)")};
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
            problem = {m_line, core::tr("texte après un guillemet fermant : doublez les guillemets à l'intérieur d'un champ")};
            skip_rest_of_line();
            return false;
        }
        return true;
    }

    std::string_view m_text;
    char m_delimiter;
    CsvLimits m_limits;
    std::size_t m_pos = 0;
    int m_line = 1;
};

/// Replacements for U+00C0..U+00FF; empty keeps the character (×, ÷, Þ, þ).
constexpr std::array<const char*, 64> k_latin1_folded = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "",  "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "",  "y"};

/// Folds the character starting at text[i] if it is a Latin letter with a diacritic; returns
/// the number of bytes consumed (0 when not folded).
std::size_t fold_accent(std::string_view text, std::size_t i, std::string& out) {
    const core::utf8::Decoded d = core::utf8::decode_at(text, i);
    if (!d.valid) return 0;
    if (d.code_point >= 0xC0 && d.code_point <= 0xFF && *k_latin1_folded[d.code_point - 0xC0] != '\0') {
        out += k_latin1_folded[d.code_point - 0xC0];
        return d.length;
    }
    if (d.code_point == 0x152 || d.code_point == 0x153) {  // Œ œ
        out += "oe";
        return d.length;
    }
    if (d.code_point == 0x178) {  // Ÿ
        out += 'y';
        return d.length;
    }
    return 0;
}

} // namespace

std::string CsvProblem::message() const { return core::tr("ligne {0} : {1}", line, reason); }

std::string normalise_key(std::string_view raw) {
    const std::string text = core::trim(raw);
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

CsvTable read_csv(std::string_view text, const CsvLimits& limits) {
    CsvTable table;
    // The header is the first line with something on it; blank lines before it are skipped.
    std::size_t start = 0;
    while (start < text.size() && (text[start] == '\n' || text[start] == '\r' || text[start] == ' ' || text[start] == '\t'))
        ++start;
    table.delimiter = detect_delimiter(text.substr(start));

    Parser parser(text, table.delimiter, limits);
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
            for (const auto& name : record.fields) table.header.push_back(core::trim(name));
            continue;
        }
        if (record.fields.size() != table.header.size()) {
            const auto n = record.fields.size();
            table.problems.push_back({record.line, n > 1 ? core::tr("{0} colonnes au lieu de {1}", n, table.header.size())
                                                         : core::tr("{0} colonne au lieu de {1}", n, table.header.size())});
            continue;
        }
        if (table.rows.size() == limits.max_rows) {
            table.problems.push_back({record.line, core::tr("plus de {0} lignes de données (limite d'un import) : découpez le fichier",
                                                            limits.max_rows)});
            break;
        }
        table.rows.push_back(record);
    }
    return table;
}

} // namespace cabas::services::io
