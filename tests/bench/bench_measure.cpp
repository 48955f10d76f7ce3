// Card check, product scan and sale validation timed on a till that works the day after the
// generated history, each one followed or preceded (alternately, so neither side always finds
// the cache warmed by the other) by the same SQL work done by the raw baseline (SQLite or libpq).
#include "support/test_login.hpp"
#include "bench/bench_measure.hpp"

#include "bench/baseline.hpp"
#include "services/open_database.hpp"
#include "services/clock.hpp"
#include "services/till/till_service.hpp"
#include "storage/store.hpp"
#include "services/login.hpp"

#include <set>
#include <stdexcept>

namespace cabas::bench {

namespace {

using services::till::TillService;

/// Times the application and the baseline for one repetition, in alternating order.
template <class App, class Base>
void pair_timed(std::size_t i, std::vector<double>& app, std::vector<double>& base, App&& a, Base&& b) {
    if (i % 2 == 0) {
        app.push_back(time_ms(a));
        base.push_back(time_ms(b));
    } else {
        base.push_back(time_ms(b));
        app.push_back(time_ms(a));
    }
}

std::vector<const BenchHousehold*> active_households(const World& world, core::Date day) {
    std::vector<const BenchHousehold*> out;
    for (const auto& h : world.households())
        if (!h.card.empty() && h.active_on(day)) out.push_back(&h);
    if (out.empty()) throw std::runtime_error("aucun foyer n'a de droits le jour des mesures");
    return out;
}

struct TillTimings {
    std::vector<double> card, card_base, scan, scan_base, validation, validation_base;
};

void time_card_checks(TillService& till, Baseline& base, const std::vector<const BenchHousehold*>& active,
                      core::Date day, int repetitions, services::demo::DemoRandom& rng, TillTimings& t) {
    for (int i = 0; i < repetitions; ++i) {
        const BenchHousehold& h = *rng.pick(active);
        pair_timed(static_cast<std::size_t>(i), t.card, t.card_base, [&] { till.scan(h.card); },
                   [&] { base.card_check(h.card, day); });
        till.cancel_sale();
    }
}

/// A basket: the card (not timed here), five products timed one by one, the validation timed.
void time_basket(TillService& till, storage::Store& store, Baseline& base, const BenchHousehold& h,
                 const std::vector<core::Product>& products, services::demo::DemoRandom& rng, TillTimings& t) {
    if (!till.scan(h.card).accepted) {
        till.cancel_sale();
        return;
    }
    for (int i = 0; i < 5; ++i) {
        const core::Product& p = rng.pick(products);
        const std::string& code = p.barcodes.front();
        const std::int64_t grams = rng.between(3, 15) * 100;
        pair_timed(t.scan.size(), t.scan, t.scan_base, [&] {
            auto out = till.scan(code);
            if (out.needs_weight) till.add_weighed(out.product_id, grams);
        }, [&] { base.product_scan(code); });
    }
    if (till.lines().empty()) {
        till.cancel_sale();
        return;
    }
    const std::vector<services::till::PaymentInput> pay{{core::PaymentMethod::Cash, till.amount_due()}};
    const std::string request = "bench-" + h.card + "-" + std::to_string(t.validation.size());
    services::till::ValidationResult result;
    t.validation.push_back(time_ms([&] { result = till.validate(pay, request); }));
    if (!result.recorded) throw std::runtime_error("vente de mesure non enregistrée : " + result.message);
    const auto stored = store.sales().sale(result.sale_id);
    t.validation_base.push_back(time_ms([&] { base.validate(*stored, "reference-" + request); }));
}

Row row(std::string name, std::vector<double> app, std::vector<double> base) {
    return Row{std::move(name), summarise(std::move(app)), summarise(std::move(base))};
}

} // namespace

Checkpoint measure_till(World& world, const Scale& scale) {
    Checkpoint cp;
    cp.scale = scale.name;
    cp.weeks = world.weeks_done();
    cp.households = scale.households;
    cp.generated = world.stats();
    const core::Date day = world.today().plus_days(1);   // the Tuesday after the history

    // Opened first: the libpq baseline makes its copies of the sale tables at its first opening,
    // which must not be timed as a start-up.
    const auto base = open_baseline(world.path());
    cp.rows.push_back(measure_start_up(world.path(), day, scale.name == "tiny" ? 5 : 20));

    auto store = services::open_database(world.path());  // with its seal: the session closed below is signed
    services::MovingClock clock;
    clock.set(day, 14 * 60);
    const auto user = cabas::testing::log_in_now(*store, "caisse", "1111");
    if (!user) throw std::runtime_error("connexion impossible à la caisse de mesure");
    TillService till(*store, clock, "caisse-1", *user);
    till.open_session(core::Money::from_euros(50));

    const auto active = active_households(world, day);
    auto& rng = world.rng();
    TillTimings t;
    time_card_checks(till, *base, active, day, scale.card_checks, rng, t);
    std::set<std::int64_t> served;
    for (int b = 0; b < scale.baskets && served.size() < active.size(); ++b) {
        const BenchHousehold* h = rng.pick(active);
        if (!served.insert(h->id).second) continue;
        clock.set(day, 14 * 60 + b * 235 / std::max(1, scale.baskets));
        time_basket(till, *store, *base, *h, world.products(), rng, t);
    }
    clock.set(day, 18 * 60);
    till.close_session(core::Money::from_euros(50));

    cp.rows.push_back(row("Card check (card scan → green/red, credit left)", t.card, t.card_base));
    cp.rows.push_back(row("Product scan (priced line, credit, limits, expiry)", t.scan, t.scan_base));
    cp.rows.push_back(row("Sale validation (durable commit)", t.validation, t.validation_base));
    return cp;
}

} // namespace cabas::bench
