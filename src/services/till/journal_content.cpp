// Canonical text of what journal records certify (see journal_content.hpp). Free text never
// enters it (logins, reasons), so the separators ':' ';' '|' cannot be ambiguous; timestamps
// hold ':' but sit only in the ';'-separated extra field.
#include "services/till/journal_content.hpp"

#include "core/messages.hpp"

namespace cabas::services::till {

namespace {

std::string cents(core::Money m) { return std::to_string(m.cents()); }

template <class T, class F>
std::string joined(const std::vector<T>& items, F&& text_of) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += ';';
        out += text_of(item);
    }
    return out;
}

} // namespace

std::string lines_text(const std::vector<storage::SaleLineRecord>& lines) {
    return joined(lines, [](const storage::SaleLineRecord& l) {
        return std::to_string(l.product_id) + ':' + (l.lot_id ? std::to_string(*l.lot_id) : std::string()) + ':' +
               std::to_string(l.quantity) + ':' + cents(l.value) + ':' + std::to_string(l.rate.bp) + ':' + cents(l.paid) +
               ':' + (l.counts_against_credit ? '1' : '0');
    });
}

std::string legacy_lines_text(const std::vector<storage::SaleLineRecord>& lines) {
    return joined(lines, [](const storage::SaleLineRecord& l) {
        return std::to_string(l.product_id) + ':' + std::to_string(l.quantity) + ':' + cents(l.value) + ':' + cents(l.paid);
    });
}

std::string payments_text(const std::vector<storage::PaymentRecord>& payments) {
    return joined(payments, [](const storage::PaymentRecord& p) { return core::to_code(p.method) + ':' + cents(p.amount); });
}

std::string sale_extra_text(const storage::SaleRecord& sale) {
    return (sale.cash_given ? cents(*sale.cash_given) : std::string()) + ';' + (sale.override_by ? '1' : '0');
}

std::string session_extra_text(const storage::TillSession& s) {
    return cents(s.float_amount) + ';' + (s.counted ? cents(*s.counted) : std::string()) + ';' + s.opened_at + ';' +
           s.closed_at.value_or("");
}

const std::vector<std::string>& line_field_names() {
    static const std::vector<std::string> names{core::to_translate("produit"),  core::to_translate("lot"),
                                                core::to_translate("quantité"), core::to_translate("valeur"),
                                                core::to_translate("taux"),     core::to_translate("payé"),
                                                core::to_translate("compte dans le crédit")};
    return names;
}

const std::vector<std::string>& sale_extra_names() {
    static const std::vector<std::string> names{core::to_translate("espèces remises"), core::to_translate("dérogation")};
    return names;
}

const std::vector<std::string>& session_extra_names() {
    static const std::vector<std::string> names{core::to_translate("fonds de caisse"), core::to_translate("espèces comptées"),
                                                core::to_translate("ouverture"), core::to_translate("clôture")};
    return names;
}

std::vector<std::string> split_text(const std::string& text, char separator) {
    std::vector<std::string> parts;
    if (text.empty()) return parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t at = text.find(separator, start);
        parts.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
        if (at == std::string::npos) return parts;
        start = at + 1;
    }
}

} // namespace cabas::services::till
