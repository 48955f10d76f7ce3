// Read-only queries behind the CCAS, annual and FSE+ reports: households with their composition
// and access periods, and sales aggregated over a date range. Only effective sales count (those
// no later sale corrects, see SaleRecord), so a cancelled sale is netted out of every figure.
// Ranges are half-open on UTC timestamps: [from, until), both "YYYY-MM-DD"; they use the date
// indexes (sales_by_date, stock_movements_by_date), so the cost follows the range, not history.
#pragma once

#include "core/access.hpp"
#include "core/household_file.hpp"
#include "core/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage {

/// A household as reports see it: composition (with resources and charges, for the RAV band),
/// social profile and access periods. No names leave this struct in a report.
struct ReportHousehold {
    std::int64_t id = 0;
    std::string sales_code;
    core::Date referred_on;                ///< the referral's date (HouseholdFile::referral)
    core::HouseholdComposition composition;
    std::string neighbourhood;
    core::Housing housing = core::Housing::Other;
    core::MainResource main_resource = core::MainResource::Other;
    std::string referrer;                  ///< referring organisation, "" when none
    std::optional<core::ProjectType> project;
    core::FseFlags fse;
    std::vector<core::AccessPeriod> periods;  ///< ordered by start
};

struct ReportDecision {
    std::int64_t household_id = 0;
    core::Date decided_on;
    std::string decision;                  ///< "accepted", "refused", "postponed", "derogation"
    bool first_of_household = false;       ///< the household's first decision ever
};

/// Effective sales of one household in a range (cancellations excluded, visits = sales with lines).
struct HouseholdActivity {
    std::string household_code;
    int visits = 0;
    core::Money value;
    core::Money paid;
    core::Money credit_used;               ///< value of the lines that count against credit
    core::Date first_visit;
};

/// Lines of effective sales grouped by lot origin and product category.
struct GoodsTotal {
    std::string origin;                    ///< core::to_code(Origin), "" for a line without lot
    std::string category;                  ///< category name, "" when none
    core::Money value;
    core::Money paid;
    std::int64_t grams = 0;                ///< weighed quantity, or pieces × net weight
    std::int64_t lines = 0;
    std::int64_t paying_lines = 0;         ///< lines with a participation > 0
};

struct PaymentTotal {
    std::string method;                    ///< "cash", "card", "cheque", "free"
    core::Money amount;
};

/// Effective visits of one household in one calendar month, from the sales' own totals (no
/// lines read: a year of them stays cheap); credit_used is not filled.
struct MonthHouseholdActivity {
    std::string month;                     ///< "2026-11"
    HouseholdActivity activity;
};

struct ClosureTotal {
    int sessions = 0;                      ///< till sessions closed in the range
    core::Money counted;                   ///< cash counted at those closures
};

/// What happened to one FSE+ or food-bank lot: in the range, then what is left at its end.
/// A lot counts as received on its delivery note's date (received_on), whatever the time the
/// note was typed in; other movements count at their own time.
/// Quantities are pieces, or grams for weighed products; `grams_per_unit` converts pieces.
struct LotFlow {
    std::int64_t lot_id = 0;
    std::string product;
    std::string origin;
    std::string lot_code;
    core::Date received_on;
    bool weighed = false;
    std::int64_t grams_per_unit = 0;
    std::int64_t received = 0;             ///< reception movements in the range
    std::int64_t distributed = 0;          ///< sales net of corrections in the range (>= 0 normally)
    std::int64_t lost = 0;                 ///< losses in the range (positive number)
    std::int64_t adjusted = 0;             ///< inventory adjustments in the range (signed)
    std::int64_t remaining = 0;            ///< quantity on hand at the end of the range
};

class ReportQueries {
public:
    virtual ~ReportQueries() = default;
    /// Every household file (reports aggregate them; a few thousand at most).
    virtual std::vector<ReportHousehold> households() = 0;
    virtual std::vector<ReportDecision> decisions(const std::string& from, const std::string& until) = 0;
    virtual std::vector<HouseholdActivity> activity(const std::string& from, const std::string& until) = 0;
    virtual std::vector<GoodsTotal> goods(const std::string& from, const std::string& until) = 0;
    virtual std::vector<PaymentTotal> payments(const std::string& from, const std::string& until) = 0;
    virtual std::vector<MonthHouseholdActivity> activity_by_month(const std::string& from, const std::string& until) = 0;
    virtual ClosureTotal closures(const std::string& from, const std::string& until) = 0;
    /// Lots of the given origins that have a movement in the range or stock left at its end.
    virtual std::vector<LotFlow> lot_flows(const std::vector<std::string>& origins, const std::string& from,
                                           const std::string& until) = 0;
};

} // namespace cabas::storage
