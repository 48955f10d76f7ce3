// `cabas-cli bareme export [FILE]` (the barème is public: no login) and `bareme import FILE`
// (an admin's, with --user and --pin).
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "core/error.hpp"
#include "cli/login_support.hpp"
#include "services/bareme_service.hpp"
#include "services/io/json_document.hpp"

#include <fstream>
#include <ostream>

namespace cabas::cli {

int run_bareme(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, login_options({"on"}));
    const std::string& verb = args.require(0, "sous-commande (export ou import)");
    if (verb == "export") {
        args.expect_at_most(2);
        const std::string text = services::export_bareme(ctx.store(), date_option(args, ctx.clock()));
        if (args.positional().size() == 2) {
            std::ofstream out(args.positional()[1], std::ios::binary);
            if (!(out << text)) throw Error("impossible d'écrire " + args.positional()[1]);
            ctx.err() << "Barème écrit dans " << args.positional()[1] << "\n";
        } else {
            ctx.out() << text;
        }
        return kExitDone;
    }
    if (verb == "import") {
        const std::string& file = args.require(1, "fichier JSON du barème");
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
        ctx.out() << "Barème enregistré : version " << version << "\n";
        return kExitDone;
    }
    throw UsageError{"sous-commande inconnue : bareme " + verb};
}

} // namespace cabas::cli
