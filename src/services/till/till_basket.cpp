// The basket: what a scan means (card or product), the FEFO plan of each line over the stock
// lots, its pricing per lot origin, and the credit and limit checks, answered as French messages.
#include "services/till/till_state.hpp"

#include "core/card_number.hpp"
#include "core/messages.hpp"
#include "core/scanned_code.hpp"
#include "core/text.hpp"
#include "services/bareme_service.hpp"
#include "services/stock/fefo.hpp"
#include "storage/store.hpp"

#include <algorithm>

namespace cabas::services::till {

core::BasketLine checked_line(const BasketLine& line, std::optional<std::int64_t> category) {
    core::BasketLine c{line.product_id, category, line.quantity, {}, false};
    for (const auto& take : line.lots)
        if (take.counts_against_credit) {
            c.value += take.value;
            c.counts_against_credit = true;
        }
    return c;
}

namespace {

/// `already`: what the basket's line of this product holds, since the candidate replaces it.
std::string refusal_text(const core::LineCheck& check, core::SaleUnit unit, std::int64_t already) {
    std::string text = core::label_of(check.refusal);
    switch (check.refusal) {
    case core::LineRefusal::CreditMonthExceeded:
        return core::tr("{0} : il reste {1} hors cet article", text,
                        core::format_euros(std::max(core::Money{}, check.month_left_after)));
    case core::LineRefusal::CreditWeekExceeded:
        return core::tr("{0} : crédit de la semaine insuffisant pour cet article", text);
    default: {
        // The limit, what is already taken (earlier visits, this basket) and what is left, so
        // the volunteer can tell the household without looking anything up.
        const std::int64_t limit = check.limit.value_or(0);
        const std::int64_t left_before = check.quantity_left.value_or(0);
        const std::int64_t taken = limit - left_before + already;
        return core::tr("{0} : {1} au plus, déjà {2}, encore {3}", text, quantity_text(unit, limit),
                        quantity_text(unit, taken), quantity_text(unit, std::max<std::int64_t>(0, left_before - already)));
    }
    }
}

ScanOutcome refused(TillService::State& s, ScanKind kind, std::string text, bool override_possible = false) {
    ScanOutcome out;
    out.kind = kind;
    out.message = s.say(MessageLevel::Refusal, std::move(text), override_possible);
    return out;
}

ScanOutcome scan_card(TillService::State& s, const std::string& code) {
    const ScanKind kind = core::classify_card_code(code, s.bareme.card_prefix) == core::CardCodeKind::CardBadCheckDigit
                              ? ScanKind::MisreadCard
                              : ScanKind::Card;
    if (!s.lines.empty())
        return refused(s, kind, core::tr("Terminez ou annulez la vente en cours avant de scanner une autre carte"));
    CardCheckAnswer answer = check_card(s.store, s.user, code, s.clock.today());
    s.clear_basket();
    if (!answer.result.green()) {
        const auto r = answer.result.refusal;
        const bool forceable = !answer.misread && r != core::CardRefusal::Unknown && r != core::CardRefusal::Revoked;
        if (forceable) s.pending = PendingRefusal{PendingRefusal::Kind::Card, answer, 0, 0};
        return refused(s, kind, describe_card_answer(answer), forceable);
    }
    start_basket(s, answer);
    ScanOutcome out;
    out.kind = ScanKind::Card;
    out.accepted = true;
    out.message = s.say(MessageLevel::Success, describe_card_answer(answer));
    return out;
}

} // namespace

ScanOutcome add_line(TillService::State& s, std::int64_t product_id, std::int64_t quantity, bool forced) {
    if (!s.can_sell()) return refused(s, ScanKind::Product, core::tr("Scannez d'abord la carte du foyer"));
    auto product = s.store.catalogue().get_product(product_id);
    if (!product) return refused(s, ScanKind::UnknownCode, core::tr("Produit inconnu"));
    if (quantity <= 0) return refused(s, ScanKind::Product, core::tr("La quantité doit être positive"));
    const core::Date today = s.clock.today();
    const stock::ConsumptionPlan plan = stock::plan_consumption(s.store, product_id, quantity, today);
    if (plan.blocked_by_dlc) return refused(s, ScanKind::Product, core::tr("DLC dépassée : ne pas vendre ({0})", product->name));

    auto category = s.store.catalogue().get_category(product->category_id);
    BasketLine line;
    line.product_id = product_id;
    line.name = product->name;
    line.unit = product->unit;
    line.quantity = quantity;
    line.unit_value = product->retail_value;
    line.warnings = plan.warnings;
    line.overridden = forced;
    for (const auto& share : plan.shares) {
        LotTake take;
        take.lot_id = share.lot_id;
        take.quantity = share.quantity;
        take.origin = share.origin;
        take.expiry_on = share.expiry_on;
        core::PricingInput in{core::line_value(*product, take.quantity), s.card->result.rate,
                              category ? category->rate : std::nullopt, take.origin, product->always_free};
        const core::PricedLine priced = core::price_line(in, s.bareme);
        take.value = priced.value;
        take.rate = priced.rate;
        take.to_pay = priced.to_pay;
        take.counts_against_credit = !(take.origin == core::Origin::FsePlus && !s.bareme.credit.fse_counts_against_credit);
        line.value += priced.value;
        line.to_pay += priced.to_pay;
        if (line.lots.empty()) {
            line.rate = priced.rate;
            line.rate_source = priced.source;
            line.origin = take.origin;
            line.counts_against_credit = take.counts_against_credit;
        }
        line.lots.push_back(take);
    }
    auto existing = std::find_if(s.lines.begin(), s.lines.end(), [&](const BasketLine& l) { return l.product_id == product_id; });
    if (!forced) {
        // Limits come from the catalogue as it is now, for the candidate and the basket alike.
        s.quota.product_limits[product_id] = product->limit;
        if (category) s.quota.category_limits[category->id] = category->limit;
        std::vector<core::BasketLine> others;
        for (const auto& l : s.lines)
            if (l.product_id != product_id) {
                auto c = s.store.catalogue().get_product(l.product_id);
                if (c) s.quota.product_limits[c->id] = c->limit;
                others.push_back(checked_line(l, c ? std::optional(c->category_id) : std::nullopt));
            }
        const core::LineCheck check = core::check_line(checked_line(line, product->category_id), others, s.quota);
        if (!check.allowed()) {
            s.pending = PendingRefusal{PendingRefusal::Kind::Line, std::nullopt, product_id, quantity};
            return refused(s, ScanKind::Product,
                           core::tr("{0} ({1})", refusal_text(check, product->unit, existing != s.lines.end() ? existing->quantity : 0),
                                    product->name),
                           true);
        }
    }
    ScanOutcome out;
    out.kind = ScanKind::Product;
    out.accepted = true;
    out.product_id = product_id;
    if (existing != s.lines.end()) {
        line.overridden = line.overridden || existing->overridden;
        *existing = line;
        out.line_index = static_cast<std::size_t>(existing - s.lines.begin());
    } else {
        s.lines.push_back(line);
        out.line_index = s.lines.size() - 1;
    }
    s.pending = {};
    std::string text = core::tr("{0} : {1}", product->name, core::format_euros(line.to_pay));
    if (line.warnings.empty()) {
        out.message = s.say(MessageLevel::Success, text);
    } else {
        for (const auto& w : line.warnings) text += " — " + w;
        out.message = s.say(MessageLevel::Warning, text);
    }
    return out;
}

ScanOutcome TillService::scan(const std::string& raw) {
    State& s = *m_state;
    const std::string typed = core::trim(raw);
    // A scanner set for QWERTY on an AZERTY PC types the digit row as "é&\"'(...": read the
    // digits back before anything else, so cards and products scan whatever the setting.
    const std::string code = core::normalise_scanned_code(typed);
    if (code.empty()) {
        ScanOutcome out;
        out.message = s.last;
        return out;
    }
    if (!s.card) s.bareme = bareme_in_force(s.store, s.clock.today());
    const auto kind = core::classify_card_code(code, s.bareme.card_prefix);
    if (kind == core::CardCodeKind::Card || kind == core::CardCodeKind::CardBadCheckDigit) return scan_card(s, code);
    auto product = s.store.catalogue().find_by_barcode(code);
    if (!product) {
        if (core::looks_like_layout_mixup(typed))
            return refused(s, ScanKind::UnknownCode,
                           core::tr("Code inconnu : « {0} » ; le lecteur semble réglé pour un clavier QWERTY "
                                    "(voir Aide, F1)",
                                    typed));
        return refused(s, ScanKind::UnknownCode, core::tr("Code inconnu : {0}", code));
    }
    if (!s.can_sell()) return refused(s, ScanKind::Product, core::tr("Scannez d'abord la carte du foyer"));
    if (product->unit == core::SaleUnit::Weight) {
        ScanOutcome out;
        out.kind = ScanKind::Product;
        out.accepted = true;
        out.needs_weight = true;
        out.product_id = product->id;
        out.message = s.say(MessageLevel::Info, core::tr("{0} : indiquez le poids en grammes", product->name));
        return out;
    }
    return add_product(product->id, 1);
}

ScanOutcome TillService::add_product(std::int64_t product_id, std::int64_t quantity) {
    State& s = *m_state;
    auto existing = std::find_if(s.lines.begin(), s.lines.end(), [&](const BasketLine& l) { return l.product_id == product_id; });
    return add_line(s, product_id, quantity + (existing != s.lines.end() ? existing->quantity : 0), false);
}

ScanOutcome TillService::add_weighed(std::int64_t product_id, std::int64_t grams) { return add_product(product_id, grams); }

ScanOutcome TillService::set_quantity(std::size_t line_index, std::int64_t quantity) {
    State& s = *m_state;
    if (line_index >= s.lines.size()) return refused(s, ScanKind::Product, core::tr("Ligne inconnue"));
    if (quantity <= 0) {
        remove_line(line_index);
        ScanOutcome out;
        out.kind = ScanKind::Product;
        out.accepted = true;
        out.message = s.last;
        return out;
    }
    return add_line(s, s.lines[line_index].product_id, quantity, s.lines[line_index].overridden);
}

void TillService::remove_line(std::size_t line_index) {
    State& s = *m_state;
    if (line_index >= s.lines.size()) return;
    const std::string name = s.lines[line_index].name;
    s.lines.erase(s.lines.begin() + static_cast<std::ptrdiff_t>(line_index));
    s.say(MessageLevel::Info, core::tr("Ligne retirée : {0}", name));
}

void TillService::cancel_sale() {
    m_state->clear_basket();
    m_state->say(MessageLevel::Info, core::tr("Vente annulée : rien n'a été enregistré"));
}

} // namespace cabas::services::till
