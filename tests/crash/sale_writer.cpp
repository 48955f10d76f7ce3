// cabas-sale-writer: a till with no window that sells as fast as it can, for the crash and
// concurrency tests. It prints READY once its session is open, then one line per sale the
// database acknowledged (validate() returned recorded), flushed before the next sale starts:
//   ACK <sale_id> <till sequence> <stored lines> <total_paid_cents>
// A sale that was not recorded prints "ERR <message>". Killed at any moment, it has printed
// only sales whose commit returned.
//
// Usage: cabas-sale-writer DB TILL_ID CARDS_FILE BARCODES_FILE SEED [SECONDS]
//   (SECONDS: stop after that long; without it, sell until killed)
#include "services/clock.hpp"
#include "services/till/till_service.hpp"
#include "storage/store.hpp"

#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace cabas;

std::vector<std::string> lines_of(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) out.push_back(line);
    return out;
}

services::LoggedUser first_volunteer(storage::Store& store) {
    for (const auto& u : store.users().list())
        if (u.role == core::Role::Volunteer && u.active) return {u.id, u.login, u.display_name, u.role};
    throw std::runtime_error("aucun bénévole dans la base");
}

/// One basket: a card, one to three products, paid in cash. Returns false when nothing
/// could be sold to this card (red card, every product refused).
bool sell_once(services::till::TillService& till, const std::string& card, const std::vector<std::string>& barcodes,
               std::mt19937& rng, long& request) {
    if (!till.scan(card).accepted) {
        till.cancel_sale();
        return false;
    }
    const int products = 1 + static_cast<int>(rng() % 3);
    for (int i = 0; i < products; ++i) {
        const auto out = till.scan(barcodes[rng() % barcodes.size()]);
        if (out.needs_weight) till.add_weighed(out.product_id, 250);
    }
    if (till.lines().empty()) {
        till.cancel_sale();
        return false;
    }
    // What the database must hold for this sale: one stored line per lot taken (or one for a
    // line sold without stock), and payments summing to what was due.
    std::size_t stored_lines = 0;
    for (const auto& line : till.lines()) stored_lines += line.lots.empty() ? 1 : line.lots.size();
    const core::Money due = till.amount_due();
    const auto result =
        till.validate({{core::PaymentMethod::Cash, due}}, "crash-" + till.till_id() + "-" + std::to_string(++request));
    if (!result.recorded) {
        std::printf("ERR %s\n", result.message.c_str());
        std::fflush(stdout);
        till.cancel_sale();
        return false;
    }
    std::printf("ACK %lld %lld %zu %lld\n", static_cast<long long>(result.sale_id),
                static_cast<long long>(result.sequence), stored_lines, static_cast<long long>(due.cents()));
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 6) {
        std::fprintf(stderr, "usage: cabas-sale-writer DB TILL_ID CARDS BARCODES SEED [SECONDS]\n");
        return 2;
    }
    try {
        // A file or a postgresql:// URI: the same till on either engine.
        auto store = storage::open_store(argv[1], storage::OpenMode::ExistingOnly);
        const std::vector<std::string> cards = lines_of(argv[3]);
        const std::vector<std::string> barcodes = lines_of(argv[4]);
        if (cards.empty() || barcodes.empty()) throw std::runtime_error("ni carte ni code-barres à vendre");
        std::mt19937 rng(static_cast<unsigned>(std::stoul(argv[5])));
        services::SystemClock clock;
        services::till::TillService till(*store, clock, argv[2], first_volunteer(*store));
        if (!till.current_session()) till.open_session(core::Money::from_euros(50));
        std::printf("READY\n");
        std::fflush(stdout);
        const auto stop = argc > 6 ? std::chrono::steady_clock::now() + std::chrono::seconds(std::stoi(argv[6]))
                                   : std::chrono::steady_clock::time_point::max();
        long request = static_cast<long>(rng() % 1'000'000) * 1'000'000;
        while (std::chrono::steady_clock::now() < stop) sell_once(till, cards[rng() % cards.size()], barcodes, rng, request);
        return 0;
    } catch (const std::exception& e) {
        std::printf("ERR %s\n", e.what());
        std::fflush(stdout);
        return 3;
    }
}
