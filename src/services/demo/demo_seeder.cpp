// Orchestrates the demo: barème versions, users, catalogue, receptions, households with their
// decisions, periods and cards.
#include "services/demo/demo_seeder.hpp"

#include "core/error.hpp"
#include "services/bareme_service.hpp"
#include "services/card_service.hpp"
#include "services/demo/demo_catalogue.hpp"
#include "services/demo/demo_history.hpp"
#include "services/demo/demo_households.hpp"
#include "services/settings_keys.hpp"
#include "storage/store.hpp"


namespace cabas::services::demo {

namespace {

void seed_baremes(storage::Store& store, core::Date today) {
    // v1 (the defaults) is written when the database is opened; v2 is this épicerie's choice
    // to count consumer loans among charges, as in the worked example of docs/design/domain.md §1.
    ensure_default_bareme(store, core::Date::from_ymd(today.year(), 1, 1));
    core::Bareme local = core::Bareme::defaults();
    local.label = "Barème du CCAS — crédits à la consommation retenus";
    local.effective_from = today.month_start();
    local.counted_charges.insert(core::ChargeKind::ConsumerLoan);
    add_bareme(store, local);
}

int seed_users(storage::Store& store) {
    using core::Role;
    store.users().add("marie", "Marie (bénévole)", Role::Volunteer, "1111");
    store.users().add("paul", "Paul (responsable)", Role::Manager, "2222");
    store.users().add("sophie", "Sophie (travailleuse sociale)", Role::SocialWorker, "3333");
    store.users().add("admin", "Administrateur", Role::Admin, "4444");
    return 4;
}

int seed_receptions(storage::Store& store, DemoRandom& rng, const std::vector<core::Product>& products, core::Date today) {
    struct Delivery { core::Origin origin; const char* supplier; };
    static const Delivery deliveries[] = {
        {core::Origin::FoodBank, "Banque Alimentaire du département"},
        {core::Origin::FsePlus, "Banque Alimentaire — denrées FSE+"},
        {core::Origin::Purchase, "Grossiste Solidaire"},
        {core::Origin::Donation, "Boulangerie du marché (don)"},
        {core::Origin::Collection, "Collecte nationale de novembre"},
        {core::Origin::SupermarketPickup, "Ramasse — Supermarché du Centre"},
    };
    int lots = 0;
    int delivery_index = 0;
    for (const auto& d : deliveries) {
        storage::Reception r;
        r.origin = d.origin;
        r.supplier = d.supplier;
        r.received_on = today.plus_days(-static_cast<std::int32_t>(rng.between(1, 40)));
        r.reference = "BL-" + std::to_string(today.year()) + "-" + std::to_string(1000 + 37 * ++delivery_index);
        r.created_by = "paul";
        const int line_count = static_cast<int>(rng.between(25, 40));
        for (int i = 0; i < line_count; ++i) {
            const core::Product& p = products[static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(products.size()) - 1))];
            storage::ReceptionLine line;
            line.product_id = p.id;
            line.lot_code = "L" + std::to_string(rng.between(10000, 99999));
            line.quantity = p.unit == core::SaleUnit::Weight ? rng.between(5, 20) * 1000 : rng.between(6, 48);
            // Fresh goods get a use-by date (DLC), the rest a best-before date (DDM); a few are
            // already past it so that the till's blocking and warnings can be seen.
            const bool fresh = p.unit == core::SaleUnit::Weight || p.net_grams == 0 || rng.chance(25);
            line.expiry_kind = fresh ? core::ExpiryKind::Dlc : core::ExpiryKind::Ddm;
            line.expiry_on = today.plus_days(static_cast<std::int32_t>(fresh ? rng.between(-2, 21) : rng.between(-20, 400)));
            if (d.origin == core::Origin::Purchase)
                line.unit_cost = core::Money::from_cents(p.retail_value.cents() * 6 / 10);
            r.lines.push_back(line);
            ++lots;
        }
        store.stock().add_reception(r);
    }
    return lots;
}

} // namespace

DemoStats seed_demo(storage::Store& store, core::Date today, std::uint64_t seed) {
    if (store.households().count() > 0 || store.catalogue().product_count() > 0)
        throw ValidationError("init --demo", "la base contient déjà des données : utilisez un nouveau fichier (--db)");
    DemoRandom rng(seed);
    DemoSerials serials(rng);
    return store.transaction([&] {
        DemoStats stats;
        // A name of its own, so that a demo ticket or report is never taken for the real
        // épicerie's, and the default name is seen to be replaced.
        store.settings().set(keys::shop_name, kDemoShopName);
        store.settings().set(keys::shop_address, "12 rue des Lilas, 93100 Montreuil (démonstration)");
        seed_baremes(store, today);
        stats.users = seed_users(store);
        auto products = seed_demo_catalogue(store, rng);
        stats.products = static_cast<int>(products.size());
        stats.lots = seed_receptions(store, rng, products, today);

        int index = 0;
        for (const auto& [state, count] : demo_state_plan()) {
            for (int n = 0; n < count; ++n, ++index) {
                core::HouseholdFile file = make_demo_household(index, rng, today);
                auto periods = make_demo_periods(state, rng, today);
                const core::Date decided_on = periods.empty() ? today.plus_days(-3) : periods.front().start.plus_days(-5);
                file.referral = make_demo_referral(index, file, decided_on, today);
                const std::int64_t id = store.households().add(file);
                ++stats.households;
                if (periods.empty()) {
                    storage::CommissionDecision pending{0, id, decided_on, core::Decision::Postponed,
                                                        "Pièces justificatives manquantes", "sophie", std::nullopt};
                    store.access().add_decision(pending);
                    continue;
                }
                storage::CommissionDecision accepted{0, id, decided_on, core::Decision::Accepted,
                                                     "Reste à vivre dans le barème", "sophie", std::nullopt};
                store.access().add_decision(accepted);
                for (const auto& p : periods) store.access().add_period(id, p);
                std::string number = issue_card(store, id, periods.front().start, serials);
                ++stats.cards;
                if (state == DemoState::RevokedReplaced) {
                    replace_card(store, number, today.plus_days(-2), "Carte perdue", serials);
                    ++stats.cards;
                } else if (state == DemoState::RevokedPending) {
                    store.cards().revoke(number, today.plus_days(-1), "Carte volée, remplacement à faire");
                }
            }
        }
        // Sales go through the till service; its transactions nest here as savepoints, so the
        // demo stays all or nothing.
        const HistoryStats history = seed_history(store, today, rng, products);
        stats.sessions = history.sessions;
        stats.sales = history.sales;
        return stats;
    });
}

} // namespace cabas::services::demo
