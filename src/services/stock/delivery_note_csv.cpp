// Delivery note CSV reader over the import plumbing shared with the households and products
// imports (encoding detection, header checks, typed cells that record errors).
#include "services/stock/delivery_note_csv.hpp"

#include "core/date.hpp"
#include "core/messages.hpp"
#include "services/io/import_support.hpp"
#include "storage/store.hpp"

#include <algorithm>

namespace cabas::services::stock {

namespace {

const std::vector<std::string> k_columns = {"code_barres", "quantite", "lot", "date_limite", "type_date",
                                            "cout_unitaire"};

std::optional<std::string> refuse_column(const std::string& key) {
    if (std::find(k_columns.begin(), k_columns.end(), key) != k_columns.end()) return std::nullopt;
    return core::tr("colonne inconnue (attendu : code_barres, quantite, lot, date_limite, type_date, cout_unitaire)");
}

core::ExpiryKind parse_kind(const std::string& text) {
    if (auto kind = core::expiry_kind_from_code(io::normalise_key(text))) return *kind;
    throw ValidationError("", core::tr("type de date « {0} » inconnu (attendu : DLC ou DDM)", text));
}

core::Date parse_cell_date(const std::string& text) {
    try {
        return core::parse_date(text, "");
    } catch (const ValidationError& e) {
        throw ValidationError("", e.reason());
    }
}

} // namespace

DeliveryNoteLines read_delivery_note_csv(storage::Store& store, const LoggedUser& by, std::string_view bytes, const std::string& file_name) {
    require(store, by, Capability::ManageStock);
    DeliveryNoteLines out;
    io::detail::ErrorList errors(file_name);
    std::optional<io::TextEncoding> encoding;
    const auto csv = io::detail::open_csv(bytes, {{"code_barres", "quantite"}, refuse_column}, errors, encoding);
    if (csv) {
        if (csv->table.rows.empty()) errors.add(0, "", core::tr("le bon de livraison ne contient aucune ligne"));
        for (const auto& record : csv->table.rows) {
            io::detail::Row row(record, *csv, errors);
            storage::ReceptionLine line;
            if (auto code = row.required("code_barres")) {
                if (auto product = store.catalogue().find_by_barcode(*code)) line.product_id = product->id;
                else row.error("code_barres", core::tr("code-barres {0} inconnu : créez d'abord le produit", *code));
            }
            if (row.required("quantite"))
                line.quantity = row.read("quantite", [](const std::string& t) { return io::detail::parse_count(t, 1); })
                                    .value_or(0);
            line.lot_code = row.text("lot");
            line.expiry_on = row.read("date_limite", parse_cell_date);
            const auto kind = row.read("type_date", parse_kind);
            if (kind) line.expiry_kind = *kind;
            if (!row.text("date_limite").empty() && row.text("type_date").empty())
                row.error("type_date", core::tr("précisez DLC ou DDM pour la date limite"));
            line.unit_cost = row.read("cout_unitaire", io::detail::parse_import_amount);
            if (row.ok()) {
                out.lines.push_back(line);
                out.line_numbers.push_back(row.line());
            }
        }
    }
    out.errors = errors.take_sorted();
    return out;
}

} // namespace cabas::services::stock
