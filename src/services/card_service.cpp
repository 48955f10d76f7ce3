// Card issuing with collision retries (serials are random, the number space is large).
#include "services/card_service.hpp"

#include "core/card_number.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/bareme_service.hpp"
#include "storage/store.hpp"

#include <sodium.h>

#include <cstdint>

namespace cabas::services {

std::uint64_t RandomSerialSource::next_serial(std::uint64_t max) {
    if (max == 0) throw InternalError(core::tr("aucun numéro de carte possible"));
    if (sodium_init() < 0) throw InternalError(core::tr("libsodium ne démarre pas"));
    if (max <= UINT32_MAX) return 1 + randombytes_uniform(static_cast<std::uint32_t>(max));
    // Wider ranges (a short card prefix leaves ten digits): 64 random bits, rejecting the top
    // sliver that would make a modulo favour small serials.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % max;
    std::uint64_t value = 0;
    do randombytes_buf(&value, sizeof value);
    while (value >= limit);
    return 1 + value % max;
}

namespace {

std::string fresh_number(storage::Store& store, core::Date on, SerialSource& serials) {
    const std::string prefix = bareme_in_force(store, on).card_prefix;
    const std::uint64_t max = core::max_card_serial(prefix);
    for (int attempt = 0; attempt < 20; ++attempt) {
        std::string number = core::make_card_number(prefix, serials.next_serial(max));
        if (!store.cards().find_by_number(number)) return number;
    }
    throw InternalError(core::tr("impossible de trouver un numéro de carte libre après 20 essais"));
}

} // namespace

std::string issue_card(storage::Store& store, std::int64_t household_id, core::Date on, SerialSource& serials) {
    return store.transaction([&] {
        std::string number = fresh_number(store, on, serials);
        store.cards().issue(household_id, number, on);
        return number;
    });
}

std::string replace_card(storage::Store& store, const std::string& old_number, core::Date on, const std::string& reason,
                         SerialSource& serials) {
    return store.transaction([&] {
        std::string number = fresh_number(store, on, serials);
        store.cards().replace(old_number, number, on, reason);
        return number;
    });
}

} // namespace cabas::services
