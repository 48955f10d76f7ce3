// `cabas-cli bareme export [FILE]` (the barème is public: no login) and `bareme import FILE`
// (an admin's, with --user and --pin).
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "cli/login_support.hpp"
#include "services/bareme_service.hpp"
#include "services/io/json_document.hpp"

#include <fstream>
#include <ostream>

namespace cabas::cli {

int run_bareme(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, login_options({"on"}));
    const std::string& verb = args.require(0, core::tr("sous-commande (export ou import)"));
    if (verb == "export") {
        args.expect_at_most(2);
        const std::string text = services::export_bareme(ctx.store(), date_option(args, ctx.clock()));
        if (args.positional().size() == 2) {
            std::ofstream out(args.positional()[1], std::ios::binary);
            if (!(out << text)) throw Error(core::tr("impossible d'écrire {0}", args.positional()[1]));
            ctx.err() << core::tr("Barème écrit dans {0}", args.positional()[1]) << "\n";
        } else {
            ctx.out() << text;
        }
        return kExitDone;
    }
    if (verb == "import") {
        const std::string& file = args.require(1, core::tr("fichier JSON du barème"));
        args.expect_at_most(2);
        const auto user = logged_in_user(ctx, args, services::Capability::SetBareme);
        const std::string text = read_input_file(file, services::io::JsonLimits{}.max_bytes);
        int version = 0;
        try {
            version = services::import_bareme(ctx.store(), user, text, file);
        } catch (const ValidationError& e) {
            if (e.field().rfind(file, 0) == 0) throw;  // already placed in the file ("f.json:3:7")
            throw ValidationError(file + ": " + e.field(), e.reason());
        }
        ctx.out() << core::tr("Barème enregistré : version {0}", version) << "\n";
        return kExitDone;
    }
    throw UsageError{core::tr("sous-commande inconnue : bareme {0}", verb)};
}

} // namespace cabas::cli
