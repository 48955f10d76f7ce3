// `cabas-cli server setup postgresql://…`: prepares the server PC for the tills (role, database,
// schema, Cabas tables; storage/postgres_setup.hpp). No Cabas account is involved: there is no
// Cabas database yet, and it is PostgreSQL that checks the caller is one of its superusers.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "storage/postgres_setup.hpp"
#include "storage/store.hpp"

#include <unistd.h>

#include <array>
#include <ostream>

namespace cabas::cli {

namespace {

std::string this_host() {
    std::array<char, 256> name{};
    if (gethostname(name.data(), name.size() - 1) != 0 || name[0] == '\0') return "SERVEUR";
    return name.data();
}

const char* done_or_there(bool done) { return done ? "créé" : "déjà là"; }

} // namespace

int run_server(CommandContext& ctx) {
    Arguments args(ctx.words(), {}, {"role", "schema", "host"});
    const std::string& action = args.require(0, "action (setup)");
    if (action != "setup") throw UsageError{"server : action inconnue « " + action + " » (setup)"};
    storage::ServerSetupRequest request;
    request.admin_uri = args.require(1, "adresse postgresql:// du serveur, en superutilisateur");
    args.expect_at_most(2);
    if (!storage::is_server_location(request.admin_uri))
        throw UsageError{"server setup : l'adresse commence par postgresql:// (par exemple postgresql:///cabas)"};
    if (auto role = args.option("role")) request.role = *role;
    if (auto schema = args.option("schema")) request.schema = *schema;
    const auto outcome = storage::set_up_server(request);
    const std::string host = args.option("host").value_or(this_host());
    ctx.out() << "Rôle « " << request.role << " » : " << done_or_there(outcome.role_created) << " (sans mot de passe).\n"
              << "Base « " << outcome.database << " » : " << (outcome.database_created ? "créée" : "déjà là") << ".\n"
              << "Schéma « " << request.schema << " » : " << done_or_there(outcome.schema_created)
              << ", tables de Cabas en version " << outcome.schema_version << ".\n"
              << "Mot de passe du rôle : Cabas n'en garde aucun. Donnez-en un avec\n"
              << "  sudo -u postgres psql -c '\\password " << request.role << "'\n"
              << "puis mettez-le dans ~/.pgpass de chaque caisse (0600), ou utilisez l'authentification peer.\n"
              << "Sur chaque caisse :\n"
              << "  cabas --db '" << storage::till_uri(request.role, host, outcome.port, outcome.database, request.schema)
              << "'\n";
    return kExitDone;
}

} // namespace cabas::cli
