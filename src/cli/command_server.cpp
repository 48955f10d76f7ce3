// `cabas-cli server setup postgresql://…`: prepares the server PC for the tills (role, database,
// schema, Cabas tables; storage/postgres_setup.hpp). No Cabas account is involved: there is no
// Cabas database yet, and it is PostgreSQL that checks the caller is one of its superusers.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "core/messages.hpp"
#include "storage/postgres_setup.hpp"
#include "storage/store.hpp"

#include <unistd.h>

#include <array>
#include <ostream>

namespace cabas::cli {

namespace {

std::string this_host() {
    std::array<char, 256> name{};
    if (gethostname(name.data(), name.size() - 1) != 0 || name[0] == '\0') return core::tr("SERVEUR");
    return name.data();
}

std::string done_or_there(bool done) { return done ? core::tr("créé") : core::tr("déjà là"); }

} // namespace

int run_server(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, {"role", "schema", "host"});
    const std::string& action = args.require(0, core::tr("action (setup)"));
    if (action != "setup") throw UsageError{core::tr("server : action inconnue « {0} » (setup)", action)};
    storage::ServerSetupRequest request;
    request.admin_uri = args.require(1, core::tr("adresse postgresql:// du serveur, en superutilisateur"));
    args.expect_at_most(2);
    if (!storage::is_server_location(request.admin_uri))
        throw UsageError{core::tr("server setup : l'adresse commence par postgresql:// (par exemple postgresql:///cabas)")};
    if (auto role = args.option("role")) request.role = *role;
    if (auto schema = args.option("schema")) request.schema = *schema;
    const auto outcome = storage::set_up_server(request);
    const std::string host = args.option("host").value_or(this_host());
    ctx.out() << core::tr("Rôle « {0} » : {1} (sans mot de passe).", request.role, done_or_there(outcome.role_created))
              << "\n"
              << core::tr("Base « {0} » : {1}.", outcome.database,
                          outcome.database_created ? core::tr("créée") : core::tr("déjà là"))
              << "\n"
              << core::tr("Schéma « {0} » : {1}, tables de Cabas en version {2}.", request.schema,
                          done_or_there(outcome.schema_created), outcome.schema_version)
              << "\n"
              << core::tr("Mot de passe du rôle : Cabas n'en garde aucun. Donnez-en un avec") << "\n"
              << "  sudo -u postgres psql -c '\\password " << request.role << "'\n"
              << core::tr("puis mettez-le dans ~/.pgpass de chaque caisse (0600), ou utilisez l'authentification peer.")
              << "\n"
              << core::tr("Sur chaque caisse :") << "\n"
              << "  cabas --db '" << storage::till_uri(request.role, host, outcome.port, outcome.database, request.schema)
              << "'\n";
    return kExitDone;
}

} // namespace cabas::cli
