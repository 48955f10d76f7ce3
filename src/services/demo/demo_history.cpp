// The demo's till history: a clock moved through each simulated evening drives a TillService,
// which checks cards, limits and stock exactly as at the real till.
#include "services/demo/demo_history.hpp"

#include "services/clock.hpp"
#include "services/till/till_service.hpp"
#include "storage/store.hpp"
#include "services/login.hpp"

#include <ctime>
#include <map>

namespace cabas::services::demo {

namespace {

/// Stock for the older evenings: one delivery per product, received before the history starts.
void receive_history_stock(storage::Store& store, core::Date first_day, const std::vector<core::Product>& products) {
    static const core::Origin origins[] = {core::Origin::Purchase, core::Origin::FoodBank, core::Origin::Purchase,
                                           core::Origin::FsePlus, core::Origin::Donation};
    for (std::size_t o = 0; o < std::size(origins); ++o) {
        storage::Reception r;
        r.origin = origins[o];
        r.supplier = "Livraison de début de trimestre";
        r.received_on = first_day.plus_days(-3);
        r.reference = "BL-HIST-" + std::to_string(o + 1);
        r.created_by = "paul";
        for (std::size_t i = o; i < products.size(); i += std::size(origins)) {
            const auto& p = products[i];
            storage::ReceptionLine line;
            line.product_id = p.id;
            line.lot_code = "H" + std::to_string(p.id);
            line.quantity = p.unit == core::SaleUnit::Weight ? 40000 : 80;
            line.expiry_on = first_day.plus_days(200);
            line.expiry_kind = core::ExpiryKind::Ddm;
            r.lines.push_back(line);
        }
        if (!r.lines.empty()) store.stock().add_reception(r);
    }
}

/// One household at the till: card, 3 to 12 products (refused ones skipped), payment.
bool serve(till::TillService& t, const std::string& card, DemoRandom& rng, const std::vector<core::Product>& products,
           const std::string& request_id, core::Money& cash_taken) {
    if (!t.scan(card).accepted) return false;
    const auto wanted = rng.between(3, 12);
    for (std::int64_t i = 0; i < wanted; ++i) {
        const core::Product& p = rng.pick(products);
        if (p.barcodes.empty()) continue;
        auto out = t.scan(p.barcodes.front());
        if (out.needs_weight) t.add_weighed(out.product_id, rng.between(3, 15) * 100);
    }
    if (t.lines().empty()) {
        t.cancel_sale();
        return false;
    }
    const core::Money due = t.amount_due();
    auto payments = payments_for(due, rng);
    auto result = t.validate(payments, request_id);
    if (!result.recorded) {
        t.cancel_sale();
        return false;
    }
    if (!payments.empty() && payments.front().method == core::PaymentMethod::Cash) cash_taken += due;
    return true;
}

} // namespace

std::vector<till::PaymentInput> payments_for(core::Money due, DemoRandom& rng) {
    using core::PaymentMethod;
    if (due.is_zero()) return {};
    const auto roll = rng.between(1, 100);
    if (roll <= 10) return {{PaymentMethod::Card, due}};
    if (roll <= 16) return {{PaymentMethod::Cheque, due}};
    // Cash: the exact amount or the next euro up.
    const std::int64_t cents = roll <= 60 ? due.cents() : (due.cents() + 99) / 100 * 100;
    return {{PaymentMethod::Cash, core::Money::from_cents(cents)}};
}

HistoryStats seed_history(storage::Store& store, core::Date today, DemoRandom& rng, const std::vector<core::Product>& products) {
    HistoryStats stats;
    const core::Date first = today.plus_days(-91);
    receive_history_stock(store, first, products);
    MovingClock clock;
    clock.set(first, 17 * 60);
    // Once: Argon2id is slow on purpose.
    auto marie = services::log_in(store, clock, "marie", "1111", LoginPlace::CommandLine);
    if (!marie) return stats;
    std::vector<std::pair<std::int64_t, std::string>> cards;
    for (const auto& h : store.households().list())
        if (auto card = store.cards().active_card_of(h.id)) cards.emplace_back(h.id, card->number);

    till::TillService t(store, clock, "caisse-1", *marie);
    std::map<std::int64_t, core::Date> last_visit_week;
    // The history ends with last week: this week's visits and limits of every demo card are
    // whole whatever the weekday the demo is made on (a card shown as "à essayer" stays green).
    for (core::Date day = first; day < today.week_start(); day = day.plus_days(1)) {
        if (day.iso_weekday() != 2 && day.iso_weekday() != 5) continue;
        clock.set(day, 14 * 60);
        const auto float_amount = core::Money::from_euros(50);
        t.open_session(float_amount);
        ++stats.sessions;
        core::Money cash_taken;
        int served = 0;
        for (const auto& [household, card] : cards) {
            if (!rng.chance(40)) continue;
            auto last = last_visit_week.find(household);
            if (last != last_visit_week.end() && last->second == day.week_start()) continue;
            clock.set(day, 14 * 60 + std::min(235, served * 4 + static_cast<int>(rng.between(0, 3))));
            if (!serve(t, card, rng, products, "demo-" + day.iso() + "-" + std::to_string(household), cash_taken)) continue;
            last_visit_week[household] = day.week_start();
            ++served;
            ++stats.sales;
        }
        clock.set(day, 18 * 60);
        // Most evenings the count is right; some are a few coins out, as in real life.
        core::Money difference = rng.chance(70) ? core::Money{} : core::Money::from_cents(rng.between(-200, 200));
        t.close_session(float_amount + cash_taken + difference);
    }
    return stats;
}

} // namespace cabas::services::demo
