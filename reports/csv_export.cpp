// CSV writing for report tables (see csv_export.hpp).
#include "reports/csv_export.hpp"

#include "core/error.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace cabas::reports {

namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

/// "12", "-3", "1234,50": a number LibreOffice reads as a number in a French locale.
bool is_plain_number(const std::string& s) {
    std::size_t i = s.empty() || s[0] != '-' ? 0 : 1;
    if (i >= s.size()) return false;
    bool digits = false, comma = false;
    for (; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9') digits = true;
        else if (s[i] == ',' && !comma && digits) comma = true;
        else return false;
    }
    return digits && s.back() != ',';
}

std::string line_of(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? ";" : "") + csv_field(fields[i]);
    return out + "\r\n";
}

std::string csv_cell(const Cell& c, int threshold) {
    if (!c.suppressed() && c.kind == CellKind::Money) return core::format_decimal(core::Money::from_cents(c.value));
    return cell_text(c, threshold);
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    out.close();
    if (!out) throw ReportError("impossible d'écrire le fichier CSV « " + path.string() + " »");
}

} // namespace

std::string csv_field(const std::string& text) {
    std::string s = text;
    if (!s.empty() && !is_plain_number(s) &&
        (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
        s.insert(s.begin(), '\'');
    if (s.find_first_of(";\"\r\n") == std::string::npos && (s.empty() || (s.front() != ' ' && s.back() != ' '))) return s;
    std::string quoted = "\"";
    for (char ch : s) {
        if (ch == '"') quoted += '"';
        quoted += ch;
    }
    return quoted + "\"";
}

std::string table_to_csv(const Table& t, int threshold) {
    std::string out = kBom + line_of(t.columns);
    for (const auto& row : t.rows) {
        const std::size_t indent = row.label.find_first_not_of(' ');  // the PDF's indentation of sub-rows
        std::vector<std::string> fields{indent == std::string::npos ? row.label : row.label.substr(indent)};
        for (const auto& c : row.cells) fields.push_back(csv_cell(c, threshold));
        out += line_of(fields);
    }
    return out;
}

std::string chart_to_csv(const Chart& c, int threshold) {
    std::vector<std::string> header{c.kind == Chart::Kind::Line ? "Mois" : "Catégorie"};
    for (const auto& s : c.series) header.push_back(s.name);
    std::string out = kBom + line_of(header);
    for (std::size_t i = 0; i < c.labels.size(); ++i) {
        std::vector<std::string> fields{c.labels[i]};
        for (const auto& s : c.series) {
            if (s.hidden[i]) {
                fields.push_back("< " + std::to_string(threshold));
                continue;
            }
            const auto hundredths = static_cast<long long>(s.values[i] * 100 + (s.values[i] < 0 ? -0.5 : 0.5));
            fields.push_back(hundredths % 100 == 0 ? std::to_string(hundredths / 100)
                                                   : core::format_decimal(core::Money::from_cents(hundredths)));
        }
        out += line_of(fields);
    }
    return out;
}

std::vector<std::string> write_csv_tables(const ReportDocument& d, const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw ReportError("impossible de créer le dossier « " + dir + " » : " + ec.message());
    std::vector<std::string> written;
    int chart = 0;
    for (const auto& s : d.sections) {
        for (const auto& t : s.tables) {
            const auto path = std::filesystem::path(dir) / (t.id + ".csv");
            write_file(path, table_to_csv(t, d.threshold));
            written.push_back(path.string());
        }
        for (const auto& c : s.charts) {
            const auto path = std::filesystem::path(dir) / ("graphique_" + std::to_string(++chart) + ".csv");
            write_file(path, chart_to_csv(c, d.threshold));
            written.push_back(path.string());
        }
    }
    return written;
}

} // namespace cabas::reports
