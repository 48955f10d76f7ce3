// Reading the table of the categories' food-bank families from a CSV (one row per category), all
// or nothing. The format is documented for users in docs/import_formats.md.
#pragma once

#include "core/food_bank_family.hpp"
#include "services/io/import_error.hpp"
#include "services/io/text_encoding.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabas::services::io {

/// One row: the category as written (its code or its name; the service finds it) and its family,
/// checked and trimmed (core::checked_food_bank_family).
struct ImportedCategoryFamily {
    int line = 0;
    std::string category;
    core::FoodBankFamily family;
};

/// The lines that passed the file's own checks, and the problems of the others: the service
/// still checks every sound line against the catalogue, so one attempt lists every bad line.
struct CategoryFamilyImport {
    std::vector<ImportedCategoryFamily> rows;
    std::vector<ImportError> errors;        ///< sorted by line; file-level ones (line 0) first
    std::optional<TextEncoding> encoding;   ///< set whenever the bytes could be decoded
    bool ok() const { return errors.empty(); }
};

/// Parses a families file: header, then one row per category. Never throws for bad content:
/// every problem of the file alone (a missing or unknown column, a row with too many or too few
/// cells, an empty or too long part, a family code given two labels) is an ImportError. Whether
/// the categories exist, and whether one is listed twice, is for the service to judge.
CategoryFamilyImport parse_category_families_csv(std::string_view bytes, const std::string& file_name);

/// The column names, in the order of the documentation and of the export.
const std::vector<std::string>& category_family_columns();

} // namespace cabas::services::io
