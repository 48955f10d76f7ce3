// The parent side of the concurrent tills: the barème of the run, the children started and
// released together, their lines gathered as they come, then the database checked: credit used
// per household by one SQL query over the month and the week against what each may spend, and
// the journal verified as `cabas-cli verify` does.
#include "bench/bench_tills.hpp"

#include "bench/libpq_baseline.hpp"
#include "core/credit.hpp"
#include "core/household.hpp"
#include "services/bareme_service.hpp"
#include "services/card_check_service.hpp"
#include "services/till/journal.hpp"
#include "storage/store.hpp"
#include "support/child_process.hpp"

#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <thread>

namespace cabas::bench {

namespace {

using namespace std::chrono_literals;

const services::LoggedUser kChecker{0, "cabas-bench", "Banc d'essai", core::Role::Volunteer};

/// The run's barème: visits out of the way, credit as it was (so that it runs out).
void lift_visit_limits(storage::Store& store, core::Date day) {
    core::Bareme b = services::bareme_in_force(store, day);
    b.effective_from = day;
    b.label = "Banc d'essai : caisses simultanées";
    b.credit.visits_per_week = 1000;
    b.credit.visits_per_month = 1000;
    services::add_bareme(store, b);
}

struct Gathered {
    std::vector<double> validations;
    bool done = false;
};

void take(const std::string& line, Gathered& g, TillsRun& run) {
    if (line.rfind("V ", 0) == 0) {
        g.validations.push_back(std::stod(line.substr(2)));
        ++run.sales;
    } else if (line == "R") ++run.raced;
    else if (line == "X") ++run.red_cards;
    else if (line == "DONE") g.done = true;
    else if (line.rfind("E ", 0) == 0) {
        ++run.errors;
        if (run.error_samples.size() < 5) run.error_samples.push_back(line.substr(2));
    }
}

/// Households whose credit used this month or week is more than they may spend.
void check_credit(storage::Store& store, const std::string& location, core::Date day,
                  const std::vector<const BenchHousehold*>& pool, TillsRun& run) {
    LibpqBaseline sql(location);
    const auto used = sql.credit_used(day);
    const core::Bareme b = services::bareme_in_force(store, day);
    for (const BenchHousehold* h : pool) {
        const auto file = store.households().get(h->id);
        const auto it = used.find(file->sales_code);
        if (it == used.end()) continue;
        const auto answer = services::check_card(store, kChecker, h->card, day);
        const int uc = core::consumption_units_tenths(file->composition.members, day);
        const core::Money month = answer.result.month_credit;
        const core::Money week = core::weekly_cap(b.credit, core::monthly_credit(b.credit, uc));
        const bool over_month = it->second.first > month.cents();
        const bool over_week = b.credit.weekly_cap_enabled && it->second.second > week.cents();
        if (!over_month && !over_week) continue;
        ++run.overspent;
        if (run.overspent_samples.size() < 5)
            run.overspent_samples.push_back(file->sales_code + " : mois " + std::to_string(it->second.first) + "/" +
                                            std::to_string(month.cents()) + " c, semaine " +
                                            std::to_string(it->second.second) + "/" + std::to_string(week.cents()) + " c");
    }
}

} // namespace

TillsRun measure_tills(World& world, const std::string& self, const std::string& work_dir, int tills, double seconds) {
    const core::Date day = world.today().plus_days(1);
    TillsRun run;
    run.tills = tills;
    std::vector<const BenchHousehold*> pool;
    std::vector<std::string> argv{self, "--till-child", world.path(), "", day.iso(), std::to_string(seconds), "",
                                  (std::filesystem::path(work_dir) / "tills-go").string()};
    for (const auto& h : world.households())
        if (!h.card.empty() && h.active_on(day)) {
            pool.push_back(&h);
            argv.push_back(h.card);
        }
    if (pool.empty()) throw std::runtime_error("aucun foyer n'a de droits le jour des caisses simultanées");
    run.households = static_cast<std::int64_t>(pool.size());
    lift_visit_limits(world.store(), day);
    std::filesystem::remove(argv[7]);

    std::vector<std::unique_ptr<testing::ChildProcess>> children;
    for (int i = 0; i < tills; ++i) {
        argv[3] = "caisse-" + std::string(1, static_cast<char>('A' + i % 26)) + (i >= 26 ? std::to_string(i) : "");
        argv[6] = std::to_string(101 + i);
        children.push_back(std::make_unique<testing::ChildProcess>(
            argv, (std::filesystem::path(work_dir) / (argv[3] + ".err")).string()));
    }
    for (auto& c : children)
        if (c->read_line(120s) != std::optional<std::string>("READY"))
            throw std::runtime_error("une caisse simultanée n'a pas démarré (voir " + work_dir + "/caisse-*.err)");
    std::ofstream(argv[7]).put('\n');
    Stopwatch watch;
    std::vector<Gathered> gathered(children.size());
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds + 120);
    for (bool all_done = false; !all_done;) {
        all_done = true;
        for (std::size_t i = 0; i < children.size(); ++i) {
            for (const auto& line : children[i]->take_lines()) take(line, gathered[i], run);
            all_done = all_done && gathered[i].done;
        }
        if (!all_done && std::chrono::steady_clock::now() > give_up)
            throw std::runtime_error("les caisses simultanées ne se sont pas arrêtées à temps");
        if (!all_done) std::this_thread::sleep_for(5ms);
    }
    run.seconds = watch.elapsed_ms() / 1000;
    for (auto& c : children)
        if (const int code = c->wait(); code != 0)
            throw std::runtime_error("une caisse simultanée a échoué (code " + std::to_string(code) + ")");
    std::filesystem::remove(argv[7]);
    std::vector<double> all;
    for (const auto& g : gathered) all.insert(all.end(), g.validations.begin(), g.validations.end());
    run.validation = summarise(std::move(all));

    check_credit(world.store(), world.path(), day, pool, run);
    const auto journal = services::till::verify_journal(world.store());
    run.journal_ok = journal.ok;
    run.journal_message = journal.ok ? "Journal intègre (" + std::to_string(journal.records_checked) + " enregistrements)"
                                     : "journal rompu au n° " + std::to_string(journal.first_broken_sequence) + " : " +
                                           journal.reason;
    return run;
}

} // namespace cabas::bench
