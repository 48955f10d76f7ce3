// Products list, save with barcode checks, and CSV export.
#include "services/stock/product_service.hpp"

#include "core/barcode.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/scanned_code.hpp"
#include "core/text.hpp"
#include "services/io/csv_reader.hpp"
#include "storage/store.hpp"

#include <map>

namespace cabas::services::stock {

namespace {

bool matches(const core::Product& p, const std::string& key, const std::string& raw) {
    if (key.empty()) return true;
    if (io::normalise_key(p.name).find(key) != std::string::npos) return true;
    for (const auto& code : p.barcodes)
        if (code.rfind(raw, 0) == 0) return true;
    return false;
}

/// RFC 4180 quoting when a cell holds the separator, a quote or a line break.
std::string cell(const std::string& text) {
    if (text.find_first_of(";\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string optional_number(const std::optional<std::int64_t>& n) { return n ? std::to_string(*n) : std::string(); }

} // namespace

std::vector<ProductRow> list_products(storage::Store& store, const LoggedUser& by, const std::string& search, bool include_inactive) {
    require(store, by, Capability::ManageStock);
    std::map<std::int64_t, std::string> category_names;
    for (const auto& c : store.catalogue().categories()) category_names[c.id] = c.name;
    const std::string raw = core::trim(search);
    const std::string key = io::normalise_key(raw);
    std::map<std::int64_t, std::int64_t> on_hand;
    for (const auto& lot : store.stock().all_lots(false)) on_hand[lot.product_id] += lot.remaining;
    std::vector<ProductRow> out;
    for (auto& p : store.catalogue().products(include_inactive)) {
        if (!matches(p, key, raw)) continue;
        ProductRow row;
        row.category_name = category_names.count(p.category_id) ? category_names[p.category_id] : "";
        row.on_hand = on_hand.count(p.id) ? on_hand[p.id] : 0;
        row.product = std::move(p);
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<core::Category> categories(storage::Store& store, const LoggedUser& by) {
    require(store, by, Capability::ManageStock);
    return store.catalogue().categories();
}

std::optional<core::Product> product(storage::Store& store, const LoggedUser& by, std::int64_t product_id) {
    require(store, by, Capability::ManageStock);
    return store.catalogue().get_product(product_id);
}

std::optional<core::Product> product_by_barcode(storage::Store& store, const LoggedUser& by, const std::string& barcode) {
    require(store, by, Capability::ManageStock);
    return store.catalogue().find_by_barcode(core::normalise_scanned_code(core::trim(barcode)));
}

std::int64_t save_product(storage::Store& store, const LoggedUser& by, const core::Product& product) {
    require(store, by, Capability::ManageStock);
    core::Product p = product;
    p.name = core::trim(p.name);
    if (p.name.empty()) throw ValidationError(core::tr("nom"), core::tr("nom du produit manquant"));
    if (p.retail_value.is_negative()) throw ValidationError(core::tr("valeur"), core::tr("la valeur ne peut pas être négative"));
    if (p.low_stock_threshold < 0) throw ValidationError(core::tr("seuil d'alerte"), core::tr("ne peut pas être négatif"));
    if (p.net_grams < 0) throw ValidationError(core::tr("poids net"), core::tr("ne peut pas être négatif"));
    for (auto& code : p.barcodes) {
        code = core::trim(code);
        core::require_product_barcode(code, core::tr("codes-barres"));
    }
    if (p.id == 0) return store.catalogue().add_product(p);
    store.catalogue().update_product(p);
    return p.id;
}

std::string quantity_label(core::SaleUnit unit, std::int64_t quantity) {
    if (unit == core::SaleUnit::Piece) return std::to_string(quantity);
    // Grams shown as kilograms with three decimals, the way a scale prints them.
    const std::int64_t magnitude = quantity < 0 ? -quantity : quantity;
    std::string grams = std::to_string(magnitude % 1000);
    grams.insert(0, 3 - grams.size(), '0');
    return std::string(quantity < 0 ? "-" : "") + std::to_string(magnitude / 1000) + "," + grams + " kg";
}

std::string export_products_csv(storage::Store& store, const LoggedUser& by) {
    require(store, by, Capability::ManageStock);
    std::map<std::int64_t, core::Category> categories;
    for (const auto& c : store.catalogue().categories()) categories[c.id] = c;
    std::string out = "nom;categorie;categorie_libelle;valeur;unite;codes_barres;toujours_gratuit;limite_passage;"
                      "limite_mois;seuil_alerte;poids_net_g\n";
    std::map<std::int64_t, bool> category_named;  // the label is given once per category
    for (const auto& p : store.catalogue().products(true)) {
        std::string codes;
        for (const auto& code : p.barcodes) codes += (codes.empty() ? "" : " | ") + code;
        const auto category = categories.find(p.category_id);
        std::string code, label;
        if (category != categories.end()) {
            code = category->second.code;
            if (!category_named[p.category_id]) label = category->second.name;
            category_named[p.category_id] = true;
        }
        out += cell(p.name) + ";" + cell(code) + ";" + cell(label) + ";" + core::format_decimal(p.retail_value) + ";" +
               (p.unit == core::SaleUnit::Weight ? "kg" : "piece") + ";" + codes + ";" +
               (p.always_free ? "oui" : "non") + ";" + optional_number(p.limit.per_visit) + ";" +
               optional_number(p.limit.per_month) + ";" + std::to_string(p.low_stock_threshold) + ";" +
               std::to_string(p.net_grams) + "\n";
    }
    return out;
}

} // namespace cabas::services::stock
