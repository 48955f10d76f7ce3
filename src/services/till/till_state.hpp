// The till's private working state and the helpers its implementation files share. Not part of
// the API: pos/ and cabas-cli include till_service.hpp only.
#pragma once

#include "core/bareme.hpp"
#include "core/error.hpp"
#include "services/till/till_service.hpp"

#include <map>
#include <utility>

namespace cabas::services::till {

/// A refusal a manager may force: a red card, or a line that broke a credit or limit rule.
struct PendingRefusal {
    enum class Kind { None, Card, Line } kind = Kind::None;
    std::optional<CardCheckAnswer> card;
    std::int64_t product_id = 0;
    std::int64_t quantity = 0;                 ///< the whole line's quantity wanted
};

struct TillService::State {
    storage::Store& store;
    const Clock& clock;
    std::string till_id;
    LoggedUser user;

    std::optional<CardCheckAnswer> card;
    bool card_overridden = false;
    std::optional<CardOverride> card_override;
    core::Bareme bareme;                       ///< in force when the card was scanned
    core::QuotaContext quota;                  ///< usage before this visit; rules point into bareme
    std::vector<BasketLine> lines;
    TillMessage last;
    PendingRefusal pending;
    std::vector<std::pair<std::string, std::string>> overrides;   ///< login, reason

    std::map<std::string, ValidationResult> results;              ///< by request_id
    backup::AutomaticBackupOutcome closing_backup;                ///< of the last close

    State(storage::Store& s, const Clock& c, std::string till, LoggedUser u)
        : store(s), clock(c), till_id(std::move(till)), user(std::move(u)) {}

    /// Sets and returns the strip message.
    TillMessage say(MessageLevel level, std::string text, bool override_possible = false) {
        last = TillMessage{level, std::move(text), override_possible};
        return last;
    }
    bool can_sell() const { return card && (card->result.green() || card_overridden); }
    void clear_basket() {
        card.reset();
        card_overridden = false;
        card_override.reset();
        lines.clear();
        pending = {};
        overrides.clear();
        quota = {};
    }
};

/// Loads the barème and the household's usage for the basket of `answer` (green or overridden).
void start_basket(TillService::State&, const CardCheckAnswer& answer);

/// Makes the basket line of `product_id` hold `quantity` in all (creating it, or replacing the
/// existing line of that product): FEFO plan, pricing, credit and limit checks. `forced` skips
/// the credit and limit checks (a manager's override), never the DLC block.
ScanOutcome add_line(TillService::State&, std::int64_t product_id, std::int64_t quantity, bool forced);

/// One core line for the checks: the quantity of the whole line, the value that counts.
core::BasketLine checked_line(const BasketLine& line, std::optional<std::int64_t> category);

/// Called inside the sale's write transaction (which every other till's write waits for): when
/// the household's stored usage changed since its card was scanned (a sale at another till),
/// checks the basket again against what is stored now; throws ChangedMeanwhile if the visit,
/// a credit or a limit would now be exceeded. Lines and a card a manager forced stay forced.
void recheck_household(TillService::State&);

/// The basket no longer fits the household's credit or limits because of a sale made meanwhile.
class ChangedMeanwhile : public Error {
public:
    using Error::Error;
};

/// Local display of a UTC timestamp: "23/11/2026 15:47".
std::string local_date_time(const std::string& utc);
/// Local calendar date of a UTC timestamp.
core::Date local_date(const std::string& utc);
/// "2" for pieces, "1,250 kg" for grams.
std::string quantity_text(core::SaleUnit, std::int64_t quantity);

} // namespace cabas::services::till
