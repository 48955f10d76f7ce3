// Read-only queries behind the CCAS, annual and FSE+ reports: households with their composition
// and access periods, and sales aggregated over a date range. Ranges are half-open on UTC
// timestamps: [from, until), both "YYYY-MM-DD"; they use the date indexes (sales_by_date,
// stock_movements_by_date), so the cost follows the range, not history.
//
// Corrections count when they are made (docs/design/domain.md §7.2). Amounts, lines, goods and
// payments of a range are those of every sale sold in it, minus those of each sale that a sale
// of the range corrects: a correction in the same range replaces the sale it corrects (as if the
// sale had been the corrected basket), a correction in a later month leaves the original's
// month as it was published and puts the difference (corrected minus original; minus the whole
// sale for a plain cancellation) in its own month. Visits (and so households served) follow the
// calendar month of the sale: a sale with lines is a visit unless a correction of the same month
// replaces it; a correction made in a later month is never a visit and takes none away.
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

/// Sales of one household in a range, corrections counted when made (see above). A household
/// whose only sale of the range corrects an earlier month's has visits 0 (it was not served in
/// the range) and the difference in its amounts, possibly negative.
struct HouseholdActivity {
    std::string household_code;
    int visits = 0;
    core::Money value;
    core::Money paid;
    core::Money credit_used;               ///< value of the lines that count against credit
    core::Date first_visit;                ///< meaningful only when visits > 0
};

/// Lines of the range's sales (corrections counted when made) by lot origin and product
/// category; `lines` and the sums may be negative in a month that only corrects.
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

/// Visits and amounts of one household in one calendar month, from the sales' own totals (no
/// lines read: a year of them stays cheap), corrections counted when made; credit_used is not
/// filled.
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
