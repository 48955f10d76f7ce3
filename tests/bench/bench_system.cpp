// Start-up time and peak memory. Start-up is what the till does before its login screen
// (open with the migrations check, read its settings and the barème) plus a check of the
// journal's tail; memory is measured in child processes so that the generator's and the
// timing loop's allocations are not counted.
#include "support/test_login.hpp"
#include "bench/bench_measure.hpp"
#include "bench/baseline.hpp"
#include "bench/sqlite_baseline.hpp"

#include "services/open_database.hpp"
#include "services/clock.hpp"
#include "services/bareme_service.hpp"
#include "services/till/journal.hpp"
#include "services/till/till_service.hpp"
#include "storage/store.hpp"
#include "services/login.hpp"

#include <cstdio>
#include <memory>
#include <stdexcept>

namespace cabas::bench {

namespace {

constexpr int kJournalTail = 1000;

/// The last `tail` journal records: each hash recomputed and each link to the one before.
int check_journal_tail(storage::Store& store, int tail) {
    const auto head = store.journal().head();
    if (!head) return 0;
    const auto records = store.journal().range(std::max<std::int64_t>(1, head->sequence - tail + 1), tail);
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (services::till::sha256_hex(records[i].payload) != records[i].hash ||
            (i > 0 && records[i].previous_hash != records[i - 1].hash))
            throw std::runtime_error("journal : chaîne rompue à l'enregistrement " + std::to_string(records[i].sequence));
    }
    return static_cast<int>(records.size());
}

void till_start_up(const std::string& path, core::Date day) {
    auto store = services::open_database(path);  // as the till opens it, with its seal
    (void)store->settings().get("ui.language");
    (void)store->settings().get("till.id");
    (void)services::bareme_in_force(*store, day);
    check_journal_tail(*store, kJournalTail);
}

double run_child(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) throw std::runtime_error("impossible de lancer : " + command);
    char text[64] = {};
    if (!std::fgets(text, sizeof text, pipe.get())) throw std::runtime_error("pas de mesure de mémoire : " + command);
    return std::stod(text);
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

} // namespace

Row measure_start_up(const std::string& path, core::Date day, int runs) {
    std::vector<double> app, base;
    for (int i = 0; i < runs; ++i) {
        app.push_back(time_ms([&] { till_start_up(path, day); }));
        base.push_back(time_ms([&] { open_baseline(path)->start_up_reads(day, kJournalTail); }));
    }
    return Row{"Start-up (open + migrations check, settings, barème, journal tail of 1,000 re-hashed)", summarise(app), summarise(base)};
}

Row measure_peak_rss(const std::string& self, const std::string& path, core::Date day,
                     const std::vector<std::string>& cards) {
    std::string args = quoted(path) + " " + day.iso();
    for (const auto& c : cards) args += " " + c;
    Row r;
    r.operation = "Peak RSS (VmHWM) of a till process after " + std::to_string(cards.size()) + " baskets";
    r.unit = "MiB";
    r.cabas = summarise({run_child(quoted(self) + " --rss-child till " + args)});
    r.baseline = summarise({run_child(quoted(self) + " --rss-child baseline " + args)});
    return r;
}

int run_rss_child(const std::string& mode, const std::string& path, const std::string& day_text,
                  const std::vector<std::string>& cards) {
    const core::Date day = core::parse_date(day_text);
    if (mode == "till") {
        auto store = services::open_database(path);  // as the till opens it, with its seal
        services::MovingClock clock;
        clock.set(day, 15 * 60);
        const auto user = cabas::testing::log_in_now(*store, "caisse", "1111");
        if (!user) return 1;
        services::till::TillService till(*store, clock, "caisse-memoire", *user);
        till.open_session(core::Money::from_euros(50));
        const auto products = store->catalogue().products();
        std::size_t next = 0;
        for (const auto& card : cards) {
            if (!till.scan(card).accepted) {
                till.cancel_sale();
                continue;
            }
            for (int i = 0; i < 5; ++i) {
                const auto& p = products[(next += 37) % products.size()];
                auto out = till.scan(p.barcodes.front());
                if (out.needs_weight) till.add_weighed(out.product_id, 500);
            }
            (void)till.search_products("pates");
            if (till.lines().empty()) till.cancel_sale();
            else till.validate({{core::PaymentMethod::Cash, till.amount_due()}}, "memoire-" + card);
        }
        till.close_session(core::Money::from_euros(50));
    } else {
        const auto base = open_baseline(path);
        base->start_up_reads(day, kJournalTail);
        const std::vector<std::string> codes = base->barcodes();
        std::size_t next = 0;
        for (const auto& card : cards) {
            base->card_check(card, day);
            for (int i = 0; i < 5; ++i) base->product_scan(codes[(next += 37) % codes.size()]);
        }
    }
    std::printf("%.1f\n", peak_rss_mib());
    return 0;
}

} // namespace cabas::bench
