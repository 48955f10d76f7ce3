// `cabas-cli stock alerts|lot|trace|loss|receive|report`: the manager's stock work without the
// till window, over the same services. Every subcommand needs --user and --pin of a manager.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/stock_support.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/stock/loss_service.hpp"
#include "services/stock/product_service.hpp"
#include "services/stock/stock_alerts.hpp"
#include "services/stock/traceability.hpp"
#include "services/text_table.hpp"

#include <map>
#include <ostream>

namespace cabas::cli {

int run_stock_receive(CommandContext&, const std::vector<std::string>&);
int run_stock_report(CommandContext&, const std::vector<std::string>&);

namespace {

std::string kind_text(core::ExpiryKind k) { return k == core::ExpiryKind::Dlc ? core::tr("DLC") : core::tr("DDM"); }

std::string days_text(int days) {
    if (days < 0) return core::tr("dépassée depuis {0} j", -days);
    if (days == 0) return core::tr("aujourd'hui");
    return core::tr("dans {0} j", days);
}

int alerts(CommandContext& ctx, const std::vector<std::string>& words) {
    Arguments args(words, {"save"}, stock_options({"days", "on"}));
    args.expect_at_most(0);
    const auto user = stock_user(ctx, args);
    std::optional<int> days;
    if (auto d = args.option("days")) {
        if (d->empty() || d->find_first_not_of("0123456789") != std::string::npos || d->size() > 3)
            throw ValidationError("--days", core::tr("nombre de jours attendu, pas « {0} »", *d));
        days = std::stoi(*d);
    }
    if (args.flag("save")) {
        if (!days) throw UsageError{core::tr("--save enregistre le délai donné par --days")};
        services::stock::set_expiry_alert_days(ctx.store(), user, *days);
        ctx.out() << core::tr("Délai d'alerte de péremption enregistré : {0} jours", *days) << "\n";
    }
    const auto a = services::stock::stock_alerts(ctx.store(), user, date_option(args, ctx.clock()), days);
    ctx.out() << core::tr("Stock bas ({0}) :", a.low_stock.size()) << "\n";
    for (const auto& l : a.low_stock)
        ctx.out() << core::tr("  {0} : {1} (seuil {2})", l.name, quantity_text(l.unit, l.on_hand),
                              quantity_text(l.unit, l.threshold))
                  << "\n";
    ctx.out() << core::tr("Péremption d'ici {0} jours ({1}) :", a.within_days, a.expiring.size()) << "\n";
    for (const auto& e : a.expiring)
        ctx.out() << core::tr("  {0} {1} {2} — {3}, lot {4} #{5} ({6}) : {7}", e.expiry_on.french(), kind_text(e.kind),
                              days_text(e.days_left), e.name, e.lot_code.empty() ? std::string("-") : e.lot_code,
                              e.lot_id, core::label_of(e.origin), quantity_text(e.unit, e.remaining))
                  << "\n";
    return kExitDone;
}

std::string movement_text(const storage::MovementRecord& m) {
    switch (m.kind) {
    case core::MovementKind::Reception: return core::tr("réception");
    case core::MovementKind::Sale: return core::tr("vente n° {0}", m.sale_sequence.value_or(0));
    case core::MovementKind::Correction: return core::tr("correction de vente");
    case core::MovementKind::Loss: return core::tr("perte : {0}", m.reason);
    case core::MovementKind::Adjustment: return core::tr("ajustement : {0}", m.reason);
    }
    return m.reason;
}

int lot(CommandContext& ctx, const std::vector<std::string>& words) {
    Arguments args(words, {}, stock_options({}));
    const std::string& which = args.require(0, core::tr("lot (code du fournisseur ou #numéro)"));
    args.expect_at_most(1);
    const auto user = stock_user(ctx, args);
    const auto t = services::stock::trace_lot(ctx.store(), user, resolve_lot(ctx, user, which));
    const auto unit = t.product.unit;
    ctx.out() << core::tr("Lot #{0} « {1} » — {2}", t.lot.lot_id, t.lot.lot_code, t.product.name) << "\n"
              << core::tr("Réception : {0}, {1}, bon {2} du {3}", core::label_of(t.reception.origin), t.reception.supplier,
                          t.reception.reference, t.reception.received_on.french())
              << "\n";
    if (t.lot.expiry_on)
        ctx.out() << core::tr("Date limite : {0} {1}", kind_text(*t.lot.expiry_kind), t.lot.expiry_on->french()) << "\n";
    for (const auto& m : t.movements)
        ctx.out() << "  " << m.occurred_at.substr(0, 10) << "  " << (m.quantity > 0 ? "+" : "")
                  << quantity_text(unit, m.quantity) << "  " << movement_text(m) << "\n";
    ctx.out() << core::tr("Reçu {0}, distribué {1}, perdu {2}, ajusté {3}, reste {4}", quantity_text(unit, t.totals.received),
                          quantity_text(unit, t.totals.distributed), quantity_text(unit, t.totals.lost),
                          quantity_text(unit, t.totals.adjusted), quantity_text(unit, t.totals.remaining))
              << "\n";
    return kExitDone;
}

std::string kg(std::int64_t grams) { return quantity_text(core::SaleUnit::Weight, grams); }

int trace(CommandContext& ctx, const std::vector<std::string>& words) {
    Arguments args(words, {}, stock_options({"from", "to"}));
    args.expect_at_most(0);
    const auto from = args.option("from");
    const auto to = args.option("to");
    if (!from || !to) throw UsageError{core::tr("stock trace demande --from DATE et --to DATE")};
    const auto user = stock_user(ctx, args);
    const auto p = services::stock::trace_period(ctx.store(), user, core::parse_date(*from, "--from"), core::parse_date(*to, "--to"));
    ctx.out() << core::tr("Traçabilité FSE+ et Banque Alimentaire du {0} au {1}", p.from.french(), p.to.french()) << "\n";
    for (const auto& t : p.totals) {
        ctx.out() << "\n" << core::tr("{0} : {1} lot(s)", core::label_of(t.origin), t.lots) << "\n";
        services::TextTable table;
        auto row = [&](const char* label, std::int64_t units, std::int64_t grams) {
            table.row(core::tr(label), std::to_string(units) + " u.", kg(grams));
        };
        row(core::to_translate("stock au début"), t.units.opening, t.grams.opening);
        row(core::to_translate("reçu"), t.units.received, t.grams.received);
        row(core::to_translate("distribué"), t.units.distributed, t.grams.distributed);
        row(core::to_translate("perdu"), t.units.lost, t.grams.lost);
        row(core::to_translate("ajusté (inventaire)"), t.units.adjusted, t.grams.adjusted);
        row(core::to_translate("reste"), t.units.remaining, t.grams.remaining);
        ctx.out() << table.render();
    }
    ctx.out() << "\n"
              << core::tr("Par lot : origine ; produit ; lot ; début ; reçu ; distribué ; perdu ; ajusté ; reste") << "\n";
    for (const auto& l : p.lots)
        ctx.out() << core::label_of(l.lot.origin) << " ; " << l.product_name << " ; " << l.lot.lot_code << " #"
                  << l.lot.lot_id << " ; " << quantity_text(l.unit, l.totals.opening) << " ; "
                  << quantity_text(l.unit, l.totals.received) << " ; " << quantity_text(l.unit, l.totals.distributed)
                  << " ; " << quantity_text(l.unit, l.totals.lost) << " ; " << quantity_text(l.unit, l.totals.adjusted)
                  << " ; " << quantity_text(l.unit, l.totals.remaining) << "\n";
    return kExitDone;
}

int loss(CommandContext& ctx, const std::vector<std::string>& words) {
    Arguments args(words, {}, stock_options({"reason", "note"}));
    const std::string& which = args.require(0, core::tr("lot (code du fournisseur ou #numéro)"));
    const std::string& amount = args.require(1, core::tr("quantité (pièces, ou grammes pour un produit au poids)"));
    args.expect_at_most(2);
    const auto reason_text = args.option("reason");
    if (!reason_text) throw UsageError{core::tr("stock loss demande --reason perime|casse|rappel|autre")};
    const auto reason = services::stock::loss_reason_from_code(*reason_text);
    if (!reason) throw ValidationError("--reason", core::tr("motif « {0} » inconnu (perime, casse, rappel, autre)", *reason_text));
    if (amount.empty() || amount.find_first_not_of("0123456789") != std::string::npos || amount.size() > 9)
        throw ValidationError(core::tr("quantité"), core::tr("nombre entier attendu, pas « {0} »", amount));
    const auto user = stock_user(ctx, args);
    services::stock::LossRequest request{resolve_lot(ctx, user, which), std::stoll(amount), *reason,
                                         args.option("note").value_or("")};
    services::stock::record_loss(ctx.store(), user, request, ctx.clock());
    const auto lot = *services::stock::lot(ctx.store(), user, request.lot_id);
    const auto product = *services::stock::product(ctx.store(), user, lot.product_id);
    ctx.out() << core::tr("Perte enregistrée ({0}) : {1} de {2}, lot #{3} ; reste {4}", services::stock::label_of(*reason),
                          quantity_text(product.unit, request.quantity), product.name, lot.lot_id,
                          quantity_text(product.unit, lot.remaining))
              << "\n";
    return kExitDone;
}

} // namespace

int run_stock(CommandContext& ctx) {
    if (ctx.words().empty()) throw UsageError{core::tr("stock : sous-commande manquante (alerts, lot, trace, receive, loss, report)")};
    const std::string& sub = ctx.words()[0];
    const std::vector<std::string> rest(ctx.words().begin() + 1, ctx.words().end());
    using Sub = int (*)(CommandContext&, const std::vector<std::string>&);
    static const std::map<std::string, Sub> subs = {{"alerts", alerts}, {"lot", lot},
                                                    {"trace", trace},   {"loss", loss},
                                                    {"receive", run_stock_receive}, {"report", run_stock_report}};
    auto it = subs.find(sub);
    if (it == subs.end()) throw UsageError{core::tr("stock : sous-commande inconnue : {0}", sub)};
    return it->second(ctx, rest);
}

} // namespace cabas::cli
