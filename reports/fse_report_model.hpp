// The FSE+ / food-bank report for any period, and the annual report (the same figures for a
// calendar year, plus the year's activity month by month): distinct end recipients with the
// FSE+ breakdowns, kilograms by origin and by family of the food banks' référentiel, the value
// of FSE+ food given free with the check that every FSE+ line was free, and the traceability of
// FSE+ and food-bank lots. The services build
// it (services/reports/fse_report.hpp); fse_layout.hpp lays it out.
#pragma once

#include "core/food_bank_family.hpp"
#include "reports/report_common_model.hpp"
#include "reports/report_document.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace cabas::reports {

/// End recipients: every member of every household served at least once in the period,
/// counted once. Ages on the household's first visit of the period. Categories overlap.
struct Recipients {
    int households = 0;
    int persons = 0;
    int children = 0;        ///< under 18
    int age_18_29 = 0;
    int women = 0;
    int age_65_plus = 0;
    int disabled = 0;        ///< member flagged disabled, or the applicant of a household flagged so
    int third_country = 0;   ///< members of households whose nationality class is third country
    int homeless = 0;        ///< members of households flagged homeless or housed as "sans domicile"
};

/// Goods distributed under one family and sub-family of the food banks' référentiel (the family
/// of their product's category), counted as `goods` counts them, so the rows add up to the same
/// totals. No family: products without category, or whose category has none ("Sans famille").
struct FamilyGoods {
    std::optional<core::FoodBankFamily> family;
    core::Money value;
    core::Money paid;
    std::int64_t grams = 0;          ///< weighed quantity, or pieces × net weight
    std::int64_t lines = 0;
};

struct FseReport {
    core::Date from;
    core::Date to;
    bool annual = false;
    Recipients recipients;
    std::vector<GoodsTotal> goods;
    core::Money fse_value;           ///< retail value of FSE+ lines distributed
    core::Money fse_paid;            ///< what was paid for them: must be zero
    std::int64_t fse_lines = 0;
    std::int64_t fse_paying_lines = 0;
    std::vector<LotFlow> lots;        ///< FSE+ then food-bank lots
    std::vector<MonthActivity> months;  ///< annual report: each month of the year
    ResolvedOptions options;
    ReportDocument document;
    std::vector<FamilyGoods> families;  ///< by family code, then sub-family code; no family last
};

} // namespace cabas::reports
