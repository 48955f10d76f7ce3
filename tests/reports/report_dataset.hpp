// A seeded random épicerie for the report model tests: households with members of all ages,
// access periods starting and ending mid-month, exits, decisions, sales over several months
// with lots of every origin, several payment methods and cancellations (corrections). The plan
// of what was written is kept, so tests recompute every indicator from it without SQL.
#pragma once

#include "services/access_control.hpp"
#include "services/bareme_service.hpp"
#include "storage/sqlite_repositories.hpp"
#include "storage/sqlite_support.hpp"

#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace cabas::reports::test {

using core::Date;
using core::Money;

struct PlannedLine {
    std::string origin;      ///< lot origin code
    std::string category;
    Money value, paid;
    std::int64_t grams = 0;
    bool counts = true;
};

struct PlannedSale {
    std::string code;
    Date day;
    std::vector<PlannedLine> lines;
    std::vector<std::pair<std::string, Money>> payments;
    bool cancelled = false;  ///< a later correction cancels it
    Date cancelled_on;       ///< the day of that correction, when cancelled

    /// Cancelled within its own month: it never was a visit (an earlier month's sale cancelled
    /// later stays a visit of its month, and the cancellation counts when it was made).
    bool cancelled_in_its_month() const {
        return cancelled && cancelled_on.year() == day.year() && cancelled_on.month() == day.month();
    }
};

struct PlannedHousehold {
    core::HouseholdFile file;
    std::vector<core::AccessPeriod> periods;
    Date referred;  ///< the referral's date: the report's delays count from it
};

struct PlannedDecision {
    std::size_t household = 0;
    Date on;
    std::string code;
};

