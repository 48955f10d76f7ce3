// Storage of till sessions and sales (lines, payments, and the stock movements they cause).
// Sales name the household by its random sales code only, never by name or id.
#pragma once

#include "core/money.hpp"
#include "core/payment.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabas::storage {

struct TillSession {
    std::int64_t id = 0;
    std::string till_id;                        ///< "caisse-1"
    std::string opened_by;                      ///< login
    std::string opened_at;                      ///< UTC timestamp
    core::Money float_amount;                   ///< cash float at opening
    std::optional<std::string> closed_at;
    std::optional<core::Money> counted;
    std::optional<std::string> closed_by;
};

struct SaleLineRecord {
    std::int64_t id = 0;
    std::int64_t product_id = 0;
    std::optional<std::int64_t> lot_id;         ///< the lot the goods came from (traceability)
    std::int64_t quantity = 0;                  ///< pieces or grams
    core::Money value;                          ///< retail value of the line
    core::Rate rate;                            ///< rate applied
    core::Money paid;                           ///< what the household paid for the line
    bool counts_against_credit = true;
};

struct PaymentRecord {
    core::PaymentMethod method = core::PaymentMethod::Cash;
    core::Money amount;                         ///< amount applied to the sale (change excluded)
};

/// A validated sale.
///
/// Correction policy: a sale with `corrects_sale_id` *replaces* the sale it names. It carries
/// the full corrected basket (no lines at all for a plain cancellation). The household's usage
/// (credit, quotas, savings) counts only sales that no later sale corrects: what it may still
/// spend follows the corrected basket. Reports count a correction in the month it was made,
/// leaving an earlier month's published figures alone (report_queries.hpp). Storing a correction
/// returns the stock of the replaced sale's lots ('correction' movements) before taking the new
/// lines' stock. A sale can be corrected once; to correct again, correct the correction.
struct SaleRecord {
    std::int64_t id = 0;
    std::int64_t session_id = 0;
    std::int64_t sequence = 0;                  ///< per till, gapless; assigned by add_sale
    std::string household_code;                 ///< the household's sales_code
    std::string sold_at;                        ///< UTC timestamp "2026-11-23T14:02:05Z"
    core::Money total_value;                    ///< sum of the lines' values
    core::Money total_paid;                     ///< sum of the lines' paid amounts = sum of payments
    std::optional<std::string> override_by;     ///< manager who overrode a refusal or a limit
    std::optional<std::string> override_reason;
    std::optional<std::int64_t> corrects_sale_id;
    std::optional<std::string> request_id;      ///< client-side id: the same request stores one sale
    std::optional<core::Money> cash_given;      ///< cash handed over, when some was (change = given − cash applied)
    std::vector<SaleLineRecord> lines;
    std::vector<PaymentRecord> payments;
};

class SaleRepository {
public:
    virtual ~SaleRepository() = default;

    /// ValidationError when the till already has an open session.
    virtual std::int64_t open_session(const std::string& till_id, const std::string& opened_by,
                                      const std::string& opened_at, core::Money float_amount) = 0;
    /// ValidationError for an unknown or already closed session.
    virtual void close_session(std::int64_t session_id, const std::string& closed_at, core::Money counted,
                               const std::string& closed_by) = 0;
    virtual std::optional<TillSession> open_session_of(const std::string& till_id) = 0;
    /// Every session not closed yet, on any till, oldest first.
    virtual std::vector<TillSession> open_sessions() = 0;
    virtual std::optional<TillSession> session(std::int64_t session_id) = 0;
    /// Every session, open or closed, by id: what the journal's verification compares.
    virtual std::vector<TillSession> sessions() = 0;

    /// Stores a sale with its lines, payments and stock movements in one transaction and returns
    /// its id; the sequence is the till's next number. When `request_id` was already stored,
    /// returns the existing sale's id and writes nothing (a double click does not sell twice).
    /// ValidationError when the session is closed or unknown, the totals do not match the lines
    /// or the payments, the household code is empty, or the corrected sale is unknown or already
    /// corrected.
    virtual std::int64_t add_sale(const SaleRecord& sale) = 0;
    /// The sale stored for `request_id`, if any: a validation retried after a crash or a lost
    /// connection finds its sale instead of checking the basket again.
    virtual std::optional<std::int64_t> sale_of_request(const std::string& request_id) = 0;
    /// Records that a duplicate of the sale's receipt was printed; returns its number (1 for the
    /// first duplicate), counted over every duplicate ever printed for that sale.
    virtual int record_reprint(std::int64_t sale_id, const std::string& printed_at, const std::string& printed_by) = 0;
    virtual std::optional<SaleRecord> sale(std::int64_t sale_id) = 0;
    virtual std::vector<SaleRecord> sales_of_session(std::int64_t session_id) = 0;
    /// Up to `limit` sales with an id above `after_id`, by id, with their lines and payments:
    /// the journal's verification reads every sale page by page.
    virtual std::vector<SaleRecord> sales_page(std::int64_t after_id, int limit) = 0;
    /// Sales of a household (by its sales code) that no later sale corrects, oldest first: what
    /// its visits, savings and history count.
    virtual std::vector<SaleRecord> current_sales_of_household(const std::string& household_code) = 0;
};

} // namespace cabas::storage
