// The database the crash and concurrency tests sell on: the demo épicerie of `init --demo`,
// with a barème version that lets any household shop as often as the test wants (so every
// basket is a sale), and the lists of green cards and piece barcodes the writers pick from.
#pragma once

#include "storage/store.hpp"

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

class SalesWorld {
public:
    SalesWorld();
    ~SalesWorld();
    SalesWorld(const SalesWorld&) = delete;
    SalesWorld& operator=(const SalesWorld&) = delete;

    const std::string& db() const { return m_db; }
    std::string path(const std::string& name) const { return m_dir + "/" + name; }
    /// argv for a writer on `till_id`, optionally stopping by itself after `seconds`.
    std::vector<std::string> writer(const std::string& till_id, unsigned seed, int seconds = 0) const;

    /// Problems found after a crash: integrity, journal, and each acknowledged sale checked
    /// for its row, its lines, its payments and its journal record. Empty when all is well.
    std::vector<std::string> problems(const std::vector<AcknowledgedSale>& acknowledged) const;

private:
    std::string m_dir;
    std::string m_db;
};

/// Parses "ACK <sale_id> <sequence> <lines> <total_paid_cents>"; false for any other line.
bool parse_ack(const std::string& line, const std::string& till_id, AcknowledgedSale& out);

} // namespace cabas::testing
