// What a journal record certifies, as canonical text: written into each sale, correction and
// closure record, and recomputed from the tables by the audit (journal_audit.hpp), so any edit
// of a sale line, a payment or a session's counted cash is a difference with its record.
#pragma once

#include "storage/sale_repository.hpp"

#include <string>
#include <vector>

namespace cabas::services::till {

/// Lines as records of schema 10 on state them, ';'-joined in stored order:
/// "product:lot:quantity:value_cents:rate_bp:paid_cents:counts" (lot empty when none, counts
/// 1 when the line counts against the credit, else 0).
std::string lines_text(const std::vector<storage::SaleLineRecord>&);
/// Lines as records written before schema 10 stated them: "product:quantity:value:paid".
std::string legacy_lines_text(const std::vector<storage::SaleLineRecord>&);
/// Payments, ';'-joined in stored order: "method:amount_cents".
std::string payments_text(const std::vector<storage::PaymentRecord>&);
/// What else a sale record certifies: "cash_given_cents;overridden" (cash empty when no cash
/// was handed over; overridden 1 when a manager overrode a refusal or a limit, else 0).
std::string sale_extra_text(const storage::SaleRecord&);
/// What a closure record certifies of its session: "float_cents;counted_cents;opened_at;closed_at".
std::string session_extra_text(const storage::TillSession&);

/// The names of a line's sub-fields in lines_text order, in French: the audit translates them where it says them.
const std::vector<std::string>& line_field_names();
/// The names of sale_extra_text's and session_extra_text's sub-fields.
const std::vector<std::string>& sale_extra_names();
const std::vector<std::string>& session_extra_names();

/// `text` cut at every `separator` ("" gives no part at all).
std::vector<std::string> split_text(const std::string& text, char separator);

} // namespace cabas::services::till
