// Issuing, revoking and replacing cards. Numbers are random serials under the barème's GS1
// restricted-circulation prefix, so a card number says nothing about the household.
#pragma once

#include "core/date.hpp"

#include <cstdint>
#include <string>

namespace cabas::storage { class Store; }

namespace cabas::services {

/// Where card serials come from: random in production, seeded for the demo and tests.
class SerialSource {
public:
    virtual ~SerialSource() = default;
    /// A serial in [1, max].
    virtual std::uint64_t next_serial(std::uint64_t max) = 0;
};

/// Serials from libsodium's generator (the operating system's CSPRNG), uniform over 1..max.
class RandomSerialSource final : public SerialSource {
public:
    std::uint64_t next_serial(std::uint64_t max) override;
};

/// Issues a new card to a household that holds none; returns its number.
std::string issue_card(storage::Store&, std::int64_t household_id, core::Date on, SerialSource&);

/// Revokes a lost or stolen card and issues its replacement in one transaction; returns the
/// new number.
std::string replace_card(storage::Store&, const std::string& old_number, core::Date on, const std::string& reason,
                         SerialSource&);

} // namespace cabas::services
