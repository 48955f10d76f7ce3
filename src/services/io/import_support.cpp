// Shared import plumbing: file opening with header checks, and strict cell parsers whose
// messages are written for the person who filled in the spreadsheet.
#include "services/io/import_support.hpp"

#include "core/messages.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace cabas::services::io::detail {

void ErrorList::add(int line, std::string column, std::string reason) {
    m_errors.push_back({m_file, line, std::move(column), std::move(reason)});
}

std::vector<ImportError> ErrorList::take_sorted() {
    auto position = [this](const ImportError& e) -> long {
        if (e.column.empty()) return -1;
        const auto it = m_column_order.find(normalise_key(e.column));
        return it == m_column_order.end() ? -1 : static_cast<long>(it->second);
    };
    // Errors are few: recomputing positions in the comparison costs nothing worth caching.
    std::stable_sort(m_errors.begin(), m_errors.end(), [&](const ImportError& a, const ImportError& b) {
        return a.line != b.line ? a.line < b.line : position(a) < position(b);
    });
    return std::move(m_errors);
}

namespace {

/// Checks every header name; returns false when the header cannot be trusted.
bool map_header(OpenedCsv& csv, const HeaderRules& rules, ErrorList& errors) {
    bool ok = true;
    const auto& header = csv.table.header;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string key = normalise_key(header[i]);
        if (key.empty()) {
            errors.add(0, "", core::tr("la colonne {0} de l'en-tête n'a pas de nom", i + 1));
            ok = false;
            continue;
        }
        if (auto seen = csv.columns.find(key); seen != csv.columns.end()) {
            errors.add(0, header[i], core::tr("colonne en double (colonnes {0} et {1})", seen->second + 1, i + 1));
            ok = false;
            continue;
        }
        if (auto reason = rules.refuse(key)) {
            errors.add(0, header[i], *reason);
            ok = false;
        }
        csv.columns.emplace(key, i);
    }
    for (const auto& name : rules.required) {
        if (!csv.columns.contains(name)) {
            errors.add(0, name, core::tr("colonne obligatoire absente de l'en-tête"));
            ok = false;
        }
    }
    return ok;
}

} // namespace

std::optional<OpenedCsv> open_csv(std::string_view bytes, const HeaderRules& rules, ErrorList& errors,
                                  std::optional<TextEncoding>& encoding) {
    OpenedCsv csv;
    const CsvLimits limits;
    if (bytes.size() > limits.max_file_bytes) {
        errors.add(0, "", core::tr("fichier de {0} octets : au plus {1} octets par import (limite des imports)", bytes.size(),
                                   limits.max_file_bytes));
        return std::nullopt;
    }
    try {
        auto decoded = decode_to_utf8(bytes);
        csv.encoding = decoded.encoding;
        encoding = decoded.encoding;
        csv.table = read_csv(decoded.utf8, limits);
    } catch (const TextDecodingError& e) {
        errors.add(e.line(), e.line() > 0 ? core::tr("caractère {0}", e.column()) : "", e.reason());
        return std::nullopt;
    }
    for (const auto& problem : csv.table.problems) errors.add(problem.line, "", problem.reason);
    if (csv.table.header_line == 0) {
        if (csv.table.problems.empty()) errors.add(0, "", core::tr("fichier vide : la première ligne doit nommer les colonnes"));
        return std::nullopt;
    }
    // A bad header makes every row's reading meaningless: stop at the header's errors.
    if (!map_header(csv, rules, errors)) return std::nullopt;
    errors.set_column_order(csv.columns);
    return csv;
}

std::string Row::text(const std::string& column) const {
    const auto it = m_csv.columns.find(column);
    if (it == m_csv.columns.end()) return {};
    return core::trim(m_record.fields[it->second]);
}

void Row::error(const std::string& column, const std::string& reason) {
    m_errors.add(m_record.line, column, reason);
    m_ok = false;
}

std::optional<std::string> Row::required(const std::string& column) {
    std::string value = text(column);
    if (value.empty()) {
        error(column, core::tr("valeur obligatoire manquante"));
        return std::nullopt;
    }
    return value;
}

core::Money parse_import_amount(const std::string& text) {
    const core::Money amount = core::parse_amount(text);
    if (amount.cents() > k_max_import_cents)
        throw ValidationError("", core::tr("montant invraisemblable « {0} » (au plus 9 999 999,99 €)", text));
    return amount;
}

std::int64_t parse_count(const std::string& text, std::int64_t min) {
    const bool digits_only = std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits_only) throw ValidationError("", core::tr("nombre entier attendu : « {0} »", text));
    if (text.size() > 9) throw ValidationError("", core::tr("nombre trop grand : « {0} »", text));
    const std::int64_t value = std::stoll(text);
    if (value < min) throw ValidationError("", core::tr("au moins {0} attendu : « {1} »", min, text));
    return value;
}

bool parse_yes_no(const std::string& text) {
    const std::string key = normalise_key(text);
    if (key == "oui") return true;
    if (key == "non") return false;
    throw ValidationError("", core::tr("« oui » ou « non » attendu : « {0} »", text));
}

} // namespace cabas::services::io::detail
