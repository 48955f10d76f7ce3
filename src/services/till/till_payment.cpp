// Payment and validation: checks the payments against the amount due, then writes the sale
// (one stored line per lot taken), its payments, stock movements and journal record in one
// transaction. Also corrections, which are new sales replacing the corrected one.
#include "services/till/journal.hpp"
#include "services/till/journal_content.hpp"
#include "services/till/journal_seal.hpp"
#include "services/till/till_state.hpp"
#include "services/login.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/store.hpp"

#include <functional>

namespace cabas::services::till {

namespace {

struct PaymentPlan {
    std::vector<storage::PaymentRecord> records;
    core::Money cash_given;
    core::Money change;
    std::string problem;                       ///< plain French, empty when the payments fit
};

/// Non-cash payments are taken at face value and may not exceed what is due; cash covers the
/// rest and gives change. Several payments of one method are merged.
PaymentPlan plan_payments(const std::vector<PaymentInput>& payments, core::Money due) {
    PaymentPlan plan;
    core::Money card, cheque, free;
    for (const auto& p : payments) {
        if (p.amount.is_negative()) {
            plan.problem = core::tr("montant de règlement négatif");
            return plan;
        }
        switch (p.method) {
        case core::PaymentMethod::Cash: plan.cash_given += p.amount; break;
        case core::PaymentMethod::Card: card += p.amount; break;
        case core::PaymentMethod::Cheque: cheque += p.amount; break;
        case core::PaymentMethod::Free: free += p.amount; break;
        }
    }
    if (due.is_zero()) {
        plan.change = plan.cash_given;
        return plan;
    }
    const core::Money other = card + cheque + free;
    if (other > due) {
        plan.problem = core::tr("les règlements par carte ou chèque dépassent le montant dû ({0})", core::format_euros(due));
        return plan;
    }
    const core::Money cash_due = due - other;
    if (plan.cash_given < cash_due) {
        plan.problem = core::tr("il manque {0}", core::format_euros(cash_due - plan.cash_given));
        return plan;
    }
    plan.change = plan.cash_given - cash_due;
    if (!cash_due.is_zero()) plan.records.push_back({core::PaymentMethod::Cash, cash_due});
    if (!card.is_zero()) plan.records.push_back({core::PaymentMethod::Card, card});
    if (!cheque.is_zero()) plan.records.push_back({core::PaymentMethod::Cheque, cheque});
    if (!free.is_zero()) plan.records.push_back({core::PaymentMethod::Free, free});
    return plan;
}

std::string joined_overrides(const std::vector<std::pair<std::string, std::string>>& overrides, bool logins) {
    std::string out;
    for (const auto& [login, reason] : overrides) {
        const std::string& part = logins ? login : reason;
        if (logins && out.find(part) != std::string::npos) continue;
        if (!out.empty()) out += logins ? ", " : " ; ";
        out += part;
    }
    return out;
}

storage::SaleRecord build_sale(const TillService::State& s, std::int64_t session_id, const std::string& request_id) {
    storage::SaleRecord sale;
    sale.session_id = session_id;
    sale.household_code = s.card->household_code;
    sale.sold_at = s.clock.now_utc();
    sale.request_id = request_id;
    for (const auto& line : s.lines)
        for (const auto& take : line.lots) {
            storage::SaleLineRecord r;
            r.product_id = line.product_id;
            if (take.lot_id != 0) r.lot_id = take.lot_id;
            r.quantity = take.quantity;
            r.value = take.value;
            r.rate = take.rate;
            r.paid = take.to_pay;
            r.counts_against_credit = take.counts_against_credit;
            sale.total_value += r.value;
            sale.total_paid += r.paid;
            sale.lines.push_back(r);
        }
    if (!s.overrides.empty()) {
        sale.override_by = joined_overrides(s.overrides, true);
        sale.override_reason = joined_overrides(s.overrides, false);
    }
    return sale;
}

JournalEntry entry_of(const storage::SaleRecord& sale, const std::string& kind, const std::string& till_id,
                      std::int64_t sequence, std::optional<std::int64_t> corrects) {
    return JournalEntry{kind, sale.sold_at, till_id, sequence, sale.household_code, sale.total_value,
                        sale.total_paid, sale.lines, sale.payments, corrects, std::nullopt, sale_extra_text(sale)};
}

ValidationResult not_recorded(TillService::State& s, const std::string& why) {
    ValidationResult r;
    r.message = core::tr("Vente NON enregistrée : {0}", why);
    s.say(MessageLevel::Refusal, r.message);
    return r;
}

/// Writes the sale and its journal record together, after `recheck` (which may throw) has run
/// inside the same transaction. A request already stored (another window, a retry after a
/// crash) returns the stored sale without a second journal record.
std::pair<storage::SaleRecord, storage::JournalRecord> record_sale(storage::Store& store, const std::string& till_id,
                                                                   const storage::SaleRecord& sale, const std::string& kind,
                                                                   std::optional<std::int64_t> corrects,
                                                                   const std::function<void()>& recheck = {}) {
    auto written = store.transaction([&] {
        // A retried request is answered from what is stored, without checking it again.
        if (recheck && !(sale.request_id && store.sales().sale_of_request(*sale.request_id))) recheck();
        const std::int64_t id = store.sales().add_sale(sale);
        storage::SaleRecord stored = *store.sales().sale(id);
        if (stored.sold_at != sale.sold_at || stored.session_id != sale.session_id)
            if (auto existing = find_record(store, kind, till_id, stored.sequence)) return std::pair{stored, *existing};
        return std::pair{stored, append_entry(store, entry_of(stored, kind, till_id, stored.sequence, corrects))};
    });
    note_written(written.second);
    return written;
}

} // namespace

ValidationResult TillService::validate(const std::vector<PaymentInput>& payments, const std::string& request_id) {
    State& s = *m_state;
    if (auto done = s.results.find(request_id); done != s.results.end()) return done->second;
    if (!s.can_sell()) return not_recorded(s, core::tr("aucune carte de foyer valide"));
    if (s.lines.empty()) return not_recorded(s, core::tr("le panier est vide"));
    try {
        auto session = s.store.sales().open_session_of(s.till_id);
        if (!session) return not_recorded(s, core::tr("aucune session de caisse ouverte"));
        storage::SaleRecord sale = build_sale(s, session->id, request_id);
        const PaymentPlan plan = plan_payments(payments, sale.total_paid);
        if (!plan.problem.empty()) return not_recorded(s, plan.problem);
        sale.payments = plan.records;
        if (!plan.cash_given.is_zero()) sale.cash_given = plan.cash_given;
        auto [stored, record] = record_sale(s.store, s.till_id, sale, "sale", std::nullopt, [&] { recheck_household(s); });
        ValidationResult r;
        r.recorded = true;
        r.sale_id = stored.id;
        r.sequence = stored.sequence;
        r.change = plan.change;
        r.short_hash = short_hash(record.hash);
        r.message = plan.change.is_zero()
                        ? core::tr("Vente n° {0} enregistrée", stored.sequence)
                        : core::tr("Vente n° {0} enregistrée — rendu {1}", stored.sequence, core::format_euros(plan.change));
        s.results[request_id] = r;
        s.clear_basket();
        s.say(MessageLevel::Success, r.message);
        return r;
    } catch (const ChangedMeanwhile& e) {
        return not_recorded(s, e.what());
    } catch (const StorageUnavailable& e) {
        // The basket stays as it is and the same request id is kept by the caller: validating
        // again once the server answers stores the sale once, even if this attempt did reach it.
        ValidationResult r;
        r.message = e.outcome_unknown()
                        ? core::tr("Serveur injoignable pendant l'enregistrement : le panier est gardé, la vente ne sera pas "
                                   "comptée deux fois")
                        : core::tr("Serveur injoignable : vente NON enregistrée. Le panier est gardé");
        r.server_unreachable = true;
        s.say(MessageLevel::Refusal, r.message);
        return r;
    } catch (const StorageError& e) {
        return not_recorded(s, core::tr("la base de données a refusé l'écriture (disque plein, base occupée ?) : {0}", e.what()));
    } catch (const Error& e) {
        return not_recorded(s, e.what());
    }
}

ValidationResult TillService::correct_sale(std::int64_t sale_id, const std::string& manager_login, const std::string& pin,
                                           const std::string& reason) {
    State& s = *m_state;
    ValidationResult r;
    const auto attempt = attempt_login(s.store, s.clock, manager_login, pin, LoginPlace::ManagerCode);
    if (!attempt.locked_until.empty()) {
        r.message = core::tr("Correction refusée : {0}", attempt.refusal);
        return r;
    }
    const auto& manager = attempt.user;
    if (!manager || !granted(s.store, *manager, Capability::CorrectSale)) {
        r.message = core::tr("Correction refusée : code d'un responsable requis");
        return r;
    }
    if (reason.find_first_not_of(" \t") == std::string::npos) {
        r.message = core::tr("Correction refusée : indiquez la raison");
        return r;
    }
    try {
        auto original = s.store.sales().sale(sale_id);
        if (!original) throw ValidationError(core::tr("vente"), core::tr("vente inconnue"));
        auto session = s.store.sales().open_session_of(s.till_id);
        if (!session) throw ValidationError(core::tr("session"), core::tr("aucune session de caisse ouverte"));
        // A plain cancellation: the correction replaces the sale with an empty basket.
        storage::SaleRecord correction;
        correction.session_id = session->id;
        correction.household_code = original->household_code;
        correction.sold_at = s.clock.now_utc();
        correction.override_by = manager->login;
        correction.override_reason = reason;
        correction.corrects_sale_id = sale_id;
        correction.request_id = "correction-" + std::to_string(sale_id);
        auto [stored, record] = record_sale(s.store, s.till_id, correction, "correction", original->sequence);
        r.recorded = true;
        r.sale_id = stored.id;
        r.sequence = stored.sequence;
        r.short_hash = short_hash(record.hash);
        r.message = core::tr("Vente n° {0} annulée (correction n° {1})", original->sequence, stored.sequence);
    } catch (const Error& e) {
        r.message = core::tr("Correction NON enregistrée : {0}", e.what());
    }
    s.say(r.recorded ? MessageLevel::Success : MessageLevel::Refusal, r.message);
    return r;
}

} // namespace cabas::services::till