class ReportDataset {
public:
    explicit ReportDataset(std::uint64_t seed, int households = 40) : m_rng(seed) {
        std::string pattern = (std::filesystem::temp_directory_path() / "cabas-reports-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        m_dir = pattern;
        storage::StoreOptions options;
        options.pin_cost = storage::PinHashCost::minimum();
        m_store = std::make_unique<storage::SqliteStore>(m_dir + "/cabas.db", options);
        services::ensure_default_bareme(*m_store, Date::from_ymd(2026, 1, 1));
        catalogue();
        for (int i = 0; i < households; ++i) add_household(i);
        decisions_and_sales();
    }
    ~ReportDataset() {
        m_store.reset();
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }

    storage::SqliteStore& store() { return *m_store; }
    /// Who builds the reports in these tests: an admin, whom no option refuses.
    static services::LoggedUser admin() {
        services::LoggedUser u;
        u.id = 1;
        u.login = "admin";
        u.display_name = "Admin";
        u.role = core::Role::Admin;
        return u;
    }
    std::vector<PlannedHousehold> households;
    std::vector<PlannedSale> sales;
    std::vector<PlannedDecision> decisions;
    int closed_sessions_october = 0;
    Money counted_october;

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    Date day_between(Date a, Date b) { return a.plus_days(pick(0, core::days_between(a, b))); }

    struct Item {
        std::int64_t product = 0, lot = 0;
        std::string origin, category;
        Money value;
        std::int64_t grams = 0;
    };

    void catalogue() {
        auto& cat = m_store->catalogue();
        core::Category food{0, "epicerie", "Épicerie sèche", std::nullopt, {}};
        core::Category hygiene{0, "hygiene", "Hygiène", std::nullopt, {}};
        const std::int64_t food_id = cat.add_category(food), hygiene_id = cat.add_category(hygiene);
        const std::vector<std::pair<core::Origin, std::string>> origins{
            {core::Origin::FsePlus, "fse"}, {core::Origin::FoodBank, "banque_alimentaire"}, {core::Origin::Purchase, "achat"}};
        int n = 0;
        for (const auto& [origin, code] : origins) {
            for (int k = 0; k < 2; ++k) {
                core::Product p;
                p.name = "Produit " + std::to_string(++n);
                p.category_id = k == 0 ? food_id : hygiene_id;
                p.retail_value = Money::from_cents(100 + 37 * n);
                p.net_grams = 250 * n;
                const std::int64_t id = cat.add_product(p);
                storage::Reception r;
                r.origin = origin;
                r.received_on = Date::from_ymd(2026, 6, 1);
                r.lines = {{id, "L" + std::to_string(n), 100000, std::nullopt, core::ExpiryKind::Dlc, std::nullopt}};
                m_store->stock().add_reception(r);
                const auto lots = m_store->stock().lots_of(id);
                m_items.push_back({id, lots.front().lot_id, code, k == 0 ? "Épicerie sèche" : "Hygiène", p.retail_value,
                                   p.net_grams});
            }
        }
    }

    void add_household(int i) {
        PlannedHousehold h;
        auto& f = h.file;
        f.file_number = "D-" + std::to_string(1000 + i);
        f.composition.type = static_cast<core::HouseholdType>(pick(0, 4));
        f.housing = static_cast<core::Housing>(pick(0, 6));
        f.main_resource = static_cast<core::MainResource>(pick(0, 8));
        f.neighbourhood = std::vector<std::string>{"Centre", "Gare", "Les Tilleuls", ""}[static_cast<std::size_t>(pick(0, 3))];
        if (pick(0, 3) > 0) f.referrer = core::Referrer{0, pick(0, 1) ? "CCAS" : "Département", "", ""};
        if (pick(0, 2) > 0) f.project = core::Project{static_cast<core::ProjectType>(pick(0, 7)), "", Money::from_euros(300)};
        f.fse.disability = pick(0, 4) == 0;
        f.fse.homeless = pick(0, 6) == 0;
        f.fse.nationality = static_cast<core::NationalityClass>(pick(0, 3));
        const int members = pick(1, 5);
        for (int m = 0; m < members; ++m) {
            // Children born around the October boundaries too, so that ages change within months.
            const Date birth = m == 0 ? day_between(Date::from_ymd(1940, 1, 1), Date::from_ymd(2006, 12, 31))
                                      : day_between(Date::from_ymd(2008, 9, 1), Date::from_ymd(2026, 9, 30));
            f.composition.members.push_back({"P" + std::to_string(m), "", birth, static_cast<core::Sex>(pick(0, 2)),
                                             m == 0 ? core::Relationship::Applicant : core::Relationship::Child,
                                             pick(0, 9) == 0});
        }
        f.composition.resources = {{core::ResourceKind::Wages, Money::from_euros(pick(0, 1500)), ""}};
        f.composition.charges = {{core::ChargeKind::Rent, Money::from_euros(pick(100, 700)), ""}};
        h.referred = day_between(Date::from_ymd(2026, 3, 1), Date::from_ymd(2026, 9, 15));
        f.referral = core::Referral{h.referred, f.referrer ? f.referrer->organisation : "non renseigné", ""};
        f.id = m_store->households().add(f);
        f.sales_code = m_store->households().get(f.id)->sales_code;
        if (pick(0, 5) > 0) {
            core::AccessPeriod p;
            p.start = day_between(Date::from_ymd(2026, 5, 1), Date::from_ymd(2026, 10, 31));
            p.end = core::period_end(p.start, 3);
            if (pick(0, 4) == 0) {
                const Date exit = day_between(p.start, p.end);
                p.exit = core::PeriodExit{exit, static_cast<core::ExitReason>(pick(0, 5)), ""};
            }
            h.periods.push_back(p);
            if (!p.exit && pick(0, 1) == 0) {
                core::AccessPeriod r;
                r.start = p.end.plus_days(1);
                r.end = core::period_end(r.start, 3);
                r.renewal = true;
                h.periods.push_back(r);
            }
            for (auto& period : h.periods) period.id = m_store->access().add_period(f.id, period);
        }
        households.push_back(std::move(h));
    }

    bool open_on(const PlannedHousehold& h, Date d) const {
        for (const auto& p : h.periods)
            if (p.start <= d && core::effective_end(p) >= d) return true;
        return false;
    }

    void decisions_and_sales() {
        for (std::size_t i = 0; i < households.size(); ++i)
            for (int k = pick(0, 2); k > 0; --k) {
                const Date on = day_between(std::max(households[i].referred, Date::from_ymd(2026, 8, 1)), Date::from_ymd(2026, 10, 31));
                static const std::vector<core::Decision> kinds{core::Decision::Accepted, core::Decision::Refused,
                                                                  core::Decision::Postponed, core::Decision::Derogation};
                static const std::vector<std::string> codes{"accepted", "refused", "postponed", "derogation"};
                const auto d = static_cast<std::size_t>(pick(0, 3));
                m_store->access().add_decision({0, households[i].file.id, on, kinds[d], "", "sophie", std::nullopt});
                decisions.push_back({i, on, codes[d]});
            }
        month_of_sales(Date::from_ymd(2026, 7, 1), false);
        month_of_sales(Date::from_ymd(2026, 9, 1), false);
        month_of_sales(Date::from_ymd(2026, 10, 1), true);
    }

    /// One till session for the month: sales of households open that day, some cancelled in
    /// the same month, and (in October) some September sales cancelled too.
    void month_of_sales(Date first, bool october) {
        auto& repo = m_store->sales();
        const std::int64_t session = repo.open_session("caisse-1", "marie", first.iso() + "T07:00:00Z", Money::from_euros(50));
        Money cash;
        std::vector<std::pair<std::size_t, std::int64_t>> stored;  // plan index, sale id
        for (const auto& h : households)
            for (int visit = pick(0, 4); visit > 0; --visit) {
                const Date day = day_between(first, first.month_end());
                if (!open_on(h, day)) continue;
                PlannedSale plan{h.file.sales_code, day, {}, {}, false};
                storage::SaleRecord rec;
                rec.session_id = session;
                rec.household_code = h.file.sales_code;
                rec.sold_at = day.iso() + "T1" + std::to_string(pick(0, 6)) + ":15:00Z";
                for (int l = pick(1, 4); l > 0; --l) {
                    const Item& it = m_items[static_cast<std::size_t>(pick(0, static_cast<int>(m_items.size()) - 1))];
                    const int qty = pick(1, 3);
                    const Money value = it.value.times(qty);
                    const bool fse = it.origin == "fse";
                    const core::Rate rate{fse ? 0 : 1000};
                    const Money paid = core::apply_rate(value, rate);
                    rec.lines.push_back({0, it.product, it.lot, qty, value, rate, paid, !fse});
                    rec.total_value += value;
                    rec.total_paid += paid;
                    plan.lines.push_back({it.origin, it.category, value, paid, it.grams * qty, !fse});
                }
                if (!rec.total_paid.is_zero()) {
                    const std::string method = std::vector<std::string>{"cash", "card", "cheque"}[static_cast<std::size_t>(pick(0, 2))];
                    rec.payments = {{*core::payment_method_from_code(method), rec.total_paid}};
                    plan.payments.push_back({method, rec.total_paid});
                    if (method == "cash") cash += rec.total_paid;
                }
                stored.emplace_back(sales.size(), repo.add_sale(rec));
                sales.push_back(std::move(plan));
            }
        // Cancellations: one sale in six of this month, and in October a few of September's.
        auto cancel = [&](std::size_t plan_index, std::int64_t sale_id) {
            storage::SaleRecord c;
            c.session_id = session;
            c.household_code = sales[plan_index].code;
            c.sold_at = first.month_end().iso() + "T17:30:00Z";
            c.corrects_sale_id = sale_id;
            repo.add_sale(c);
            sales[plan_index].cancelled = true;
            sales[plan_index].cancelled_on = first.month_end();
        };
        for (const auto& [index, id] : stored)
            if (pick(0, 5) == 0) cancel(index, id);
        if (october)
            for (const auto& [index, id] : m_previous)
                if (!sales[index].cancelled && pick(0, 7) == 0) cancel(index, id);
        repo.close_session(session, first.month_end().iso() + "T18:00:00Z", cash + Money::from_euros(50), "marie");
        if (october) {
            closed_sessions_october = 1;
            counted_october = cash + Money::from_euros(50);
        }
        m_previous = stored;
    }

    std::mt19937_64 m_rng;
    std::string m_dir;
    std::unique_ptr<storage::SqliteStore> m_store;
    std::vector<Item> m_items;
    std::vector<std::pair<std::size_t, std::int64_t>> m_previous;
};

} // namespace cabas::reports::test
