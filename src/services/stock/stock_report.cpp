// The stock report's figures. Stock at a date is the sum of each lot's movements up to that
// day, so the report matches the lot traces line for line.
#include "services/stock/stock_report.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/clock.hpp"
#include "services/stock/product_service.hpp"
#include "services/stock/stock_alerts.hpp"
#include "services/stock/stock_report_words.hpp"
#include "services/stock/traceability.hpp"
#include "storage/store.hpp"
#include "services/settings_service.hpp"

#include <map>

namespace cabas::services::stock {

namespace {

void add_lot(reports::StockValueRow& row, const core::Product& p, const storage::LotInfo& lot, std::int64_t quantity) {
    ++row.lots;
    if (p.unit == core::SaleUnit::Piece) row.pieces += quantity;
    row.grams += grams_of(p, quantity);
    row.value += core::line_value(p, quantity);
    // A cost is per piece, or per kg for weighed goods, like the retail value.
    if (lot.unit_cost) {
        core::Product costed = p;
        costed.retail_value = *lot.unit_cost;
        row.cost += core::line_value(costed, quantity);
    }
}

} // namespace

core::Date parse_month(const std::string& text) {
    const bool shape = text.size() == 7 && text[4] == '-' &&
                       text.find_first_not_of("0123456789", 0) == 4 && text.substr(5).find_first_not_of("0123456789") == std::string::npos;
    if (!shape) throw ValidationError(core::tr("mois"), core::tr("« {0} » : AAAA-MM attendu, par exemple 2026-11", text));
    const unsigned month = static_cast<unsigned>(std::stoi(text.substr(5)));
    if (month < 1 || month > 12) throw ValidationError(core::tr("mois"), core::tr("« {0} » : mois entre 01 et 12", text));
    return core::Date::from_ymd(std::stoi(text.substr(0, 4)), month, 1);
}

reports::StockReportModel build_stock_report(storage::Store& store, const LoggedUser& by, core::Date month,
                                             const Clock& clock) {
    require(store, by, Capability::ManageStock);
    const core::DocumentInFrench document;
    reports::StockReportModel m;
    const core::Date today = clock.today();
    m.month_start = month.month_start();
    m.month_end = month.month_end();
    if (m.month_start > today)
        throw ValidationError(core::tr("mois"), core::tr("le mois {0} n'a pas commencé", m.month_start.iso().substr(0, 7)));
    m.as_of = m.month_end < today ? m.month_end : today;
    m.epicerie = services::shop_identity(store).name;
    m.generated_at = clock.now_utc();

    std::map<std::int64_t, core::Product> products;
    for (auto& p : store.catalogue().products(true)) products[p.id] = std::move(p);
    std::map<std::int64_t, std::string> categories;
    for (const auto& c : store.catalogue().categories()) categories[c.id] = c.name;

    // Stock of each lot at the end of as_of, and the month's movements, in one pass.
    std::map<std::int64_t, std::int64_t> held;
    std::map<core::MovementKind, reports::StockMovementRow> moves;
    const std::string from_at = m.month_start.iso() + "T00:00:00Z";
    storage::MovementFilter f;
    f.until_at = m.as_of.plus_days(1).iso() + "T00:00:00Z";
    for (const auto& mv : store.stock().movements(f)) {
        held[mv.lot_id] += mv.quantity;
        if (mv.occurred_at < from_at) continue;
        auto& row = moves[mv.kind];
        const core::Product& p = products[mv.product_id];
        const std::int64_t q = mv.quantity < 0 ? -mv.quantity : mv.quantity;
        ++row.count;
        if (p.unit == core::SaleUnit::Piece) row.pieces += q;
        row.grams += grams_of(p, q);
        row.value += core::line_value(p, q);
    }
    for (auto kind : {core::MovementKind::Reception, core::MovementKind::Sale, core::MovementKind::Correction,
                      core::MovementKind::Loss, core::MovementKind::Adjustment}) {
        auto row = moves[kind];
        row.label = report_words::movement_label(kind);
        m.movements.push_back(row);
    }

    std::map<std::string, reports::StockValueRow> by_category, by_origin;
    m.expiry_days = expiry_alert_days(store);
    const core::Date horizon = m.as_of.plus_days(m.expiry_days);
    m.total.label = "Total";
    for (const auto& lot : store.stock().all_lots(true)) {
        const std::int64_t quantity = held[lot.lot_id];
        if (quantity <= 0) continue;
        const core::Product& p = products[lot.product_id];
        const std::string category = categories.count(p.category_id) ? categories[p.category_id] : report_words::kNoCategory;
        add_lot(by_category[category], p, lot, quantity);
        add_lot(by_origin[core::label_of(lot.origin)], p, lot, quantity);
        add_lot(m.total, p, lot, quantity);
        if (lot.expiry_on && *lot.expiry_on <= horizon) {
            reports::StockExpiringRow e;
            e.product = p.name;
            e.lot = (lot.lot_code.empty() ? "" : lot.lot_code + " ") + "#" + std::to_string(lot.lot_id);
            e.origin = core::label_of(lot.origin);
            e.expiry_on = *lot.expiry_on;
            e.kind = lot.expiry_kind == core::ExpiryKind::Ddm ? "DDM" : "DLC";
            e.quantity = quantity_label(p.unit, quantity);
            e.days_left = core::days_between(m.as_of, *lot.expiry_on);
            m.expiring.push_back(e);
        }
    }
    for (auto& [label, row] : by_category) {
        row.label = label;
        m.by_category.push_back(row);
    }
    for (auto& [label, row] : by_origin) {
        row.label = label;
        m.by_origin.push_back(row);
    }
    return m;
}

} // namespace cabas::services::stock
