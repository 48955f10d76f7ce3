// `cabas-cli products families list|import FILE [--dry-run]|set CATEGORY ...|clear CATEGORY`: the
// categories' families in the food banks' référentiel, kept by a manager or an admin as the
// products are. The import replaces the whole table, all or nothing.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "cli/stock_support.hpp"
#include "core/messages.hpp"
#include "core/text.hpp"
#include "services/io/csv_reader.hpp"
#include "services/stock/category_family_service.hpp"
#include "services/text_table.hpp"

#include <algorithm>
#include <ostream>

namespace cabas::cli {

namespace {

std::string padded(const std::string& text, std::size_t width) {
    return text + std::string(width - std::min(width, services::display_width(text)), ' ');
}

int list(CommandContext& ctx, const services::LoggedUser& user) {
    const auto rows = services::stock::list_category_families(ctx.store(), user);
    if (rows.empty()) {
        ctx.out() << core::tr("Le catalogue n'a aucune catégorie.") << "\n";
        return kExitDone;
    }
    std::size_t code_width = 9, name_width = 9;
    for (const auto& r : rows) {
        code_width = std::max(code_width, services::display_width(r.category.code));
        name_width = std::max(name_width, services::display_width(r.category.name));
    }
    ctx.out() << padded(core::tr("Catégorie"), code_width) << "  " << padded(core::tr("Libellé"), name_width) << "  "
              << core::tr("Famille / sous-famille") << "\n";
    int without = 0;
    for (const auto& r : rows) {
        ctx.out() << padded(r.category.code, code_width) << "  " << padded(r.category.name, name_width) << "  ";
        if (r.family)
            ctx.out() << r.family->family_code << " " << r.family->family << " / " << r.family->subfamily_code << " "
                      << r.family->subfamily << "\n";
        else
            ctx.out() << core::tr("Sans famille") << "\n";
        without += !r.family;
    }
    ctx.out() << core::tr("{0} catégorie(s), dont {1} sans famille.", rows.size(), without) << "\n";
    return kExitDone;
}

int import(CommandContext& ctx, const services::LoggedUser& user, const std::string& file, bool dry_run) {
    const std::string bytes = read_input_file(file, services::io::CsvLimits{}.max_file_bytes);
    const auto report = services::stock::import_category_families(ctx.store(), user, bytes, file, dry_run);
    if (!report.ok()) {
        ctx.err() << services::io::to_string(report.errors);
        ctx.err() << (report.errors.size() > 1 ? core::tr("{0} erreurs : rien n'a été enregistré.", report.errors.size())
                                               : core::tr("{0} erreur : rien n'a été enregistré.", report.errors.size()))
                  << "\n";
        return kExitBadInput;
    }
    if (dry_run) {
        ctx.out() << core::tr("Vérification seule ({0}) : {1} catégorie(s) à ranger, aucune erreur. Rien n'a été "
                              "enregistré.",
                              report.encoding, report.rows_ready)
                  << "\n";
        return kExitDone;
    }
    int without = 0;
    for (const auto& r : services::stock::list_category_families(ctx.store(), user)) without += !r.family;
    ctx.out() << core::tr("Familles importées ({0}) : {1} catégorie(s) rangée(s), {2} sans famille.", report.encoding,
                          report.written, without)
              << "\n";
    return kExitDone;
}

} // namespace

int run_product_families(CommandContext& ctx) {
    Arguments args(ctx.words(), {"dry-run"}, stock_options({"family-code", "family", "subfamily-code", "subfamily"}));
    const std::string action = args.positional().size() > 1 ? args.positional()[1] : "list";
    const auto user = stock_user(ctx, args);
    if (action == "list") {
        args.expect_at_most(2);
        return list(ctx, user);
    }
    if (action == "import") {
        const std::string& file = args.require(2, core::tr("fichier CSV"));
        args.expect_at_most(3);
        return import(ctx, user, file, args.flag("dry-run"));
    }
    if (action != "set" && action != "clear")
        throw UsageError{core::tr("products families : action inconnue : {0} (attendu : list, import, set, clear)", action)};
    const std::string& category = args.require(2, core::tr("catégorie (code ou libellé)"));
    args.expect_at_most(3);
    if (action == "clear") {
        services::stock::clear_category_family(ctx.store(), user, category);
        ctx.out() << core::tr("Catégorie « {0} » : sans famille.", category) << "\n";
        return kExitDone;
    }
    const core::FoodBankFamily family{args.option("family-code").value_or(""), args.option("family").value_or(""),
                                      args.option("subfamily-code").value_or(""), args.option("subfamily").value_or("")};
    services::stock::set_category_family(ctx.store(), user, category, family);
    ctx.out() << core::tr("Catégorie « {0} » rangée en {1} {2} / {3} {4}.", category, core::trim(family.family_code),
                          core::trim(family.family), core::trim(family.subfamily_code), core::trim(family.subfamily))
              << "\n";
    return kExitDone;
}

} // namespace cabas::cli
