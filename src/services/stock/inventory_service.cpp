// Inventory counting and closing (policy in inventory_service.hpp).
#include "services/stock/inventory_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "core/scanned_code.hpp"
#include "core/text.hpp"
#include "services/clock.hpp"
#include "storage/store.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace cabas::services::stock {

namespace {

storage::InventorySession require_session(storage::Store& store, std::int64_t id) {
    auto session = store.stock().inventory(id);
    if (!session) throw ValidationError("inventaire", core::tr("inventaire inconnu (n° {0})", id));
    return *session;
}

/// When each product was last inventoried (closing time of its last closed count).
std::map<std::int64_t, std::string> last_counted(storage::Store& store, std::int64_t except_session) {
    std::map<std::int64_t, std::string> out;
    for (const auto& s : store.stock().inventories()) {
        if (s.id == except_session || !s.closed_at) continue;
        for (const auto& c : store.stock().counts(s.id))
            if (out[c.product_id] < *s.closed_at) out[c.product_id] = *s.closed_at;
    }
    return out;
}

std::int64_t count_of(storage::Store& store, std::int64_t session_id, std::int64_t product_id) {
    for (const auto& c : store.stock().counts(session_id))
        if (c.product_id == product_id) return c.counted;
    return 0;
}

void add_shortage(storage::Store& store, std::int64_t product_id, std::int64_t missing, const std::string& reason,
                  const std::string& at, std::vector<InventoryAdjustment>& out) {
    for (const auto& lot : store.stock().lots_of(product_id)) {
        if (missing == 0) break;
        const std::int64_t take = std::min(missing, lot.remaining);
        if (take <= 0) continue;
        store.stock().add_movement({lot.lot_id, core::MovementKind::Adjustment, -take, at, reason});
        out.push_back({product_id, lot.lot_id, -take});
        missing -= take;
    }
}

void add_surplus(storage::Store& store, std::int64_t session_id, std::int64_t product_id, std::int64_t found,
                 const std::string& reason, const std::string& at, const storage::InventorySession& session,
                 std::vector<InventoryAdjustment>& out) {
    auto lots = store.stock().lots_of(product_id, true);
    if (!lots.empty()) {
        const auto newest = std::max_element(lots.begin(), lots.end(), [](const auto& a, const auto& b) {
            return std::tie(a.received_on, a.lot_id) < std::tie(b.received_on, b.lot_id);
        });
        store.stock().add_movement({newest->lot_id, core::MovementKind::Adjustment, found, at, reason});
        out.push_back({product_id, newest->lot_id, found});
        return;
    }
    storage::Reception r;
    r.origin = core::Origin::Donation;
    r.supplier = "Inventaire";
    r.received_on = core::parse_date(at.substr(0, 10));
    r.reference = "inventaire n° " + std::to_string(session_id);
    r.created_by = session.started_by;
    r.lines.push_back({product_id, "INV-" + std::to_string(session_id), found, std::nullopt,
                       core::ExpiryKind::Dlc, std::nullopt});
    store.stock().add_reception(r);
    out.push_back({product_id, store.stock().lots_of(product_id, true).back().lot_id, found});
}

} // namespace

std::int64_t start_inventory(storage::Store& store, const LoggedUser& by, const std::string& scope, std::optional<std::int64_t> category_id,
                             const Clock& clock) {
    require(store, by, Capability::ManageStock);
    storage::InventorySession s;
    s.scope = core::trim(scope);
    s.category_id = category_id;
    s.started_by = by.login;
    s.started_at = clock.now_utc();
    if (s.scope.empty() && category_id)
        if (auto c = store.catalogue().get_category(*category_id)) s.scope = c->name;
    return store.stock().open_inventory(s);
}

CountScan count_scan(storage::Store& store, const LoggedUser& by, std::int64_t session_id, const std::string& barcode, const Clock& clock) {
    require(store, by, Capability::ManageStock);
    CountScan out;
    const auto product = store.catalogue().find_by_barcode(core::normalise_scanned_code(core::trim(barcode)));
    if (!product) return out;
    out.known = true;
    out.product_id = product->id;
    out.name = product->name;
    out.counted = count_of(store, session_id, product->id);
    if (product->unit == core::SaleUnit::Weight) {
        out.needs_weight = true;
        return out;
    }
    ++out.counted;
    store.stock().set_count(session_id, product->id, out.counted, clock.now_utc());
    return out;
}

void set_counted(storage::Store& store, const LoggedUser& by, std::int64_t session_id, std::int64_t product_id, std::int64_t counted,
                 const Clock& clock) {
    require(store, by, Capability::ManageStock);
    store.stock().set_count(session_id, product_id, counted, clock.now_utc());
}

std::vector<InventoryLine> inventory_sheet(storage::Store& store, const LoggedUser& by, std::int64_t session_id) {
    require(store, by, Capability::ManageStock);
    const auto session = require_session(store, session_id);
    const auto since = last_counted(store, session_id);
    std::map<std::int64_t, std::int64_t> unlotted;
    for (const auto& u : store.stock().unlotted_sale_lines()) {
        auto last = since.find(u.product_id);
        if (last == since.end() || u.sold_at >= last->second) unlotted[u.product_id] += u.quantity;
    }
    std::vector<InventoryLine> out;
    std::set<std::int64_t> listed;
    auto line_of = [&](const core::Product& p, std::optional<std::int64_t> counted, std::optional<std::int64_t> expected) {
        InventoryLine l;
        l.product_id = p.id;
        l.name = p.name;
        l.unit = p.unit;
        l.counted = counted;
        l.expected = expected ? *expected : store.stock().quantity_on_hand(p.id);
        l.sold_without_lot = unlotted[p.id];
        listed.insert(p.id);
        return l;
    };
    for (const auto& c : store.stock().counts(session_id))
        if (auto p = store.catalogue().get_product(c.product_id)) out.push_back(line_of(*p, c.counted, c.expected));
    if (session.category_id && !session.closed_at)
        for (const auto& p : store.catalogue().products())
            if (p.category_id == *session.category_id && !listed.count(p.id))
                out.push_back(line_of(p, std::nullopt, std::nullopt));
    return out;
}

std::vector<InventoryAdjustment> close_inventory(storage::Store& store, const LoggedUser& by, std::int64_t session_id, const Clock& clock) {
    require(store, by, Capability::ManageStock);
    return store.transaction([&] {
        const auto session = require_session(store, session_id);
        if (session.closed_at)
            throw ValidationError("inventaire", core::tr("l'inventaire n° {0} est déjà clos", session_id));
        const std::string at = clock.now_utc();
        const std::string reason = "inventaire n° " + std::to_string(session_id);
        std::vector<storage::InventoryCount> counts = store.stock().counts(session_id);
        std::vector<InventoryAdjustment> out;
        for (auto& c : counts) {
            c.expected = store.stock().quantity_on_hand(c.product_id);
            const std::int64_t difference = c.counted - *c.expected;
            if (difference < 0) add_shortage(store, c.product_id, -difference, reason, at, out);
            if (difference > 0) add_surplus(store, session_id, c.product_id, difference, reason, at, session, out);
        }
        store.stock().close_inventory(session_id, at, counts);
        return out;
    });
}

} // namespace cabas::services::stock
