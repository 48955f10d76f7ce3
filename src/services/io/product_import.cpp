// Products import: strict checks of values, units and barcodes, with duplicate barcodes and
// conflicting category names caught across the whole file before anything is stored.
#include "services/io/product_import.hpp"

#include "core/card_number.hpp"
#include "core/messages.hpp"
#include "services/io/import_support.hpp"

#include <algorithm>
#include <map>

namespace cabas::services::io {

namespace {

using detail::Row;

const std::vector<std::string> k_columns = {"nom", "categorie", "categorie_libelle", "valeur", "unite", "codes_barres",
                                            "toujours_gratuit", "limite_passage", "limite_mois", "seuil_alerte",
                                            "poids_net_g"};
const std::vector<std::string> k_required = {"nom", "categorie", "valeur"};

std::optional<std::string> refuse_column(const std::string& key) {
    if (std::find(k_columns.begin(), k_columns.end(), key) != k_columns.end()) return std::nullopt;
    std::string known;
    for (const auto& c : k_columns) known += (known.empty() ? "" : ", ") + c;
    return core::tr("colonne inconnue (attendu : {0})", known);
}

core::SaleUnit parse_unit(const std::string& text) {
    const std::string key = normalise_key(text);
    if (key == "piece" || key == "pieces") return core::SaleUnit::Piece;
    if (key == "kg") return core::SaleUnit::Weight;
    if (auto unit = core::sale_unit_from_code(key)) return *unit;
    throw ValidationError("", core::tr("unité inconnue « {0} » (attendu : piece ou kg)", text));
}

std::string parse_category_code(const std::string& text) {
    std::string code = normalise_key(text);
    const bool plain = std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!plain)
        throw ValidationError("", core::tr("code de catégorie « {0} » : lettres, chiffres, espaces et tirets seulement", text));
    return code;
}

/// Splits on spaces and '|', the separators a spreadsheet cell can hold without quoting.
std::vector<std::string> split_barcodes(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (char c : text + " ") {
        if (c == ' ' || c == '|') {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    return out;
}

void check_barcode(const std::string& code) {
    if (code.find_first_of("Ee,.") != std::string::npos)
        throw ValidationError("", core::tr("code-barres « {0} » transformé en nombre par le tableur : "
                                           "mettez la colonne codes_barres au format Texte",
                                           code));
    const bool digits = std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || (code.size() != 8 && code.size() != 12 && code.size() != 13))
        throw ValidationError("", core::tr("code-barres « {0} » : 8, 12 ou 13 chiffres attendus", code));
    if (!core::has_valid_gs1_check_digit(code))
        throw ValidationError("", core::tr("code-barres « {0} » : chiffre de contrôle invalide (erreur de saisie ?)", code));
}

class ProductReader {
public:
    ProductReader(const detail::OpenedCsv& csv, detail::ErrorList& errors) : m_csv(csv), m_errors(errors) {}

    std::vector<ImportedProduct> read_all() {
        for (const auto& record : m_csv.table.rows) read_row(record);
        for (auto& p : m_products) {
            if (auto name = m_category_names.find(p.category_code); name != m_category_names.end())
                p.category_name = name->second.first;
        }
        return std::move(m_products);
    }

private:
    void read_row(const CsvRecord& record) {
        Row row(record, m_csv, m_errors);
        ImportedProduct out;
        out.line = row.line();
        core::Product& p = out.product;
        p.name = row.required("nom").value_or("");
        if (row.required("categorie")) out.category_code = row.read("categorie", parse_category_code).value_or("");
        read_category_name(row, out.category_code);
        if (row.required("valeur")) p.retail_value = row.read("valeur", detail::parse_import_amount).value_or(core::Money());
        p.unit = row.read("unite", parse_unit).value_or(core::SaleUnit::Piece);
        p.always_free = row.read("toujours_gratuit", detail::parse_yes_no).value_or(false);
        auto at_least = [](std::int64_t min) { return [min](const std::string& t) { return detail::parse_count(t, min); }; };
        p.limit.per_visit = row.read("limite_passage", at_least(1));
        p.limit.per_month = row.read("limite_mois", at_least(1));
        p.low_stock_threshold = row.read("seuil_alerte", at_least(0)).value_or(0);
        p.net_grams = row.read("poids_net_g", at_least(0)).value_or(0);
        read_barcodes(row, p);
        m_products.push_back(std::move(out));
    }

    /// One name per category code in a file: two names for one code is a mistake either way.
    void read_category_name(Row& row, const std::string& code) {
        const std::string name = row.text("categorie_libelle");
        if (code.empty() || name.empty()) return;
        auto [it, inserted] = m_category_names.try_emplace(code, name, row.line());
        if (!inserted && it->second.first != name)
            row.error("categorie_libelle", core::tr("libellé « {0} » différent de celui de la ligne {1} (« {2} ») pour la "
                                                    "catégorie {3}",
                                                    name, it->second.second, it->second.first, code));
    }

    void read_barcodes(Row& row, core::Product& p) {
        for (const auto& code : split_barcodes(row.text("codes_barres"))) {
            try {
                check_barcode(code);
            } catch (const ValidationError& e) {
                row.error("codes_barres", e.reason());
                continue;
            }
            auto [it, inserted] = m_barcode_lines.try_emplace(code, row.line());
            if (!inserted) {
                row.error("codes_barres", it->second == row.line()
                                              ? core::tr("code-barres {0} répété dans la cellule", code)
                                              : core::tr("code-barres {0} déjà utilisé ligne {1}", code, it->second));
                continue;
            }
            p.barcodes.push_back(code);
        }
    }

    const detail::OpenedCsv& m_csv;
    detail::ErrorList& m_errors;
    std::map<std::string, int> m_barcode_lines;
    std::map<std::string, std::pair<std::string, int>> m_category_names;  ///< code -> (name, line)
    std::vector<ImportedProduct> m_products;
};

} // namespace

const std::vector<std::string>& product_columns() { return k_columns; }

ProductImport parse_products_csv(std::string_view bytes, const std::string& file_name) {
    ProductImport result;
    detail::ErrorList errors(file_name);
    const detail::HeaderRules rules{k_required, refuse_column};
    if (auto csv = detail::open_csv(bytes, rules, errors, result.encoding)) {
        auto products = ProductReader(*csv, errors).read_all();
        if (errors.empty()) result.products = std::move(products);
    }
    result.errors = errors.take_sorted();
    return result;
}

} // namespace cabas::services::io
