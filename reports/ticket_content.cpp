// Builds the French rows of receipts and Z reports (docs/design/domain.md §5) from their models.
#include "reports/ticket_content.hpp"

namespace cabas::reports {
namespace {

using Kind = TicketRow::Kind;
using core::format_euros;

TicketRow row(Kind kind, std::string text = {}, bool emphasis = false) {
    TicketRow r;
    r.kind = kind;
    r.text = std::move(text);
    r.emphasis = emphasis;
    return r;
}

TicketRow pair(std::string label, std::string value, bool emphasis = false) {
    TicketRow r = row(Kind::Pair, std::move(label), emphasis);
    r.value = std::move(value);
    return r;
}

TicketRow item(const ReceiptLine& line) {
    TicketRow r = row(Kind::Item, line.name);
    r.quantity = line.quantity;
    r.item_value = format_euros(line.value);
    r.rate = line.rate;
    r.paid = format_euros(line.paid);
    return r;
}

void add_receipt_head(std::vector<TicketRow>& rows, const ReceiptModel& r) {
    rows.push_back(row(Kind::Title, r.shop_name));
    if (!r.shop_address.empty()) rows.push_back(row(Kind::Centred, r.shop_address));
    rows.push_back(row(Kind::Centred, "Caisse " + r.till_id + " — Ticket n° " + std::to_string(r.sequence)));
    // A reprint and a correction must be obvious at a glance, so they come before any figure.
    if (r.duplicate) rows.push_back(row(Kind::Banner, "DUPLICATA n° " + std::to_string(r.reprint_number)));
    if (r.is_correction) {
        rows.push_back(row(Kind::Banner, "ANNULATION / CORRECTION"));
        rows.push_back(row(Kind::Centred, "du ticket n° " + std::to_string(r.corrected_sequence)));
    }
    rows.push_back(row(Kind::Rule));
    rows.push_back(row(Kind::Text, "Le " + r.date_time));
    if (!r.served_by.empty()) rows.push_back(row(Kind::Text, "Servi par : " + r.served_by));
    if (!r.customer.empty()) rows.push_back(row(Kind::Text, "Client : " + r.customer));
}

void add_receipt_payments(std::vector<TicketRow>& rows, const ReceiptModel& r) {
    if (r.payments.empty() && r.cash_given.is_zero()) return;
    rows.push_back(row(Kind::Rule));
    for (const auto& p : r.payments) rows.push_back(pair(p.method, format_euros(p.amount)));
    if (!r.cash_given.is_zero()) {
        rows.push_back(pair("Espèces remises", format_euros(r.cash_given)));
        rows.push_back(pair("Rendu", format_euros(r.change), true));
    }
}

} // namespace

std::string format_signed_euros(core::Money amount) {
    return amount.cents() > 0 ? "+" + format_euros(amount) : format_euros(amount);
}

ReceiptModel test_ticket(const std::string& shop_name, const std::string& shop_address, const std::string& till_id,
                         const std::string& date_time) {
    ReceiptModel model;
    model.shop_name = shop_name;
    model.shop_address = shop_address;
    model.till_id = till_id;
    model.date_time = date_time;
    model.test_print = true;
    return model;
}

std::vector<TicketRow> receipt_rows(const ReceiptModel& r) {
    std::vector<TicketRow> rows;
    if (r.test_print) {
        rows.push_back(row(Kind::Title, r.shop_name));
        if (!r.shop_address.empty()) rows.push_back(row(Kind::Centred, r.shop_address));
        rows.push_back(row(Kind::Banner, "TICKET D'ESSAI"));
        rows.push_back(row(Kind::Text, "Le " + r.date_time + ", caisse " + r.till_id));
        rows.push_back(row(Kind::Text, "L'imprimante de tickets est bien réglée."));
        rows.push_back(row(Kind::Rule));
        rows.push_back(row(Kind::Centred, "Ce ticket ne vaut pas vente."));
        return rows;
    }
    add_receipt_head(rows, r);
    rows.push_back(row(Kind::Rule));
    rows.push_back(row(Kind::ItemHeader));
    for (const auto& line : r.lines) rows.push_back(item(line));
    rows.push_back(row(Kind::Rule));
    rows.push_back(pair("Valeur totale", format_euros(r.total_value)));
    rows.push_back(pair("À payer", format_euros(r.total_paid), true));
    rows.push_back(pair("Économie sur ce passage", format_euros(r.savings)));
    add_receipt_payments(rows, r);
    rows.push_back(row(Kind::Rule));
    rows.push_back(pair("Crédit restant ce mois-ci", format_euros(r.credit_left_month)));
    if (r.has_week_credit) rows.push_back(pair("Crédit restant cette semaine", format_euros(r.credit_left_week)));
    rows.push_back(row(Kind::Rule));
    rows.push_back(row(Kind::Centred, "Empreinte : " + r.short_hash));
    if (r.duplicate) rows.push_back(row(Kind::Centred, "DUPLICATA — ne vaut pas nouveau passage"));
    return rows;
}

std::vector<TicketRow> z_report_rows(const ZReportModel& z) {
    std::vector<TicketRow> rows;
    rows.push_back(row(Kind::Title, "Ticket Z — clôture de caisse"));
    rows.push_back(row(Kind::Centred, z.shop_name));
    if (z.duplicate) rows.push_back(row(Kind::Banner, "DUPLICATA"));
    rows.push_back(row(Kind::Rule));
    rows.push_back(pair("Caisse", z.till_id));
    rows.push_back(pair("Session n°", std::to_string(z.session_id)));
    rows.push_back(row(Kind::Text, "Ouverte le " + z.opened_at + " par " + z.opened_by));
    rows.push_back(row(Kind::Text, "Fermée le " + z.closed_at + " par " + z.closed_by));
    rows.push_back(row(Kind::Rule));
    rows.push_back(pair("Nombre de ventes", std::to_string(z.sales_count)));
    rows.push_back(pair("Corrections", std::to_string(z.corrections_count)));
    rows.push_back(pair("Valeur totale", format_euros(z.total_value)));
    rows.push_back(pair("Payé", format_euros(z.total_paid), true));
    rows.push_back(pair("Économie des foyers", format_euros(z.savings)));
    rows.push_back(row(Kind::Rule));
    rows.push_back(row(Kind::Text, "Par moyen de paiement", true));
    for (const auto& p : z.by_payment)
        rows.push_back(pair(p.method + " (" + std::to_string(p.count) + ")", format_euros(p.amount)));
    rows.push_back(row(Kind::Rule));
    rows.push_back(pair("Fond de caisse", format_euros(z.cash_float)));
    rows.push_back(pair("Espèces attendues", format_euros(z.cash_expected)));
    rows.push_back(pair("Espèces comptées", format_euros(z.cash_counted)));
    rows.push_back(pair("Écart", format_signed_euros(z.difference), true));
    rows.push_back(pair("Grand total perpétuel", format_euros(z.perpetual_total)));
    if (z.months_closed > 0) rows.push_back(pair("Clôtures mensuelles écrites", std::to_string(z.months_closed)));
    rows.push_back(row(Kind::Rule));
    rows.push_back(row(Kind::Centred, "Journal : enregistrement n° " + std::to_string(z.journal_sequence)));
    rows.push_back(row(Kind::Centred, "Empreinte : " + z.short_hash));
    if (!z.key_fingerprint.empty()) rows.push_back(row(Kind::Centred, "Signé par la clé " + z.key_fingerprint));
    return rows;
}

} // namespace cabas::reports
