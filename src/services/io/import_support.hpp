// Plumbing shared by the CSV imports (households, products): decoding and header checks,
// an error collector, and typed cell readers that record an error instead of throwing.
// Internal to services/io; the public API is in household_import.hpp and product_import.hpp.
#pragma once

#include "core/error.hpp"
#include "core/money.hpp"
#include "services/io/csv_reader.hpp"
#include "services/io/import_error.hpp"
#include "services/io/text_encoding.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabas::services::io::detail {

/// Largest amount an import accepts: anything above is a typo or a spreadsheet artefact.
inline constexpr std::int64_t k_max_import_cents = 999'999'999;  // 9 999 999,99 €

/// Collects errors for one file; hands them back sorted by line, then by the column's place
/// in the file (row-level errors first), so the list reads like the spreadsheet.
class ErrorList {
public:
    explicit ErrorList(std::string file) : m_file(std::move(file)) {}
    void add(int line, std::string column, std::string reason);
    bool empty() const { return m_errors.empty(); }
    /// Normalised column name -> position in the header, for the sort.
    void set_column_order(std::map<std::string, std::size_t> order) { m_column_order = std::move(order); }
    std::vector<ImportError> take_sorted();

private:
    std::string m_file;
    std::vector<ImportError> m_errors;
    std::map<std::string, std::size_t> m_column_order;
};

/// What a header check needs: required columns, and a judge of every other name that returns
/// the reason a normalised name is refused, or nullopt when it is accepted.
struct HeaderRules {
    std::vector<std::string> required;
    std::function<std::optional<std::string>(const std::string&)> refuse;
};

/// A decoded CSV with a sound header; `columns` maps normalised names to positions.
struct OpenedCsv {
    TextEncoding encoding = TextEncoding::Utf8;
    CsvTable table;
    std::map<std::string, std::size_t> columns;
};

/// Decodes, parses and checks the header. Encoding and header problems are file-level
/// errors (line 0) and give nullopt; structural row problems are recorded and those rows are
/// simply absent from the table. `encoding` is set whenever decoding succeeded.
std::optional<OpenedCsv> open_csv(std::string_view bytes, const HeaderRules& rules, ErrorList& errors,
                                  std::optional<TextEncoding>& encoding);

/// One data row: trimmed cell text by column name, and readers that record errors.
class Row {
public:
    Row(const CsvRecord& record, const OpenedCsv& csv, ErrorList& errors)
        : m_record(record), m_csv(csv), m_errors(errors) {}

    int line() const { return m_record.line; }
    /// Trimmed text of a column; empty when the column is absent from the file.
    std::string text(const std::string& column) const;
    /// True when no reader has recorded an error on this row.
    bool ok() const { return m_ok; }
    void error(const std::string& column, const std::string& reason);

    /// The text, or an error "valeur obligatoire manquante" and nullopt when empty.
    std::optional<std::string> required(const std::string& column);

    /// Applies `parse` to a non-empty cell; a ValidationError becomes a recorded error.
    /// Returns nullopt for an empty cell (no error) or a refused one (error recorded).
    template <class Parse>
    auto read(const std::string& column, Parse&& parse) -> std::optional<decltype(parse(std::string()))> {
        const std::string cell = text(column);
        if (cell.empty()) return std::nullopt;
        try {
            return parse(cell);
        } catch (const ValidationError& e) {
            error(column, e.reason());
            return std::nullopt;
        }
    }

private:
    const CsvRecord& m_record;
    const OpenedCsv& m_csv;
    ErrorList& m_errors;
    bool m_ok = true;
};

// Cell parsers: each throws ValidationError("", reason) on bad text.

/// A French amount, not negative, at most 9 999 999,99 €.
core::Money parse_import_amount(const std::string& text);
/// A whole number of at most 9 digits, at least `min`.
std::int64_t parse_count(const std::string& text, std::int64_t min);
/// "oui" or "non" (any case).
bool parse_yes_no(const std::string& text);

} // namespace cabas::services::io::detail
