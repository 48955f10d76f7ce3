// The database the crash and concurrency tests sell on: the demo épicerie of `init --demo`,
// in a SQLite file, or in a fresh schema of the PostgreSQL test server when the run has one
// (support/test_database.hpp), with a barème version that lets any household shop as often as
// the test wants (so every basket is a sale) or, for the overspending test, one whose credit
// runs out; and the lists of green cards and piece barcodes the writers pick from.
#pragma once

#include "storage/store.hpp"
#include "support/test_database.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace cabas::testing {

/// What one ACK line of cabas-sale-writer promises is in the database.
struct AcknowledgedSale {
    std::int64_t sale_id = 0;
    std::int64_t sequence = 0;
    std::size_t lines = 0;
    std::int64_t total_paid_cents = 0;
    std::string till_id;
};

/// What the households may spend in the world's barème.
enum class Credit {
    Unlimited,  ///< visits and credit out of the way: the tests measure storage, not the rules
    Scarce,     ///< 1000 visits, but a monthly and a weekly credit the writers use up in seconds
};

class SalesWorld {
public:
    /// `households`: how many cards the writers share (0: every green card); the scarce-credit
    /// world keeps those with the most credit left, so that the writers collide on them.
    explicit SalesWorld(Credit credit = Credit::Unlimited, std::size_t households = 0);
    ~SalesWorld();
    SalesWorld(const SalesWorld&) = delete;
    SalesWorld& operator=(const SalesWorld&) = delete;

    /// What open_store() takes: the SQLite file or the PostgreSQL URI.
    const std::string& db() const { return m_database.location(); }
    bool postgres() const { return m_database.postgres(); }
    std::string path(const std::string& name) const { return m_database.file(name); }
    /// The household sales codes of the cards the writers use.
    const std::vector<std::string>& households() const { return m_households; }
    /// argv for a writer on `till_id`, optionally stopping by itself after `seconds`.
    std::vector<std::string> writer(const std::string& till_id, unsigned seed, int seconds = 0) const;

    /// Problems found after a crash: integrity, journal, and each acknowledged sale checked
    /// for its row, its lines, its payments and its journal record. Empty when all is well.
    std::vector<std::string> problems(const std::vector<AcknowledgedSale>& acknowledged) const;
    /// Households of households() whose month or week went past its credit: "code : ...".
    std::vector<std::string> overspent() const;

private:
    cabas::test_support::FreshDatabase m_database{"cabas-crash"};
    std::vector<std::string> m_households;
};

/// Parses "ACK <sale_id> <sequence> <lines> <total_paid_cents>"; false for any other line.
bool parse_ack(const std::string& line, const std::string& till_id, AcknowledgedSale& out);

} // namespace cabas::testing
