// What both baselines share: the choice of engine from the database argument, and the journal
// record they write (its text and its SHA-256).
#include "bench/baseline.hpp"

#include "bench/libpq_baseline.hpp"
#include "bench/sqlite_baseline.hpp"
#include "storage/store.hpp"

#include <sodium.h>

namespace cabas::bench {

std::unique_ptr<Baseline> open_baseline(const std::string& location) {
    if (storage::is_server_location(location)) return std::make_unique<LibpqBaseline>(location);
    return std::make_unique<SqliteBaseline>(location);
}

const char* baseline_name(const std::string& location) {
    return storage::is_server_location(location) ? "libpq" : "SQLite";
}

std::string journal_payload(std::int64_t sequence, std::int64_t sale_id, const storage::SaleRecord& sale,
                            const std::string& previous_hash) {
    std::string payload = std::to_string(sequence) + '|' + std::to_string(sale_id) + '|' + sale.household_code + '|' +
                          sale.sold_at;
    for (const auto& line : sale.lines)
        payload += '|' + std::to_string(line.product_id) + ':' + std::to_string(line.quantity) + ':' +
                   std::to_string(line.value.cents()) + ':' + std::to_string(line.paid.cents());
    return payload + '|' + previous_hash;
}

std::string hex_sha256(const std::string& text) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

} // namespace cabas::bench
