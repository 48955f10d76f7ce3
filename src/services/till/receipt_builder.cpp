// Builds the receipt model of a stored sale: what docs/design/domain.md §5 says a receipt shows,
// with the credit left after the sale recomputed from stored usage and the sale's journal short
// hash.
#include "services/till/journal.hpp"
#include "services/till/till_state.hpp"

#include "core/error.hpp"
#include "core/household.hpp"
#include "core/messages.hpp"
#include "services/bareme_service.hpp"
#include "services/credit_position.hpp"
#include "storage/store.hpp"
#include "services/settings_service.hpp"

namespace cabas::services::till {

namespace {

std::string rate_text(storage::Store& store, const storage::SaleLineRecord& line) {
    std::optional<core::Origin> origin;
    if (line.lot_id)
        if (auto lot = store.stock().lot(*line.lot_id)) origin = lot->origin;
    if (origin == core::Origin::FsePlus) return "FSE+ 0 %";
    if (origin == core::Origin::FoodBank) return "BA " + core::format_percent(line.rate);
    if (line.rate.bp == 0) return "gratuit";
    return core::format_percent(line.rate);
}

/// Credit left once this sale and every earlier one of its month are counted, carry-over included
/// as the card check counts it.
void fill_credit(storage::Store& store, const storage::SaleRecord& sale, reports::ReceiptModel& m) {
    auto file = store.households().find_by_sales_code(sale.household_code);
    if (!file) return;
    const core::Date on = local_date(sale.sold_at);
    const core::Bareme bareme = bareme_in_force(store, on);
    const int uc = core::consumption_units_tenths(file->composition.members, on);
    const auto usage = credit_usage_on(store, bareme, sale.household_code, uc, store.access().periods_of(file->id), on);
    const core::CreditLeft left = core::credit_left(bareme.credit, uc, usage);
    m.customer = file->display_name();
    m.credit_left_month = left.month_left;
    if (left.week_left) {
        m.has_week_credit = true;
        m.credit_left_week = *left.week_left;
    }
}

} // namespace

reports::ReceiptModel TillService::receipt(std::int64_t sale_id, bool duplicate) {
    State& s = *m_state;
    auto sale = s.store.sales().sale(sale_id);
    if (!sale) throw ValidationError(core::tr("vente"), core::tr("vente inconnue : {0}", sale_id));
    const core::DocumentInFrench document;  // the ticket is the household's, in French
    auto session = s.store.sales().session(sale->session_id);
    reports::ReceiptModel m;
    const ShopIdentity shop = shop_identity(s.store);
    m.shop_name = shop.name;
    m.shop_address = shop.address;
    m.till_id = session ? session->till_id : s.till_id;
    m.sequence = sale->sequence;
    m.date_time = local_date_time(sale->sold_at);
    m.served_by = session ? session->opened_by : s.user.login;
    for (const auto& u : s.store.users().list())
        if (u.login == m.served_by) m.served_by = u.display_name;
    // Lines taken from several lots are stored apart (traceability) but printed as one line.
    std::int64_t previous_product = 0;
    for (const auto& line : sale->lines) {
        auto product = s.store.catalogue().get_product(line.product_id);
        const core::SaleUnit unit = product ? product->unit : core::SaleUnit::Piece;
        if (line.product_id == previous_product && !m.lines.empty()) {
            auto& last = m.lines.back();
            last.value += line.value;
            last.paid += line.paid;
            continue;
        }
        std::int64_t quantity = 0;
        for (const auto& l : sale->lines)
            if (l.product_id == line.product_id) quantity += l.quantity;
        m.lines.push_back({product ? product->name : "?", quantity_text(unit, quantity), line.value,
                           rate_text(s.store, line), line.paid});
        previous_product = line.product_id;
    }
    m.total_value = sale->total_value;
    m.total_paid = sale->total_paid;
    m.savings = sale->total_value - sale->total_paid;
    for (const auto& p : sale->payments) m.payments.push_back({label_of(p.method), p.amount});
    if (sale->cash_given) {
        // The change is what was handed over beyond the cash the sale kept.
        core::Money cash_applied;
        for (const auto& p : sale->payments)
            if (p.method == core::PaymentMethod::Cash) cash_applied += p.amount;
        m.cash_given = *sale->cash_given;
        m.change = *sale->cash_given - cash_applied;
    }
    fill_credit(s.store, *sale, m);
    if (auto record = find_record(s.store, sale->corrects_sale_id ? "correction" : "sale", m.till_id, sale->sequence))
        m.short_hash = short_hash(record->hash);
    m.duplicate = duplicate;
    if (duplicate) m.reprint_number = s.store.sales().record_reprint(sale_id, s.clock.now_utc(), s.user.login);
    if (sale->corrects_sale_id) {
        m.is_correction = true;
        if (auto original = s.store.sales().sale(*sale->corrects_sale_id)) m.corrected_sequence = original->sequence;
    }
    return m;
}

} // namespace cabas::services::till
