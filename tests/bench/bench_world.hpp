// The synthetic épicerie the benchmark times: households with access periods and cards, the
// demo catalogue, monthly receptions and years of sales, all written through the services and
// repositories the application uses (TillService for every sale), deterministic for a seed.
#pragma once

#include "bench/bench_scale.hpp"
#include "core/date.hpp"
#include "core/product.hpp"
#include "services/demo/demo_random.hpp"
#include "services/till/till_service.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::bench {

/// A household as the generator knows it: its card and the days it has rights.
struct BenchHousehold {
    std::int64_t id = 0;
    std::string card;
    std::vector<std::pair<core::Date, core::Date>> periods;   ///< both ends included
    bool active_on(core::Date day) const;
};

/// What was generated so far, and how long it took.
struct GenerationStats {
    std::int64_t sessions = 0;
    std::int64_t sales = 0;
    std::int64_t lines = 0;           ///< stored sale lines (one per lot taken)
    std::int64_t refused_cards = 0;   ///< visits whose card was red (credit used up...)
    std::int64_t receptions = 0;
    double seconds = 0;
};

/// One épicerie being generated week by week in the file at `path`.
class World {
public:
    /// Creates the database (which must not exist), the barème, users, catalogue and households.
    World(const Scale& scale, std::string path, std::uint64_t seed);
    ~World();
    World(const World&) = delete;
    World& operator=(const World&) = delete;

    /// Adds sales week by week until `week` weeks of history exist (receptions included).
    void grow_to(int week);

    const std::string& path() const { return m_path; }
    storage::Store& store() { return *m_store; }
    /// The day after the last generated opening day: "today" for the timed operations.
    core::Date today() const;
    core::Date first_day() const { return m_first_day; }
    int weeks_done() const { return m_weeks_done; }
    const GenerationStats& stats() const { return m_stats; }
    const std::vector<BenchHousehold>& households() const { return m_households; }
    const std::vector<core::Product>& products() const { return m_products; }
    services::demo::DemoRandom& rng() { return m_rng; }
    /// Closes the generator's connection (the timed part opens its own, as the till does).
    void close();

private:
    void create_population();
    void receive_stock(core::Date day);
    void open_day(core::Date day);

    Scale m_scale;
    std::string m_path;
    services::demo::DemoRandom m_rng;
    std::unique_ptr<storage::Store> m_store;
    core::Date m_first_day;
    int m_weeks_done = 0;
    std::vector<BenchHousehold> m_households;
    std::vector<core::Product> m_products;
    std::map<std::int64_t, std::int64_t> m_on_hand;   ///< product id → pieces or grams the generator believes in stock
    std::map<std::int64_t, core::Date> m_last_visit_week;
    GenerationStats m_stats;
    std::optional<services::LoggedUser> m_user;   ///< logged in once: Argon2id is slow on purpose
};

} // namespace cabas::bench
