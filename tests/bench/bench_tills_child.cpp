// One till of the concurrent run: a process of its own, as a real till is, logged in as the
// volunteer, selling baskets of one to three products paid in cash as fast as it can from the
// start signal (a file the parent creates once every till is ready) for a bounded time. It
// prints one line per outcome, which the parent reads as they come:
//   READY | V <ms> (a recorded validation) | R (raced) | X (red card) | E <message> | DONE
#include "support/test_login.hpp"
#include "bench/bench_tills.hpp"

#include "services/clock.hpp"
#include "services/open_database.hpp"
#include "services/till/till_service.hpp"
#include "storage/store.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <thread>

namespace cabas::bench {

namespace {

using Clock = std::chrono::steady_clock;

void say(const std::string& line) {
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
}

std::string one_line(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

/// One basket; returns what to report.
std::string sell_once(services::till::TillService& till, const std::string& card, const std::vector<std::string>& codes,
                      std::mt19937& rng, long request) {
    if (!till.scan(card).accepted) {
        till.cancel_sale();
        return "X";
    }
    const int products = 1 + static_cast<int>(rng() % 3);
    for (int i = 0; i < products; ++i) {
        const auto out = till.scan(codes[rng() % codes.size()]);
        if (out.needs_weight) till.add_weighed(out.product_id, 250);
    }
    if (till.lines().empty()) {
        till.cancel_sale();
        return "X";
    }
    services::till::ValidationResult result;
    const double ms = time_ms([&] {
        result = till.validate({{core::PaymentMethod::Cash, till.amount_due()}},
                               "tills-" + till.till_id() + "-" + std::to_string(request));
    });
    if (result.recorded) {
        char text[32];
        std::snprintf(text, sizeof text, "V %.3f", ms);
        return text;
    }
    till.cancel_sale();
    if (result.message.find("une autre caisse vient de servir ce foyer") != std::string::npos) return "R";
    return "E " + one_line(result.message);
}

} // namespace

int run_till_child(const std::vector<std::string>& args) {
    if (args.size() < 7) throw std::runtime_error("--till-child LOCATION TILL_ID DAY SECONDS SEED GO_FILE CARD...");
    const std::string till_id = args[1];
    const core::Date day = core::parse_date(args[2]);
    const auto duration = std::chrono::duration<double>(std::stod(args[3]));
    std::mt19937 rng(static_cast<unsigned>(std::stoul(args[4])));
    const std::string go = args[5];
    const std::vector<std::string> cards(args.begin() + 6, args.end());

    auto store = services::open_database(args[0], storage::OpenMode::ExistingOnly);
    services::MovingClock clock;
    clock.set(day, 15 * 60);
    const auto user = cabas::testing::log_in_now(*store, "caisse", "1111");
    if (!user) throw std::runtime_error("connexion impossible à la caisse " + till_id);
    services::till::TillService till(*store, clock, till_id, *user);
    const auto float_amount = core::Money::from_euros(50);
    till.open_session(float_amount);
    std::vector<std::string> codes;
    for (const auto& p : store->catalogue().products())
        if (p.active && !p.barcodes.empty()) codes.push_back(p.barcodes.front());
    if (codes.empty()) throw std::runtime_error("aucun produit à vendre");
    say("READY");

    const auto wait_until = Clock::now() + std::chrono::seconds(120);
    while (!std::filesystem::exists(go)) {
        if (Clock::now() > wait_until) throw std::runtime_error("pas de signal de départ");
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    const auto start = Clock::now();
    long request = 0;
    while (Clock::now() - start < duration) {
        // The till's clock follows the run, a minute at a time, from 15:00 on the day.
        clock.set(day, 15 * 60 + static_cast<int>(std::chrono::duration<double>(Clock::now() - start).count() / 60));
        try {
            const std::string outcome = sell_once(till, cards[rng() % cards.size()], codes, rng, ++request);
            say(outcome);
        } catch (const std::exception& e) {
            say("E " + one_line(e.what()));
            try {
                till.cancel_sale();
            } catch (...) {
                // Nothing to cancel, or the connection is gone: the next basket says so.
            }
        }
    }
    till.close_session(float_amount);
    say("DONE");
    return 0;
}

} // namespace cabas::bench
