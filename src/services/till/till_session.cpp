// Till sessions: opening with a float, the session left open from an earlier day, and the
// closing Z report written to the journal as a closure record in the same transaction.
#include "services/till/journal.hpp"
#include "services/till/journal_content.hpp"
#include "services/till/journal_seal.hpp"
#include "services/till/till_state.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/store.hpp"
#include "services/settings_service.hpp"

#include <map>
#include <set>

namespace cabas::services::till {

namespace {

SessionInfo info_of(const storage::TillSession& t, core::Date today) {
    return SessionInfo{t.id, t.till_id, t.opened_by, t.opened_at, t.float_amount, local_date(t.opened_at) < today};
}

/// Adds (sign +1) or removes (sign -1) a sale's figures from the Z totals.
void account(reports::ZReportModel& z, std::map<core::PaymentMethod, reports::ZPaymentTotal>& by_method,
             const storage::SaleRecord& sale, int sign) {
    const auto signed_money = [sign](core::Money m) { return sign > 0 ? m : -m; };
    z.total_value += signed_money(sale.total_value);
    z.total_paid += signed_money(sale.total_paid);
    for (const auto& p : sale.payments) {
        auto& t = by_method[p.method];
        t.method = label_of(p.method);
        t.count += sign;
        t.amount += signed_money(p.amount);
    }
}

/// The close is committed: whatever happens to the backup is said, never thrown.
backup::AutomaticBackupOutcome back_up_after_close(TillService::State& s) {
    try {
        return backup::run_automatic_backup(s.store, s.clock, s.user, backup::BackupTrigger::SessionClose);
    } catch (const std::exception& e) {
        backup::AutomaticBackupOutcome outcome;
        outcome.attempted = true;
        outcome.failure = e.what();
        return outcome;
    }
}

} // namespace

const backup::AutomaticBackupOutcome& TillService::closing_backup() const { return m_state->closing_backup; }

std::optional<SessionInfo> TillService::current_session() {
    auto t = m_state->store.sales().open_session_of(m_state->till_id);
    if (!t) return std::nullopt;
    return info_of(*t, m_state->clock.today());
}

SessionInfo TillService::open_session(core::Money float_amount) {
    State& s = *m_state;
    s.store.sales().open_session(s.till_id, s.user.login, s.clock.now_utc(), float_amount);
    return *current_session();
}

/// Design note: a correction replaces the sale it names, and the household gets its money back
/// from this drawer. So a sale corrected within the session is left out of the Z, and a sale of
/// an earlier session corrected now is taken away from this one: expected cash is what the
/// drawer should hold.
reports::ZReportModel TillService::close_session(core::Money counted) {
    State& s = *m_state;
    auto session = s.store.sales().open_session_of(s.till_id);
    if (!session) throw ValidationError(core::tr("session"), core::tr("aucune session de caisse ouverte sur {0}", s.till_id));
    const auto sales = s.store.sales().sales_of_session(session->id);
    std::set<std::int64_t> corrected;
    for (const auto& sale : sales)
        if (sale.corrects_sale_id) corrected.insert(*sale.corrects_sale_id);

    reports::ZReportModel z;
    z.shop_name = services::shop_identity(s.store).name;
    z.till_id = s.till_id;
    z.session_id = session->id;
    z.opened_at = local_date_time(session->opened_at);
    z.opened_by = session->opened_by;
    const std::string closed_at = s.clock.now_utc();
    z.closed_at = local_date_time(closed_at);
    z.closed_by = s.user.login;
    std::map<core::PaymentMethod, reports::ZPaymentTotal> by_method;
    for (const auto& sale : sales) {
        if (sale.corrects_sale_id) {
            ++z.corrections_count;
            auto original = s.store.sales().sale(*sale.corrects_sale_id);
            if (original && original->session_id != session->id) account(z, by_method, *original, -1);
        }
        if (corrected.count(sale.id)) continue;
        if (!sale.corrects_sale_id) ++z.sales_count;
        account(z, by_method, sale, +1);
    }
    z.savings = z.total_value - z.total_paid;
    for (auto& [method, total] : by_method) z.by_payment.push_back(total);
    z.cash_float = session->float_amount;
    z.cash_expected = z.cash_float;
    if (auto cash = by_method.find(core::PaymentMethod::Cash); cash != by_method.end())
        z.cash_expected += cash->second.amount;
    z.cash_counted = counted;
    z.difference = counted - z.cash_expected;

    storage::TillSession closed = *session;
    closed.counted = counted;
    closed.closed_at = closed_at;
    JournalEntry entry{"closure", closed_at, s.till_id, session->id, "", z.total_value, z.total_paid, {}, {},
                       std::nullopt, std::nullopt, session_extra_text(closed)};
    for (const auto& [method, total] : by_method) entry.payments.push_back({method, total.amount});
    const storage::JournalRecord record = s.store.transaction([&] {
        // Read inside the transaction: two tills closing at once must not share a grand total.
        entry.grand_total = perpetual_grand_total(s.store) + z.total_paid;
        z.perpetual_total = *entry.grand_total;
        s.store.sales().close_session(session->id, closed_at, counted, s.user.login);
        // The months already over are closed first, so the Z report's hash stays the chain head.
        z.months_closed = append_monthly_closures(s.store, closed_at);
        const storage::JournalRecord closure = append_entry(s.store, entry);
        if (const auto signer = sign_closure(s.store, closure)) z.key_fingerprint = key_fingerprint(*signer);
        return closure;
    });
    note_written(record);
    z.journal_sequence = record.sequence;
    z.short_hash = short_hash(record.hash);
    s.closing_backup = back_up_after_close(s);
    s.say(MessageLevel::Success, core::tr("Session close : écart de caisse {0}", core::format_euros(z.difference)));
    return z;
}

} // namespace cabas::services::till
