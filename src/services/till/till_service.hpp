// The till as a use case, with no window: login, till session, the basket of one household
// (card, scans, quantities, checks), overrides, payment and validation, corrections, receipts
// and the Z report. The wx till (pos/) is a thin view over this class; cabas-cli, the demo
// history and the benchmark drive it too.
#pragma once

#include "core/card_check.hpp"
#include "core/credit.hpp"
#include "core/pricing.hpp"
#include "core/product.hpp"
#include "reports/receipt_model.hpp"
#include "services/access_control.hpp"
#include "services/backup/automatic_backup.hpp"
#include "services/card_check_service.hpp"
#include "services/clock.hpp"
#include "storage/sale_repository.hpp"
#include "storage/stock_repository.hpp"
#include "storage/user_repository.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::till {

struct SessionInfo {
    std::int64_t id = 0;
    std::string till_id;
    std::string opened_by;
    std::string opened_at;          ///< UTC timestamp
    core::Money float_amount;
    bool from_earlier_day = false;  ///< opened before today: to be flagged at login
};

/// How a message for the strip above the basket should look (colour and words, never colour alone).
enum class MessageLevel { Info, Success, Warning, Refusal };

/// One lot a basket line takes goods from, first-expired-first-out. Each take is priced on its
/// own lot's origin (an FSE+ lot stays free even behind a purchased one) and becomes one stored
/// sale line. lot_id 0: goods the system believes are not in stock (sold anyway, no lot).
struct LotTake {
    std::int64_t lot_id = 0;
    std::int64_t quantity = 0;
    core::Origin origin = core::Origin::Purchase;
    std::optional<core::Date> expiry_on;
    core::Money value;                      ///< retail value of this part
    core::Rate rate;
    core::Money to_pay;
    bool counts_against_credit = true;
};

struct BasketLine {
    std::int64_t product_id = 0;
    std::string name;
    core::SaleUnit unit = core::SaleUnit::Piece;
    std::int64_t quantity = 0;              ///< pieces or grams
    core::Money unit_value;                 ///< per piece or per kg
    core::Money value;                      ///< line retail value
    core::Rate rate;
    core::RateSource rate_source = core::RateSource::Household;
    core::Money to_pay;
    core::Origin origin = core::Origin::Purchase;  ///< origin of the first lot taken (drives the rate)
    bool counts_against_credit = true;
    std::vector<LotTake> lots;              ///< empty when the system believes it is out of stock
    std::vector<std::string> warnings;      ///< "DDM dépassée le 12/11/2026", "Stock épuisé selon l'inventaire"
    bool overridden = false;                ///< added past a refusal with a manager's override
};

struct BasketTotals {
    core::Money value;
    core::Money to_pay;
    core::Money savings;
    core::Money month_left_after;           ///< credit left this month once this basket is paid
    std::optional<core::Money> week_left_after;
};

/// The answer to any basket action, shown in the message strip.
struct TillMessage {
    MessageLevel level = MessageLevel::Info;
    std::string text;                       ///< in the process language, ready to show
    bool override_possible = false;         ///< a manager may force it (refusal of a card or a limit)
};

enum class ScanKind { Card, Product, UnknownCode, MisreadCard, Empty };

struct ScanOutcome {
    ScanKind kind = ScanKind::Empty;
    bool accepted = false;
    TillMessage message;
    std::optional<std::size_t> line_index;  ///< line added or increased
    bool needs_weight = false;              ///< a weighed product: ask the grams, then add_weighed()
    std::int64_t product_id = 0;            ///< for needs_weight
};

struct PaymentInput {
    core::PaymentMethod method = core::PaymentMethod::Cash;
    core::Money amount;                     ///< for cash: the amount given (change is computed)
};

struct ValidationResult {
    bool recorded = false;                  ///< the sale is in the database, whole
    std::int64_t sale_id = 0;
    std::int64_t sequence = 0;
    core::Money change;
    std::string short_hash;
    std::string message;                    ///< "Vente n° 1234 enregistrée" / "Vente NON enregistrée : ..."
    /// The database server could not be reached (StorageUnavailable): the basket is kept, and
    /// validating again with the same request id once it answers stores the sale exactly once.
    bool server_unreachable = false;
};

