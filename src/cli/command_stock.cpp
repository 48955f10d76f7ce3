// `cabas-cli stock alerts|lot|trace|loss|receive|report`: the manager's stock work without the
// till window, over the same services. Every subcommand needs --user and --pin of a manager.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/stock_support.hpp"
#include "core/error.hpp"
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

std::string kind_text(core::ExpiryKind k) { return k == core::ExpiryKind::Dlc ? "DLC" : "DDM"; }

std::string days_text(int days) {
    if (days < 0) return "dépassée depuis " + std::to_string(-days) + " j";
    if (days == 0) return "aujourd'hui";
    return "dans " + std::to_string(days) + " j";
}

int alerts(CommandContext& ctx, const std::vector<std::string>& words) {
    Arguments args(words, {"save"}, stock_options({"days", "on"}));
    args.expect_at_most(0);
    const auto user = stock_user(ctx, args);
    std::optional<int> days;
    if (auto d = args.option("days")) {
        if (d->empty() || d->find_first_not_of("0123456789") != std::string::npos || d->size() > 3)
            throw ValidationError("--days", "nombre de jours attendu, pas « " + *d + " »");
        days = std::stoi(*d);
    }
    if (args.flag("save")) {
        if (!days) throw UsageError{"--save enregistre le délai donné par --days"};
        services::stock::set_expiry_alert_days(ctx.store(), user, *days);
        ctx.out() << "Délai d'alerte de péremption enregistré : " << *days << " jours\n";
    }
    const auto a = services::stock::stock_alerts(ctx.store(), user, date_option(args, ctx.clock()), days);
    ctx.out() << "Stock bas (" << a.low_stock.size() << ") :\n";
    for (const auto& l : a.low_stock)
        ctx.out() << "  " << l.name << " : " << quantity_text(l.unit, l.on_hand) << " (seuil "
                  << quantity_text(l.unit, l.threshold) << ")\n";
    ctx.out() << "Péremption d'ici " << a.within_days << " jours (" << a.expiring.size() << ") :\n";
    for (const auto& e : a.expiring)
        ctx.out() << "  " << e.expiry_on.french() << " " << kind_text(e.kind) << " " << days_text(e.days_left) << " — "
                  << e.name << ", lot " << (e.lot_code.empty() ? "-" : e.lot_code) << " #" << e.lot_id << " ("
                  << core::label_of(e.origin) << ") : " << quantity_text(e.unit, e.remaining) << "\n";
    return kExitDone;
}

std::string movement_text(const storage::MovementRecord& m) {
    switch (m.kind) {
    case core::MovementKind::Reception: return "réception";
    case core::MovementKind::Sale: return "vente n° " + std::to_string(m.sale_sequence.value_or(0));
    case core::MovementKind::Correction: return "correction de vente";
    case core::MovementKind::Loss: return "perte : " + m.reason;
    case core::MovementKind::Adjustment: return "ajustement : " + m.reason;
    }
    return m.reason;
}

int lot(CommandContext& ctx, const std::vector<std::string>& words) {
    Arguments args(words, {}, stock_options({}));
    const std::string& which = args.require(0, "lot (code du fournisseur ou #numéro)");
    args.expect_at_most(1);
    const auto user = stock_user(ctx, args);
    const auto t = services::stock::trace_lot(ctx.store(), user, resolve_lot(ctx, user, which));
    const auto unit = t.product.unit;
    ctx.out() << "Lot #" << t.lot.lot_id << " « " << t.lot.lot_code << " » — " << t.product.name << "\n"
              << "Réception : " << core::label_of(t.reception.origin) << ", " << t.reception.supplier << ", bon "
              << t.reception.reference << " du " << t.reception.received_on.french() << "\n";
    if (t.lot.expiry_on) ctx.out() << "Date limite : " << kind_text(*t.lot.expiry_kind) << " " << t.lot.expiry_on->french() << "\n";
    for (const auto& m : t.movements)
        ctx.out() << "  " << m.occurred_at.substr(0, 10) << "  " << (m.quantity > 0 ? "+" : "")
                  << quantity_text(unit, m.quantity) << "  " << movement_text(m) << "\n";
    ctx.out() << "Reçu " << quantity_text(unit, t.totals.received) << ", distribué "
              << quantity_text(unit, t.totals.distributed) << ", perdu " << quantity_text(unit, t.totals.lost)
              << ", ajusté " << quantity_text(unit, t.totals.adjusted) << ", reste "
              << quantity_text(unit, t.totals.remaining) << "\n";
    return kExitDone;
}

