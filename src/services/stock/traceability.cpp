// Lot and period traceability from the stock movements (see traceability.hpp).
#include "services/stock/traceability.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/text.hpp"
#include "storage/store.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace cabas::services::stock {

namespace {

void add_to(LotTotals& t, const storage::MovementRecord& m) {
    using K = core::MovementKind;
    switch (m.kind) {
    case K::Reception: t.received += m.quantity; break;
    case K::Sale:
    case K::Correction: t.distributed -= m.quantity; break;  // a correction gives stock back
    case K::Loss: t.lost -= m.quantity; break;
    case K::Adjustment: t.adjusted += m.quantity; break;
    }
}

LotTotals scaled(const LotTotals& t, std::int64_t factor) {
    return {t.opening * factor, t.received * factor, t.distributed * factor,
            t.lost * factor,    t.adjusted * factor, t.remaining * factor};
}

void accumulate(LotTotals& sum, const LotTotals& t) {
    sum.opening += t.opening;
    sum.received += t.received;
    sum.distributed += t.distributed;
    sum.lost += t.lost;
    sum.adjusted += t.adjusted;
    sum.remaining += t.remaining;
}

} // namespace

std::int64_t grams_of(const core::Product& p, std::int64_t quantity) {
    return p.unit == core::SaleUnit::Weight ? quantity : quantity * p.net_grams;
}

LotTrace trace_lot(storage::Store& store, const LoggedUser& by, std::int64_t lot_id) {
    require(store, by, Capability::ManageStock);
    LotTrace t;
    auto lot = store.stock().lot(lot_id);
    if (!lot) throw ValidationError(core::tr("lot"), core::tr("lot inconnu (n° {0})", lot_id));
    t.lot = *lot;
    t.product = store.catalogue().get_product(lot->product_id).value_or(core::Product{});
    t.reception = store.stock().reception(lot->reception_id).value_or(storage::Reception{});
    storage::MovementFilter f;
    f.lot_id = lot_id;
    t.movements = store.stock().movements(f);
    for (const auto& m : t.movements) add_to(t.totals, m);
    t.totals.remaining = lot->remaining;
    return t;
}

std::vector<storage::LotInfo> find_lots(storage::Store& store, const LoggedUser& by, const std::string& text) {
    require(store, by, Capability::ManageStock);
    const std::string key = core::trim(text);
    std::vector<storage::LotInfo> out;
    if (key.empty()) return out;
    for (const auto& lot : store.stock().all_lots(true))
        if (lot.lot_code == key) out.push_back(lot);
    const std::string number = key[0] == '#' ? key.substr(1) : key;
    if (out.empty() && !number.empty() && number.find_first_not_of("0123456789") == std::string::npos &&
        number.size() < 18)
        if (auto lot = store.stock().lot(std::stoll(number))) out.push_back(*lot);
    return out;
}

std::vector<storage::LotInfo> lots_of_product(storage::Store& store, const LoggedUser& by, std::int64_t product_id) {
    require(store, by, Capability::ManageStock);
    return store.stock().lots_of(product_id);
}

std::optional<storage::LotInfo> lot(storage::Store& store, const LoggedUser& by, std::int64_t lot_id) {
    require(store, by, Capability::ManageStock);
    return store.stock().lot(lot_id);
}

PeriodTrace trace_period(storage::Store& store, const LoggedUser& by, core::Date from, core::Date to,
                         const std::vector<core::Origin>& origins) {
    require(store, by, Capability::ManageStock);
    if (to < from) throw ValidationError(core::tr("période"), core::tr("la fin {0} précède le début {1}", to.french(), from.french()));
    PeriodTrace out;
    out.from = from;
    out.to = to;
    const std::string from_at = from.iso() + "T00:00:00Z";
    const std::string until_at = to.plus_days(1).iso() + "T00:00:00Z";
    std::map<std::int64_t, LotTotals> totals;
    // Whole history up to the end: movements before `from` make the opening stock.
    storage::MovementFilter f;
    f.until_at = until_at;
    for (const auto& m : store.stock().movements(f)) {
        if (std::find(origins.begin(), origins.end(), m.origin) == origins.end()) continue;
        LotTotals& t = totals[m.lot_id];
        if (m.occurred_at < from_at) t.opening += m.quantity;
        else add_to(t, m);
        t.remaining += m.quantity;
    }
    std::map<std::int64_t, core::Product> products;
    for (auto& p : store.catalogue().products(true)) products[p.id] = std::move(p);
    for (const auto& [lot_id, t] : totals) {
        if (t.opening == 0 && t.received == 0 && t.distributed == 0 && t.lost == 0 && t.adjusted == 0) continue;
        PeriodLot row;
        row.lot = *store.stock().lot(lot_id);
        const core::Product& p = products[row.lot.product_id];
        row.product_name = p.name;
        row.unit = p.unit;
        row.net_grams = p.net_grams;
        row.totals = t;
        out.lots.push_back(std::move(row));
    }
    auto origin_rank = [&](core::Origin o) { return std::find(origins.begin(), origins.end(), o) - origins.begin(); };
    std::sort(out.lots.begin(), out.lots.end(), [&](const PeriodLot& a, const PeriodLot& b) {
        return std::tuple(origin_rank(a.lot.origin), a.product_name, a.lot.lot_id) <
               std::tuple(origin_rank(b.lot.origin), b.product_name, b.lot.lot_id);
    });
    for (core::Origin o : origins) {
        OriginTotals sum;
        sum.origin = o;
        for (const auto& row : out.lots) {
            if (row.lot.origin != o) continue;
            ++sum.lots;
            if (row.unit == core::SaleUnit::Piece) accumulate(sum.units, row.totals);
            accumulate(sum.grams, scaled(row.totals, row.unit == core::SaleUnit::Weight ? 1 : row.net_grams));
        }
        out.totals.push_back(sum);
    }
    return out;
}

} // namespace cabas::services::stock
