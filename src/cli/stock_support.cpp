// Stock command helpers: role check, origin and lot parsing.
#include "cli/stock_support.hpp"

#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "core/error.hpp"
#include "services/io/csv_reader.hpp"
#include "services/stock/product_service.hpp"
#include "services/stock/traceability.hpp"
#include "services/till/till_service.hpp"
#include "services/login.hpp"

#include <ostream>

namespace cabas::cli {

std::set<std::string> stock_options(std::set<std::string> own) {
    own.insert("user");
    own.insert("pin");
    return own;
}

std::optional<std::string> stock_user(CommandContext& ctx, const Arguments& args) {
    const auto login = args.option("user");
    const auto pin = args.option("pin");
    if (!login || !pin) throw UsageError{"les commandes de stock demandent --user IDENTIFIANT --pin CODE d'un responsable"};
    const auto user = services::log_in(ctx.store(), *login, *pin);
    if (!user) {
        ctx.err() << "cabas-cli : identifiant ou code incorrect\n";
        return std::nullopt;
    }
    if (user->role != core::Role::Manager && user->role != core::Role::Admin) {
        ctx.err() << "cabas-cli : " << *login << " n'est pas responsable : le stock est réservé aux responsables et administrateurs\n";
        return std::nullopt;
    }
    return user->login;
}

core::Origin parse_origin(const std::string& text) {
    const std::string key = services::io::normalise_key(text);
    if (key == "fse+" || key == "fse_plus") return core::Origin::FsePlus;
    if (key == "ba") return core::Origin::FoodBank;
    if (auto origin = core::origin_from_code(key)) return *origin;
    throw ValidationError("--origin", "origine « " + text + " » inconnue (attendu : banque_alimentaire, fse, achat, don, "
                                                           "collecte, ramasse)");
}

std::int64_t resolve_lot(CommandContext& ctx, const std::string& text) {
    const auto lots = services::stock::find_lots(ctx.store(), text);
    if (lots.empty()) throw ValidationError("lot", "aucun lot « " + text + " »");
    if (lots.size() > 1) {
        std::string numbers;
        for (const auto& l : lots) numbers += (numbers.empty() ? "#" : ", #") + std::to_string(l.lot_id);
        throw ValidationError("lot", "plusieurs lots portent le code « " + text + " » (" + numbers +
                                         ") : indiquez le numéro, par exemple " + "#" + std::to_string(lots[0].lot_id));
    }
    return lots[0].lot_id;
}

std::string quantity_text(core::SaleUnit unit, std::int64_t quantity) {
    return services::stock::quantity_label(unit, quantity);
}

} // namespace cabas::cli