std::string kg(std::int64_t grams) { return quantity_text(core::SaleUnit::Weight, grams); }

int trace(CommandContext& ctx, const std::vector<std::string>& words) {
    Arguments args(words, {}, stock_options({"from", "to"}));
    args.expect_at_most(0);
    const auto from = args.option("from");
    const auto to = args.option("to");
    if (!from || !to) throw UsageError{"stock trace demande --from DATE et --to DATE"};
    const auto user = stock_user(ctx, args);
    const auto p = services::stock::trace_period(ctx.store(), user, core::parse_date(*from, "--from"), core::parse_date(*to, "--to"));
    ctx.out() << "Traçabilité FSE+ et Banque Alimentaire du " << p.from.french() << " au " << p.to.french() << "\n";
    for (const auto& t : p.totals) {
        ctx.out() << "\n" << core::label_of(t.origin) << " : " << t.lots << " lot(s)\n";
        services::TextTable table;
        auto row = [&](const char* label, std::int64_t units, std::int64_t grams) {
            table.row(label, std::to_string(units) + " u.", kg(grams));
        };
        row("stock au début", t.units.opening, t.grams.opening);
        row("reçu", t.units.received, t.grams.received);
        row("distribué", t.units.distributed, t.grams.distributed);
        row("perdu", t.units.lost, t.grams.lost);
        row("ajusté (inventaire)", t.units.adjusted, t.grams.adjusted);
        row("reste", t.units.remaining, t.grams.remaining);
        ctx.out() << table.render();
    }
    ctx.out() << "\nPar lot : origine ; produit ; lot ; début ; reçu ; distribué ; perdu ; ajusté ; reste\n";
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
    const std::string& which = args.require(0, "lot (code du fournisseur ou #numéro)");
    const std::string& amount = args.require(1, "quantité (pièces, ou grammes pour un produit au poids)");
    args.expect_at_most(2);
    const auto reason_text = args.option("reason");
    if (!reason_text) throw UsageError{"stock loss demande --reason perime|casse|rappel|autre"};
    const auto reason = services::stock::loss_reason_from_code(*reason_text);
    if (!reason) throw ValidationError("--reason", "motif « " + *reason_text + " » inconnu (perime, casse, rappel, autre)");
    if (amount.empty() || amount.find_first_not_of("0123456789") != std::string::npos || amount.size() > 9)
        throw ValidationError("quantité", "nombre entier attendu, pas « " + amount + " »");
    const auto user = stock_user(ctx, args);
    services::stock::LossRequest request{resolve_lot(ctx, user, which), std::stoll(amount), *reason,
                                         args.option("note").value_or("")};
    services::stock::record_loss(ctx.store(), user, request, ctx.clock());
    const auto lot = *services::stock::lot(ctx.store(), user, request.lot_id);
    const auto product = *services::stock::product(ctx.store(), user, lot.product_id);
    ctx.out() << "Perte enregistrée (" << services::stock::label_of(*reason) << ") : "
              << quantity_text(product.unit, request.quantity) << " de " << product.name << ", lot #" << lot.lot_id
              << " ; reste " << quantity_text(product.unit, lot.remaining) << "\n";
    return kExitDone;
}

} // namespace

int run_stock(CommandContext& ctx) {
    if (ctx.words().empty()) throw UsageError{"stock : sous-commande manquante (alerts, lot, trace, receive, loss, report)"};
    const std::string& sub = ctx.words()[0];
    const std::vector<std::string> rest(ctx.words().begin() + 1, ctx.words().end());
    using Sub = int (*)(CommandContext&, const std::vector<std::string>&);
    static const std::map<std::string, Sub> subs = {{"alerts", alerts}, {"lot", lot},
                                                    {"trace", trace},   {"loss", loss},
                                                    {"receive", run_stock_receive}, {"report", run_stock_report}};
    auto it = subs.find(sub);
    if (it == subs.end()) throw UsageError{"stock : sous-commande inconnue : " + sub};
    return it->second(ctx, rest);
}

} // namespace cabas::cli
