// Credit in retail value and quotas: the monthly credit from UC, the weekly cap, what is left,
// and the check of one basket line against credit and per-product/category limits.
#include "core/credit.hpp"

#include "core/enum_codes.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"

#include <algorithm>

namespace cabas::core {

namespace {

/// Ceiling of n / d for d > 0, on exact integers (floor division corrected for the sign).
std::int64_t ceil_div(std::int64_t n, std::int64_t d) {
    std::int64_t q = n / d;
    if (n % d != 0 && n > 0) ++q;
    return q;
}

} // namespace

Money monthly_credit(const CreditRules& rules, int uc_tenths) {
    if (rules.rounding_step.cents() <= 0) throw InternalError(tr("pas d'arrondi du crédit nul"));
    // per_uc × uc/10 is rounded once, on the exact fraction: 90 € × 2,1 = 189 € -> 190 €.
    const std::int64_t exact_times_10 = rules.per_uc_month.times(uc_tenths).cents();
    const std::int64_t steps = divide_half_up(exact_times_10, rules.rounding_step.times(10).cents());
    return std::min(rules.rounding_step.times(steps), rules.monthly_cap);
}

Money weekly_cap(const CreditRules& rules, Money monthly) {
    if (rules.weekly_rounding_step.cents() <= 0) throw InternalError(tr("pas d'arrondi hebdomadaire nul"));
    // monthly / 4 is rounded up on the exact fraction (115 € / 4 = 28,75 € -> 29,00 €), so a
    // household never gets less per week than a quarter of its month.
    return rules.weekly_rounding_step.times(ceil_div(monthly.cents(), rules.weekly_rounding_step.times(4).cents()));
}

CreditLeft credit_left(const CreditRules& rules, int uc_tenths, const CreditUsage& usage) {
    CreditLeft left;
    const Money monthly = monthly_credit(rules, uc_tenths);
    left.month_credit = rules.carry_over ? monthly + usage.carried_over : monthly;
    left.month_left = left.month_credit - usage.used_this_month;
    if (rules.weekly_cap_enabled) left.week_left = weekly_cap(rules, monthly) - usage.used_this_week;
    left.visits_left_week = std::max(0, rules.visits_per_week - usage.visits_this_week);
    left.visits_left_month = std::max(0, rules.visits_per_month - usage.visits_this_month);
    return left;
}

namespace {

std::int64_t scaled(std::int64_t limit, const QuotaContext& ctx) {
    if (!ctx.rules->limits_scale_with_size) return limit;
    return ceil_div(limit * ctx.uc_tenths, 10);
}

/// Checks one limit; on refusal sets `check` and returns true.
bool over_limit(std::optional<std::int64_t> limit, std::int64_t already, std::int64_t wanted,
                const QuotaContext& ctx, LineRefusal refusal, LineCheck& check) {
    if (!limit) return false;
    const std::int64_t max = scaled(*limit, ctx);
    if (already + wanted <= max) return false;
    check.refusal = refusal;
    check.quantity_left = std::max<std::int64_t>(0, max - already);
    check.limit = max;
    return true;
}

std::int64_t taken(const std::map<std::int64_t, std::int64_t>& m, std::int64_t id) {
    auto it = m.find(id);
    return it == m.end() ? 0 : it->second;
}

void check_limits(const BasketLine& candidate, const std::vector<BasketLine>& basket, const QuotaContext& ctx,
                  LineCheck& check) {
    std::int64_t product_in_basket = 0;
    std::int64_t category_in_basket = 0;
    for (const auto& line : basket) {
        if (line.product_id == candidate.product_id) product_in_basket += line.quantity;
        if (candidate.category_id && line.category_id == candidate.category_id) category_in_basket += line.quantity;
    }
    const std::int64_t q = candidate.quantity;
    if (auto it = ctx.product_limits.find(candidate.product_id); it != ctx.product_limits.end()) {
        const auto month_already = taken(ctx.product_taken_this_month, candidate.product_id) + product_in_basket;
        if (over_limit(it->second.per_visit, product_in_basket, q, ctx, LineRefusal::ProductVisitLimit, check)) return;
        if (over_limit(it->second.per_month, month_already, q, ctx, LineRefusal::ProductMonthLimit, check)) return;
    }
    if (!candidate.category_id) return;
    if (auto it = ctx.category_limits.find(*candidate.category_id); it != ctx.category_limits.end()) {
        const auto month_already = taken(ctx.category_taken_this_month, *candidate.category_id) + category_in_basket;
        if (over_limit(it->second.per_visit, category_in_basket, q, ctx, LineRefusal::CategoryVisitLimit, check)) return;
        if (over_limit(it->second.per_month, month_already, q, ctx, LineRefusal::CategoryMonthLimit, check)) return;
    }
}

} // namespace

LineCheck check_line(const BasketLine& candidate, const std::vector<BasketLine>& basket, const QuotaContext& ctx) {
    if (ctx.rules == nullptr) throw InternalError(tr("check_line : règles de crédit manquantes"));
    LineCheck check;
    const CreditLeft left = credit_left(*ctx.rules, ctx.uc_tenths, ctx.usage);
    Money consumed;
    for (const auto& line : basket)
        if (line.counts_against_credit) consumed += line.value;
    if (candidate.counts_against_credit) consumed += candidate.value;
    check.month_left_after = left.month_left - consumed;
    if (left.week_left) check.week_left_after = *left.week_left - consumed;
    // A line that does not count against credit (FSE+) is never refused for credit, even when
    // the basket is already over: it does not make things worse.
    if (candidate.counts_against_credit) {
        if (check.month_left_after.is_negative()) {
            check.refusal = LineRefusal::CreditMonthExceeded;
            return check;
        }
        if (check.week_left_after && check.week_left_after->is_negative()) {
            check.refusal = LineRefusal::CreditWeekExceeded;
            return check;
        }
    }
    check_limits(candidate, basket, ctx, check);
    return check;
}

namespace {

constexpr std::array<std::pair<LineRefusal, const char*>, 7> refusal_codes{{
    {LineRefusal::None, "aucun"}, {LineRefusal::CreditMonthExceeded, "credit_mois_depasse"},
    {LineRefusal::CreditWeekExceeded, "credit_semaine_depasse"},
    {LineRefusal::ProductVisitLimit, "limite_produit_passage"}, {LineRefusal::ProductMonthLimit, "limite_produit_mois"},
    {LineRefusal::CategoryVisitLimit, "limite_categorie_passage"},
    {LineRefusal::CategoryMonthLimit, "limite_categorie_mois"}}};

constexpr std::array<std::pair<LineRefusal, const char*>, 7> refusal_labels{{
    {LineRefusal::None, to_translate("Ligne acceptée")}, {LineRefusal::CreditMonthExceeded, to_translate("Crédit du mois dépassé")},
    {LineRefusal::CreditWeekExceeded, to_translate("Crédit de la semaine dépassé")},
    {LineRefusal::ProductVisitLimit, to_translate("Limite par passage atteinte pour ce produit")},
    {LineRefusal::ProductMonthLimit, to_translate("Limite du mois atteinte pour ce produit")},
    {LineRefusal::CategoryVisitLimit, to_translate("Limite par passage atteinte pour cette catégorie")},
    {LineRefusal::CategoryMonthLimit, to_translate("Limite du mois atteinte pour cette catégorie")}}};

} // namespace

std::string to_code(LineRefusal v) { return detail::code_of(refusal_codes, v); }
std::string label_of(LineRefusal v) { return detail::label_in_language(refusal_labels, v); }

} // namespace cabas::core
