// Years of till history: monthly receptions sized on the expected demand, and two opening
// evenings a week where the households with rights come with their card, at most once a week,
// through the real TillService. Each evening is one outer transaction (the service's own
// transactions nest in it as savepoints): generation skips the per-sale fsync, the timed
// validations later do not.
#include "support/test_login.hpp"
#include "bench/bench_stats.hpp"
#include "bench/bench_world.hpp"

#include "services/login.hpp"
#include "services/open_database.hpp"
#include "services/clock.hpp"
#include "services/demo/demo_history.hpp"
#include "services/till/till_service.hpp"
#include "storage/store.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace cabas::bench {

namespace {

constexpr int kScansPerVisitLow = 3;
constexpr int kScansPerVisitHigh = 7;
constexpr int kMeanGramsPerScan = 900;

} // namespace

World::World(const Scale& scale, std::string path, std::uint64_t seed)
    : m_scale(scale), m_path(std::move(path)), m_rng(seed), m_first_day(core::Date::from_ymd(2016, 1, 4)) {
    if (std::filesystem::exists(m_path))
        throw std::runtime_error("la base de banc d'essai existe déjà : " + m_path);
    Stopwatch watch;
    m_store = services::open_database(m_path);  // with its seal: closures signed, as at a till
    create_population();
    m_stats.seconds += watch.elapsed_ms() / 1000;
}

World::~World() = default;

core::Date World::today() const { return m_first_day.plus_days(7 * m_weeks_done); }

void World::close() { m_store.reset(); }

void World::receive_stock(core::Date day) {
    static const core::Origin origins[] = {core::Origin::Purchase, core::Origin::FoodBank, core::Origin::Purchase,
                                           core::Origin::FsePlus, core::Origin::Donation};
    const double scans_per_product = 4.0 * m_scale.sales_per_week * (kScansPerVisitLow + kScansPerVisitHigh) / 2.0 /
                                     static_cast<double>(m_products.size());
    m_store->transaction([&] {
        for (std::size_t o = 0; o < std::size(origins); ++o) {
            storage::Reception r;
            r.origin = origins[o];
            r.supplier = "Livraison mensuelle";
            r.received_on = day;
            r.reference = "BL-" + day.iso() + "-" + std::to_string(o + 1);
            r.created_by = "resp";
            for (std::size_t i = o; i < m_products.size(); i += std::size(origins)) {
                const core::Product& p = m_products[i];
                const bool weighed = p.unit == core::SaleUnit::Weight;
                const auto target = static_cast<std::int64_t>(1.4 * scans_per_product * (weighed ? kMeanGramsPerScan : 1)) + 10;
                const std::int64_t missing = target - m_on_hand[p.id];
                if (missing < target / 10) continue;
                storage::ReceptionLine line;
                line.product_id = p.id;
                line.lot_code = "B" + day.iso() + "-" + std::to_string(p.id);
                line.quantity = missing;
                // Fresh goods by weight get a use-by date, the rest a best-before date a year on.
                line.expiry_kind = weighed ? core::ExpiryKind::Dlc : core::ExpiryKind::Ddm;
                line.expiry_on = day.plus_days(weighed ? 45 : 365);
                if (r.origin == core::Origin::Purchase)
                    line.unit_cost = core::Money::from_cents(p.retail_value.cents() * 6 / 10);
                r.lines.push_back(line);
                m_on_hand[p.id] += missing;
            }
            if (r.lines.empty()) continue;
            m_store->stock().add_reception(r);
            ++m_stats.receptions;
        }
    });
}

void World::open_day(core::Date day) {
    using namespace services::till;
    if (!m_user) m_user = cabas::testing::log_in_now(*m_store, "caisse", "1111");
    if (!m_user) throw std::runtime_error("l'utilisateur de banc d'essai ne peut pas se connecter");
    std::vector<const BenchHousehold*> candidates;
    for (const auto& h : m_households) {
        if (h.card.empty() || !h.active_on(day)) continue;
        auto last = m_last_visit_week.find(h.id);
        if (last != m_last_visit_week.end() && last->second == day.week_start()) continue;
        candidates.push_back(&h);
    }
    for (std::size_t i = candidates.size(); i > 1; --i)
        std::swap(candidates[i - 1], candidates[static_cast<std::size_t>(m_rng.between(0, static_cast<std::int64_t>(i) - 1))]);
    const auto wanted = static_cast<std::size_t>(m_scale.sales_per_week / 2 * m_rng.between(90, 110) / 100);
    candidates.resize(std::min(candidates.size(), wanted));

    services::MovingClock clock;
    // A till per evening: its idempotence memory (results by request id) is per window session.
    TillService till(*m_store, clock, "caisse-1", *m_user);
    m_store->transaction([&] {
        clock.set(day, 14 * 60);
        const auto float_amount = core::Money::from_euros(50);
        till.open_session(float_amount);
        ++m_stats.sessions;
        core::Money cash;
        int served = 0;
        for (const BenchHousehold* h : candidates) {
            clock.set(day, 14 * 60 + served * 235 / static_cast<int>(std::max<std::size_t>(1, candidates.size())));
            if (!till.scan(h->card).accepted) {
                till.cancel_sale();
                ++m_stats.refused_cards;
                continue;
            }
            const auto scans = m_rng.between(kScansPerVisitLow, kScansPerVisitHigh);
            for (std::int64_t i = 0; i < scans; ++i) {
                const core::Product& p = m_rng.pick(m_products);
                auto out = till.scan(p.barcodes.front());
                if (out.needs_weight) till.add_weighed(out.product_id, m_rng.between(3, 15) * 100);
            }
            if (till.lines().empty()) {
                till.cancel_sale();
                continue;
            }
            std::int64_t lines = 0;
            for (const auto& line : till.lines()) {
                lines += std::max<std::int64_t>(1, static_cast<std::int64_t>(line.lots.size()));
                m_on_hand[line.product_id] -= line.quantity;
            }
            const core::Money due = till.amount_due();
            auto payments = services::demo::payments_for(due, m_rng);
            if (!till.validate(payments, "b-" + day.iso() + "-" + std::to_string(h->id)).recorded) {
                till.cancel_sale();
                continue;
            }
            if (!payments.empty() && payments.front().method == core::PaymentMethod::Cash) cash += due;
            m_last_visit_week[h->id] = day.week_start();
            ++served;
            ++m_stats.sales;
            m_stats.lines += lines;
        }
        clock.set(day, 18 * 60);
        till.close_session(float_amount + cash);
    });
}

void World::grow_to(int week) {
    Stopwatch watch;
    Stopwatch progress;
    for (; m_weeks_done < week; ++m_weeks_done) {
        const core::Date monday = m_first_day.plus_days(7 * m_weeks_done);
        if (m_weeks_done % 4 == 0) receive_stock(monday);
        open_day(monday.plus_days(1));   // Tuesday
        open_day(monday.plus_days(4));   // Friday
        if (progress.elapsed_ms() > 15000) {
            std::fprintf(stderr, "  … %s : semaine %d/%d, %lld ventes (%.0f ventes/s)\n", m_scale.name.c_str(),
                         m_weeks_done + 1, week, static_cast<long long>(m_stats.sales),
                         static_cast<double>(m_stats.sales) / (m_stats.seconds + watch.elapsed_ms() / 1000));
            progress.restart();
        }
    }
    m_stats.seconds += watch.elapsed_ms() / 1000;
}

} // namespace cabas::bench
