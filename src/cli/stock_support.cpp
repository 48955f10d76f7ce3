// Stock command helpers: role check, origin and lot parsing.
#include "cli/stock_support.hpp"

#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/io/csv_reader.hpp"
#include "services/stock/product_service.hpp"
#include "services/stock/traceability.hpp"
#include "cli/login_support.hpp"

#include <ostream>

namespace cabas::cli {

std::set<std::string> stock_options(std::set<std::string> own) { return login_options(std::move(own)); }

services::LoggedUser stock_user(CommandContext& ctx, const Arguments& args) {
    return logged_in_user(ctx, args, services::Capability::ManageStock);
}

core::Origin parse_origin(const std::string& text) {
    const std::string key = services::io::normalise_key(text);
    if (key == "fse+" || key == "fse_plus") return core::Origin::FsePlus;
    if (key == "ba") return core::Origin::FoodBank;
    if (auto origin = core::origin_from_code(key)) return *origin;
    throw ValidationError("--origin", core::tr("origine « {0} » inconnue (attendu : banque_alimentaire, fse, achat, don, "
                                                "collecte, ramasse)",
                                                text));
}

std::int64_t resolve_lot(CommandContext& ctx, const services::LoggedUser& by, const std::string& text) {
    const auto lots = services::stock::find_lots(ctx.store(), by, text);
    if (lots.empty()) throw ValidationError(core::tr("lot"), core::tr("aucun lot « {0} »", text));
    if (lots.size() > 1) {
        std::string numbers;
        for (const auto& l : lots) numbers += (numbers.empty() ? "#" : ", #") + std::to_string(l.lot_id);
        throw ValidationError(core::tr("lot"), core::tr("plusieurs lots portent le code « {0} » ({1}) : indiquez le numéro, "
                                                  "par exemple #{2}",
                                                  text, numbers, std::to_string(lots[0].lot_id)));
    }
    return lots[0].lot_id;
}

std::string quantity_text(core::SaleUnit unit, std::int64_t quantity) {
    return services::stock::quantity_label(unit, quantity);
}

} // namespace cabas::cli
