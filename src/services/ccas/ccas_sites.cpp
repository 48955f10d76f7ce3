// Inscribing and listing the sites of a CCAS (ccas_sites.hpp).
#include "services/ccas/ccas_sites.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/postgres_uri.hpp"
#include "storage/store.hpp"

namespace cabas::services::ccas {

namespace {

void require_server(const std::string& location) {
    if (!storage::is_postgres_uri(location))
        throw ValidationError("--db", core::tr("les épiceries d'un CCAS sont des schémas d'une base PostgreSQL "
                                               "(postgresql://…) ; une base SQLite reste une épicerie seule"));
}

} // namespace

storage::CcasSite register_site(storage::Store& site, const LoggedUser& user, const std::string& site_location,
                                const std::string& code, const std::string& name) {
    require(site, user, Capability::EditSettings);
    require_server(site_location);
    auto reg = storage::CcasRegister::open(site_location, true);
    storage::CcasSite s{code, name, reg->connection_schema()};
    reg->add_site(s);
    return s;
}

std::vector<storage::CcasSite> registered_sites(storage::Store& site, const LoggedUser& user,
                                                const std::string& location) {
    if (!may(user, Capability::BuildReports)) require(site, user, Capability::EditSettings);
    require_server(location);
    auto reg = storage::CcasRegister::open(location, false);
    return reg ? reg->sites() : std::vector<storage::CcasSite>{};
}

} // namespace cabas::services::ccas
