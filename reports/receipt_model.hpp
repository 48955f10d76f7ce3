// What a receipt and a Z report say, as plain data: built by the till services from stored
// sales, rendered by the ESC/POS and PDF printers of this folder. No wx, no SQL.
#pragma once

#include "core/money.hpp"

#include <string>
#include <vector>

namespace cabas::reports {

struct ReceiptLine {
    std::string name;          ///< product name
    std::string quantity;      ///< "2", "1,250 kg"
    core::Money value;         ///< retail value of the line
    std::string rate;          ///< "10 %", "FSE+ 0 %", "BA 10 %", "gratuit"
    core::Money paid;
};

struct ReceiptPayment {
    std::string method;        ///< "Espèces", "Carte bancaire", "Chèque"
    core::Money amount;
};

/// docs/design/domain.md §5: date, till, sequence number, lines with value and amount paid, total
/// paid, savings, credit left, the short chain hash; a reprint says DUPLICATA.
struct ReceiptModel {
    std::string shop_name;     ///< "Épicerie solidaire du Château"
    std::string shop_address;
    std::string till_id;       ///< "caisse-1"
    long long sequence = 0;    ///< the sale's number on this till
    std::string date_time;     ///< local, "23/11/2026 15:47"
    std::string served_by;     ///< volunteer's display name
    std::string customer;      ///< first name or pseudonym only
    std::vector<ReceiptLine> lines;
    core::Money total_value;
    core::Money total_paid;
    core::Money savings;
    std::vector<ReceiptPayment> payments;
    core::Money cash_given;    ///< 0 when no cash
    core::Money change;
    core::Money credit_left_month;
    bool has_week_credit = false;
    core::Money credit_left_week;
    std::string short_hash;    ///< first characters of the journal chain head after this sale
    bool duplicate = false;    ///< reprint: printed "DUPLICATA"
    int reprint_number = 0;
    bool is_correction = false;          ///< a correction record ("ANNULATION / CORRECTION")
    long long corrected_sequence = 0;
    bool test_print = false;   ///< the printer's test ticket: no sale, says so, no number
};

/// The ticket that checks a printer (first-run wizard, settings): the épicerie's head, the
/// date and "TICKET D'ESSAI — ne vaut pas vente".
ReceiptModel test_ticket(const std::string& shop_name, const std::string& shop_address, const std::string& till_id,
                         const std::string& date_time);

struct ZPaymentTotal {
    std::string method;
    int count = 0;
    core::Money amount;
};

/// Till closing: what was sold, how it was paid, expected vs counted cash.
struct ZReportModel {
    std::string shop_name;
    std::string till_id;
    long long session_id = 0;
    std::string opened_at;     ///< local "23/11/2026 14:02"
    std::string opened_by;
    std::string closed_at;
    std::string closed_by;
    int sales_count = 0;
    int corrections_count = 0;
    core::Money total_value;
    core::Money total_paid;
    core::Money savings;
    std::vector<ZPaymentTotal> by_payment;
    core::Money cash_float;
    core::Money cash_expected;  ///< float + cash taken - change given
    core::Money cash_counted;
    core::Money difference;     ///< counted - expected
    long long journal_sequence = 0;
    std::string short_hash;
    std::string key_fingerprint;  ///< "3F2A 91C0 7B4E 0D12" of the key that signed the closure; empty when unsigned
    core::Money perpetual_total;  ///< grand total paid since the first sale, net of corrections
    int months_closed = 0;        ///< monthly closures written with this Z (the first Z of a month)
    bool duplicate = false;
};

} // namespace cabas::reports
