// Till test support: a real database with a manager and a volunteer, a single-parent household
// (credit 115 €, week 29 €, rate 10 %) with its card, and products whose lots exercise each rule.
#pragma once

#include "support/test_login.hpp"
#include "service_fixtures.hpp"

#include "core/card_number.hpp"
#include "services/card_service.hpp"
#include "services/clock.hpp"
#include "services/enrolment_service.hpp"
#include "services/till/till_service.hpp"
#include "services/login.hpp"

#include <map>

namespace cabas::services::testing {

inline const core::Date kTillDay = core::Date::from_ymd(2026, 11, 23);  // a Monday

class TillSerials final : public SerialSource {
public:
    std::uint64_t next_serial(std::uint64_t) override { return ++m_next; }

private:
    std::uint64_t m_next = 5000;
};

/// A world for till tests. Products are reached by short names: riz, fse, ba, pain, pommes,
/// cafe (1 per visit), yaourt (three DLC lots, one past), biscuits (past DDM), jambon (only past
/// DLC), savon (no stock), shampoing (category rate 30 %), television (60 €).
struct TillWorld {
    TempStore store;
    TillSerials serials;
    FixedClock clock{kTillDay};
    std::string card;
    std::string household_code;
    std::map<std::string, std::int64_t> product;
    std::map<std::string, std::string> barcode;
    std::map<std::string, std::vector<std::int64_t>> lots;
    services::LoggedUser marie;

    TillWorld() {
        store->users().add("marie", "Marie", core::Role::Volunteer, "1111");
        store->users().add("paul", "Paul", core::Role::Manager, "2222");
        marie = *cabas::testing::log_in_now(*store, "marie", "1111");
        core::Category plain;
        plain.code = "epicerie";
        plain.name = "Épicerie";
        const auto epicerie = store->catalogue().add_category(plain);
        core::Category hygiene;
        hygiene.code = "hygiene";
        hygiene.name = "Hygiène";
        hygiene.rate = core::Rate::percent(30);
        const auto hygiene_id = store->catalogue().add_category(hygiene);

        add("riz", 200, epicerie, {{core::Origin::Purchase, 50, 300, core::ExpiryKind::Ddm}});
        add("fse", 150, epicerie, {{core::Origin::FsePlus, 20, 300, core::ExpiryKind::Ddm}});
        add("ba", 400, hygiene_id, {{core::Origin::FoodBank, 20, 300, core::ExpiryKind::Ddm}});
        add("shampoing", 400, hygiene_id, {{core::Origin::Purchase, 20, 300, core::ExpiryKind::Ddm}});
        add("pain", 120, epicerie, {{core::Origin::Donation, 20, 2, core::ExpiryKind::Dlc}}, true);
        add("pommes", 250, epicerie, {{core::Origin::Purchase, 10000, 10, core::ExpiryKind::Dlc}}, false, true);
        add("cafe", 300, epicerie, {{core::Origin::Purchase, 20, 300, core::ExpiryKind::Ddm}}, false, false, 1);
        add("yaourt", 100, epicerie,
            {{core::Origin::Purchase, 5, -1, core::ExpiryKind::Dlc},
             {core::Origin::Purchase, 2, 10, core::ExpiryKind::Dlc},
             {core::Origin::Purchase, 2, 3, core::ExpiryKind::Dlc}});
        add("biscuits", 180, epicerie, {{core::Origin::Purchase, 10, -5, core::ExpiryKind::Ddm}});
        add("jambon", 250, epicerie, {{core::Origin::Purchase, 4, -1, core::ExpiryKind::Dlc}});
        add("savon", 150, epicerie, {});
        add("television", 6000, epicerie, {{core::Origin::Purchase, 2, 300, core::ExpiryKind::Ddm}});

        EnrolmentRequest request;
        request.file.file_number = "D-TILL-1";
        request.file.composition.type = core::HouseholdType::SingleParent;
        request.file.composition.members = {
            {"Fatou", "Diallo", core::Date::from_ymd(1990, 4, 2), core::Sex::Female, core::Relationship::Applicant, false},
            {"Awa", "Diallo", core::Date::from_ymd(2019, 6, 1), core::Sex::Female, core::Relationship::Child, false}};
        request.file.composition.resources = {{core::ResourceKind::Rsa, core::Money::from_euros(850), ""}};
        request.file.composition.charges = {{core::ChargeKind::Rent, core::Money::from_euros(500), ""}};
        request.access_start = core::Date::from_ymd(2026, 11, 1);
        request.access_end = core::period_end(*request.access_start, 3);
        request.decided_on = core::Date::from_ymd(2026, 10, 28);
        request.decided_by = "sophie";
        auto enrolled = enrol_household(*store, request, serials);
        card = enrolled.card_number;
        household_code = store->households().get(enrolled.household_id)->sales_code;
    }

    till::TillService till() { return till::TillService(*store, clock, "caisse-1", marie); }

    /// A till with an open session (float 50 €) and the household's card scanned.
    till::TillService till_with_card() {
        auto t = till();
        if (!t.current_session()) t.open_session(core::Money::from_euros(50));
        t.scan(card);
        return t;
    }

    std::int64_t remaining(const std::string& name) { return store->stock().quantity_on_hand(product.at(name)); }

private:
    struct LotSpec {
        core::Origin origin;
        std::int64_t quantity;
        int expiry_in_days;
        core::ExpiryKind kind;
    };

    void add(const std::string& name, std::int64_t cents, std::int64_t category, const std::vector<LotSpec>& lot_specs,
             bool always_free = false, bool weighed = false, std::int64_t per_visit = 0) {
        core::Product p;
        p.name = name;
        p.category_id = category;
        p.retail_value = core::Money::from_cents(cents);
        p.unit = weighed ? core::SaleUnit::Weight : core::SaleUnit::Piece;
        p.always_free = always_free;
        if (per_visit > 0) p.limit.per_visit = per_visit;
        const std::string digits = "376000" + std::to_string(100000 + product.size());
        p.barcodes = {digits + std::to_string(core::gs1_check_digit(digits))};
        barcode[name] = p.barcodes.front();
        product[name] = store->catalogue().add_product(p);
        for (const auto& spec : lot_specs) {
            storage::Reception r;
            r.origin = spec.origin;
            r.supplier = "Fournisseur";
            r.received_on = kTillDay.plus_days(-20);
            r.reference = "BL-" + name;
            r.created_by = "paul";
            r.lines.push_back({product[name], "L-" + name, spec.quantity, kTillDay.plus_days(spec.expiry_in_days),
                               spec.kind, std::nullopt});
            const std::int64_t reception = store->stock().add_reception(r);
            for (const auto& lot : store->stock().lots_of(product[name], true))
                if (lot.reception_id == reception) lots[name].push_back(lot.lot_id);
        }
    }
};

} // namespace cabas::services::testing