/// Who let a red card shop, and why: set by a granted card override, kept until the next card.
struct CardOverride {
    std::string manager_name;               ///< display name of the manager who accepted
    std::string reason;
};

struct OverrideResult {
    bool granted = false;
    std::string message;
};

/// One till window's working state. Not thread-safe: one per till.
class TillService {
public:
    TillService(storage::Store&, const Clock&, std::string till_id, LoggedUser user);

    const LoggedUser& user() const;
    const std::string& till_id() const;

    // Session ------------------------------------------------------------------------------
    std::optional<SessionInfo> current_session();
    SessionInfo open_session(core::Money float_amount);
    /// Closes the open session with the counted cash; returns the Z report (also written to the
    /// journal as a closure record). Once the closure is committed, makes the automatic backup
    /// (automatic_backup.hpp) when a folder is chosen; its failure never undoes the close, it is
    /// in closing_backup().
    reports::ZReportModel close_session(core::Money counted);
    /// The automatic backup of the last close_session() (not attempted: off, or no close yet).
    const backup::AutomaticBackupOutcome& closing_backup() const;

    // Basket -------------------------------------------------------------------------------
    /// A scanned or typed code: a card (starts a basket for that household, replacing an empty
    /// one) or a product barcode (adds a line, or one more of an existing line).
    ScanOutcome scan(const std::string& code);
    ScanOutcome add_product(std::int64_t product_id, std::int64_t quantity);
    ScanOutcome add_weighed(std::int64_t product_id, std::int64_t grams);
    ScanOutcome set_quantity(std::size_t line_index, std::int64_t quantity);
    void remove_line(std::size_t line_index);
    /// Forgets the card and the lines (nothing is written).
    void cancel_sale();
    /// Products whose name contains every word of `text` (accents and case ignored).
    std::vector<core::Product> search_products(const std::string& text, std::size_t limit = 30);

    /// The card answer of the current basket (nullopt before a card is scanned).
    const std::optional<CardCheckAnswer>& card() const;
    /// True when the card was red and a manager let the household shop anyway.
    bool card_overridden() const;
    /// Who accepted the red card and why (nullopt unless card_overridden()).
    const std::optional<CardOverride>& card_override() const;
    const std::vector<BasketLine>& lines() const;
    BasketTotals totals() const;
    const TillMessage& last_message() const;

    // Overrides ----------------------------------------------------------------------------
    /// Forces the last refusal (a red card or a refused line) with a manager's or admin's PIN
    /// and a reason; stored with the sale.
    OverrideResult override_last_refusal(const std::string& manager_login, const std::string& pin,
                                         const std::string& reason);

    // Payment ------------------------------------------------------------------------------
    core::Money amount_due() const;
    /// Writes the sale, its lines (lots FEFO), payments, stock movements and journal record in
    /// one transaction. `request_id` identifies this validation: calling again with the same id
    /// returns the first result and writes nothing (double Enter). On success the basket is
    /// cleared. Never throws for a business or storage failure: `recorded` says what happened.
    ValidationResult validate(const std::vector<PaymentInput>& payments, const std::string& request_id);

    // After the sale -----------------------------------------------------------------------
    reports::ReceiptModel receipt(std::int64_t sale_id, bool duplicate);
    /// Reverses a validated sale (manager or admin PIN): a correction record, stock restored.
    ValidationResult correct_sale(std::int64_t sale_id, const std::string& manager_login, const std::string& pin,
                                  const std::string& reason);

    /// The working state, defined in till_state.hpp for the implementation files only.
    struct State;

private:
    std::shared_ptr<State> m_state;
};

/// The name of a payment method in the process language ("Espèces", "Carte bancaire", "Chèque"...).
std::string label_of(core::PaymentMethod);

} // namespace cabas::services::till
