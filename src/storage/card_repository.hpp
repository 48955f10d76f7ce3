// Storage of household cards: issue, revoke, replace (a lost card gets a new number).
#pragma once

#include "core/card_check.hpp"
#include "core/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage {

/// A card as stored. A household has at most one Active card (the schema enforces it).
struct CardRecord {
    std::int64_t id = 0;
    std::int64_t household_id = 0;
    std::string number;
    core::CardState state = core::CardState::Active;
    core::Date issued_on;
    std::optional<core::Date> revoked_on;
    std::string revoke_reason;
    std::optional<std::string> replaced_by;  ///< number of the card that replaced this one
};

class CardRepository {
public:
    virtual ~CardRepository() = default;

    /// Issues a card; returns its id. ValidationError when the number exists, the household is
    /// unknown, or the household already holds an active card (use replace()).
    virtual std::int64_t issue(std::int64_t household_id, const std::string& number, core::Date issued_on) = 0;
    virtual std::optional<CardRecord> find_by_number(const std::string& number) = 0;
    virtual std::optional<CardRecord> active_card_of(std::int64_t household_id) = 0;
    /// Every card a household was given, active or revoked, oldest first.
    virtual std::vector<CardRecord> cards_of(std::int64_t household_id) = 0;
    /// ValidationError for an unknown or already revoked card.
    virtual void revoke(const std::string& number, core::Date on, const std::string& reason) = 0;
    /// Revokes `old_number` (if still active) and issues `new_number` to the same household, in
    /// one transaction; returns the new card's id. ValidationError for an unknown old card, one
    /// already replaced, or a new number that exists.
    virtual std::int64_t replace(const std::string& old_number, const std::string& new_number, core::Date on,
                                 const std::string& reason) = 0;
};

} // namespace cabas::storage
