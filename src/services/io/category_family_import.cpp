// The families import (see category_family_import.hpp): the shared CSV plumbing of the
// household and product imports, with one more check across rows, that a family code or a
// sub-family code keeps one label in the whole file.
#include "services/io/category_family_import.hpp"

#include "core/messages.hpp"

#include "services/io/import_support.hpp"

#include <algorithm>

namespace cabas::services::io {

namespace {

const std::vector<std::string> k_columns = {"categorie", "code_famille", "famille", "code_sous_famille", "sous_famille"};

std::optional<std::string> refuse_column(const std::string& key) {
    if (std::find(k_columns.begin(), k_columns.end(), key) != k_columns.end()) return std::nullopt;
    std::string known;
    for (const auto& c : k_columns) known += (known.empty() ? "" : ", ") + c;
    return core::tr("colonne inconnue (attendu : {0})", known);
}

std::optional<ImportedCategoryFamily> read_row(const CsvRecord& record, const detail::OpenedCsv& csv,
                                               detail::ErrorList& errors) {
    detail::Row row(record, csv, errors);
    ImportedCategoryFamily out;
    out.line = row.line();
    out.category = row.required("categorie").value_or("");
    const core::FoodBankFamily given{row.text("code_famille"), row.text("famille"), row.text("code_sous_famille"),
                                     row.text("sous_famille")};
    for (const auto& problem : core::food_bank_family_problems(given)) row.error(problem.field, problem.reason);
    if (!row.ok()) return std::nullopt;
    out.family = core::checked_food_bank_family(given);
    return out;
}

} // namespace

const std::vector<std::string>& category_family_columns() { return k_columns; }

CategoryFamilyImport parse_category_families_csv(std::string_view bytes, const std::string& file_name) {
    CategoryFamilyImport result;
    detail::ErrorList errors(file_name);
    const detail::HeaderRules rules{k_columns, refuse_column};
    if (auto csv = detail::open_csv(bytes, rules, errors, result.encoding)) {
        std::vector<ImportedCategoryFamily> rows;
        for (const auto& record : csv->table.rows) {
            auto row = read_row(record, *csv, errors);
            if (!row) continue;
            for (const auto& earlier : rows) {
                if (auto conflict = core::family_conflict(row->family, earlier.family)) {
                    errors.add(row->line, conflict->field, core::tr("{0} ligne {1}", conflict->reason, earlier.line));
                    break;
                }
            }
            rows.push_back(std::move(*row));
        }
        result.rows = std::move(rows);
    }
    result.errors = errors.take_sorted();
    return result;
}

} // namespace cabas::services::io
