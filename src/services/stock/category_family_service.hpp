// The categories' families in the food banks' référentiel as the manager keeps them: the list,
// one category filed or cleared, and the whole table imported from a CSV, all or nothing. The
// FSE+ / food-bank report reads the table to give its goods by family (services/reports).
#pragma once

#include "core/food_bank_family.hpp"
#include "core/product.hpp"
#include "services/access_control.hpp"
#include "services/import_service.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::stock {

/// One category of the catalogue and its family, if it has one.
struct CategoryFamilyRow {
    core::Category category;
    std::optional<core::FoodBankFamily> family;
};

/// Every category, by name, with its family. Asks ManageStock, as the products do.
std::vector<CategoryFamilyRow> list_category_families(storage::Store&, const LoggedUser& by);

/// Files the category named by `category` (its code, or its name: case, accents, spaces and
/// hyphens ignored) under `family`. ValidationError, nothing written, for an unknown or
/// ambiguous category, a part empty or too long (core::checked_food_bank_family), or a family
/// or sub-family code that another category already files under another label.
void set_category_family(storage::Store&, const LoggedUser& by, const std::string& category,
                         const core::FoodBankFamily& family);

/// The category has no family any more ("Sans famille" in the report). ValidationError for an
/// unknown or ambiguous category; nothing happens when it had none.
void clear_category_family(storage::Store&, const LoggedUser& by, const std::string& category);

/// Replaces the whole table by the file's (docs/import_formats.md, "Familles de la banque
/// alimentaire"): every line checked first, every bad line reported (file, line, column, why:
/// unknown category, category listed twice, empty or too long part, family code with two
/// labels, too many or too few cells), nothing written when any line is wrong. Categories the
/// file does not list are left without family. `rows_ready` and `written` count the lines.
ImportReport import_category_families(storage::Store&, const LoggedUser& by, std::string_view bytes,
                                      const std::string& file_name, bool dry_run);

} // namespace cabas::services::stock
