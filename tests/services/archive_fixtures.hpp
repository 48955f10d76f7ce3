// Archive test support: a database whose till history is written at any date, the way the till
// writes it (sale and its record in one transaction, closure with its monthly closures, signed by
// an attached seal), without the eligibility rules that would refuse a sale in 2019.
#pragma once

#include "service_fixtures.hpp"

#include "services/till/journal.hpp"
#include "services/till/journal_content.hpp"
#include "services/till/journal_seal.hpp"
#include "storage/store.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace cabas::services::testing {

/// One session of the history: its till, opening and closing times (UTC) and its sales' times.
struct SessionSpec {
    std::string till_id;
    std::string opened_at;
    std::string closed_at;
    std::vector<std::string> sales;
};

struct ArchiveWorld {
    TempStore store;
    till::SealFiles seal{store.file("poste.cle"), store.file("poste.ancre")};
    std::int64_t product = 0;
    std::int64_t lot = 0;

    ArchiveWorld() {
        till::attach_seal(seal);
        core::Category category;
        category.code = "epicerie";
        category.name = "Épicerie";
        core::Product p;
        p.name = "riz";
        p.category_id = store->catalogue().add_category(category);
        p.retail_value = core::Money::from_cents(200);
        product = store->catalogue().add_product(p);
        storage::Reception r;
        r.supplier = "Fournisseur";
        r.received_on = core::Date::from_ymd(2019, 1, 2);
        r.reference = "BL-1";
        r.created_by = "paul";
        r.lines.push_back({product, "L-1", 100000, std::nullopt, core::ExpiryKind::Ddm, std::nullopt});
        store->stock().add_reception(r);
        lot = store->stock().lots_of(product, true).front().lot_id;
    }
    ~ArchiveWorld() { till::attach_seal(std::nullopt); }
    ArchiveWorld(const ArchiveWorld&) = delete;
    ArchiveWorld& operator=(const ArchiveWorld&) = delete;

    /// Opens a session, records its sales (one rice at 10 %, paid in cash), closes it.
    std::int64_t session(const SessionSpec& spec) {
        const std::int64_t id = open(spec);
        for (const auto& at : spec.sales) sell(id, spec.till_id, at);
        close(id, spec);
        return id;
    }
    /// The same in steps, for sessions that overlap on two tills.
    std::int64_t open(const SessionSpec& spec) {
        return store->sales().open_session(spec.till_id, "marie", spec.opened_at, core::Money::from_euros(50));
    }
    std::int64_t sell(std::int64_t session_id, const std::string& till_id, const std::string& at,
                      std::optional<std::int64_t> corrects = std::nullopt) {
        storage::SaleRecord sale;
        sale.session_id = session_id;
        sale.household_code = "VENTE-ABCD";
        sale.sold_at = at;
        sale.total_value = core::Money::from_cents(200);
        sale.total_paid = core::Money::from_cents(20);
        sale.corrects_sale_id = corrects;
        sale.override_by = std::string("paul");
        sale.override_reason = std::string("Mme Martin a oublié sa carte");
        sale.cash_given = core::Money::from_cents(50);
        sale.lines.push_back({0, product, lot, 1, core::Money::from_cents(200), core::Rate::percent(10),
                              core::Money::from_cents(20), true});
        sale.payments.push_back({core::PaymentMethod::Cash, core::Money::from_cents(20)});
        return store->transaction([&] {
            const std::int64_t id = store->sales().add_sale(sale);
            const auto stored = *store->sales().sale(id);
            std::optional<std::int64_t> corrected_number;
            if (corrects) corrected_number = store->sales().sale(*corrects)->sequence;
            till::append_entry(*store, till::JournalEntry{corrects ? "correction" : "sale", at, till_id, stored.sequence,
                                                          stored.household_code, stored.total_value, stored.total_paid,
                                                          stored.lines, stored.payments, corrected_number, std::nullopt,
                                                          till::sale_extra_text(stored)});
            return id;
        });
    }
    void close(std::int64_t session_id, const SessionSpec& spec) {
        core::Money paid;
        for (const auto& sale : store->sales().sales_of_session(session_id)) paid += sale.total_paid;
        const core::Money counted = core::Money::from_euros(50) + paid;
        store->transaction([&] {
            store->sales().close_session(session_id, spec.closed_at, counted, "marie");
            till::append_monthly_closures(*store, spec.closed_at);
            const auto closed = *store->sales().session(session_id);
            till::JournalEntry entry{"closure", spec.closed_at, spec.till_id, session_id, "", paid.times(10), paid,
                                     {}, {}, std::nullopt, till::perpetual_grand_total(*store) + paid,
                                     till::session_extra_text(closed)};
            if (!paid.is_zero()) entry.payments.push_back({core::PaymentMethod::Cash, paid});
            till::sign_closure(*store, till::append_entry(*store, entry));
        });
    }

    std::int64_t count(const std::string& what) {
        if (what == "sessions") return static_cast<std::int64_t>(store->sales().sessions().size());
        if (what == "records") {
            const auto head = store->journal().head();
            return head ? static_cast<std::int64_t>(store->journal().range(1, 1000000).size()) : 0;
        }
        std::int64_t sales = 0;
        for (const auto& s : store->sales().sessions()) sales += static_cast<std::int64_t>(store->sales().sales_of_session(s.id).size());
        return sales;
    }
};

} // namespace cabas::services::testing
