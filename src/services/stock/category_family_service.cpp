// The categories' families (see category_family_service.hpp). A category is named the way the
// manager knows it, code or name; the consistency of labels is checked against the rest of the
// table here, the parts themselves by core and the file's structure by services/io.
#include "services/stock/category_family_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/text.hpp"
#include "services/io/category_family_import.hpp"
#include "services/io/csv_reader.hpp"
#include "storage/category_family_repository.hpp"
#include "storage/store.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace cabas::services::stock {

namespace {

/// The category written as `text`: its code exactly, else its code or its name compared as
/// normalise_key compares them. ValidationError("categorie") naming why none is found.
const core::Category& find_category(const std::vector<core::Category>& categories, const std::string& text) {
    const std::string given = core::trim(text);
    for (const auto& c : categories)
        if (c.code == given) return c;
    const std::string key = io::normalise_key(given);
    const core::Category* found = nullptr;
    for (const auto& c : categories) {
        if (io::normalise_key(c.code) != key && io::normalise_key(c.name) != key) continue;
        if (found && found->id != c.id)
            throw ValidationError("categorie", core::tr("catégorie {0} ambiguë : « {1} » et « {2} » ; donnez son code",
                                                        core::quoted(given), found->code, c.code));
        found = &c;
    }
    if (found) return *found;
    std::set<std::string> codes;
    for (const auto& c : categories) codes.insert(c.code);
    std::string known;
    for (const auto& code : codes) known += (known.empty() ? "" : ", ") + code;
    throw ValidationError("categorie", known.empty()
                                           ? core::tr("catégorie inconnue {0} (le catalogue n'a aucune catégorie)", core::quoted(given))
                                           : core::tr("catégorie inconnue {0} (codes : {1})", core::quoted(given), known));
}

} // namespace

std::vector<CategoryFamilyRow> list_category_families(storage::Store& store, const LoggedUser& by) {
    require(store, by, Capability::ManageStock);
    auto repository = storage::category_families(store);
    std::map<std::int64_t, core::FoodBankFamily> families;
    for (auto& r : repository->all()) families[r.category_id] = std::move(r.family);
    std::vector<CategoryFamilyRow> out;
    for (auto& c : store.catalogue().categories()) {
        CategoryFamilyRow row;
        if (auto it = families.find(c.id); it != families.end()) row.family = it->second;
        row.category = std::move(c);
        out.push_back(std::move(row));
    }
    // By name as a reader sorts ("Épicerie" before "Hygiène"), whatever the engine's collation.
    std::stable_sort(out.begin(), out.end(), [](const CategoryFamilyRow& a, const CategoryFamilyRow& b) {
        return std::pair(io::normalise_key(a.category.name), a.category.code) <
               std::pair(io::normalise_key(b.category.name), b.category.code);
    });
    return out;
}

void set_category_family(storage::Store& store, const LoggedUser& by, const std::string& category,
                         const core::FoodBankFamily& family) {
    require(store, by, Capability::ManageStock);
    const core::FoodBankFamily checked = core::checked_food_bank_family(family);
    store.transaction([&] {
        const auto categories = store.catalogue().categories();
        const core::Category& target = find_category(categories, category);
        auto repository = storage::category_families(store);
        for (const auto& other : repository->all()) {
            if (other.category_id == target.id) continue;
            if (auto conflict = core::family_conflict(checked, other.family)) {
                std::string name;
                for (const auto& c : categories)
                    if (c.id == other.category_id) name = c.name;
                throw ValidationError(conflict->field, core::tr("{0} (catégorie {1})", conflict->reason, core::quoted(name)));
            }
        }
        repository->set(target.id, checked);
    });
}

void clear_category_family(storage::Store& store, const LoggedUser& by, const std::string& category) {
    require(store, by, Capability::ManageStock);
    store.transaction([&] {
        const auto categories = store.catalogue().categories();
        storage::category_families(store)->clear(find_category(categories, category).id);
    });
}

ImportReport import_category_families(storage::Store& store, const LoggedUser& by, std::string_view bytes,
                                      const std::string& file_name, bool dry_run) {
    require(store, by, Capability::ManageStock);
    ImportReport report;
    report.dry_run = dry_run;
    io::CategoryFamilyImport parsed = io::parse_category_families_csv(bytes, file_name);
    if (parsed.encoding) report.encoding = io::label_of(*parsed.encoding);
    report.errors = parsed.errors;
    const auto categories = store.catalogue().categories();
    std::vector<storage::CategoryFamilyRecord> records;
    std::map<std::int64_t, int> line_of;
    for (const auto& row : parsed.rows) {
        try {
            const core::Category& c = find_category(categories, row.category);
            auto [it, first] = line_of.try_emplace(c.id, row.line);
            if (!first) {
                report.errors.push_back({file_name, row.line, "categorie",
                                         core::tr("catégorie « {0} » déjà donnée ligne {1}", c.code, it->second)});
                continue;
            }
            records.push_back({c.id, row.family});
        } catch (const ValidationError& e) {
            report.errors.push_back({file_name, row.line, e.field(), e.reason()});
        }
    }
    std::stable_sort(report.errors.begin(), report.errors.end(),
                     [](const io::ImportError& a, const io::ImportError& b) { return a.line < b.line; });
    if (!report.ok()) return report;
    report.rows_ready = static_cast<int>(records.size());
    if (dry_run) return report;
    store.transaction([&] { storage::category_families(store)->replace_all(records); });
    report.written = report.rows_ready;
    return report;
}

} // namespace cabas::services::stock
