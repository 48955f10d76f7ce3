// The épiceries (sites) of a CCAS in its register (storage/ccas_register.hpp): inscribing a
// site, listing them. A site is one Cabas schema of the CCAS's PostgreSQL database; inscribing
// it is an administrator's act at that site.
#pragma once

#include "services/access_control.hpp"
#include "storage/ccas_register.hpp"

#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::ccas {

/// Inscribes the épicerie whose database is `site` (opened from `site_location`, a PostgreSQL
/// URI selecting its schema) in the register of its database, created when missing, as `code`
/// and `name`. The user needs EditSettings at that site (refusal logged there). ValidationError
/// for a SQLite file (field "--db") and as CcasRegister::add_site says.
storage::CcasSite register_site(storage::Store& site, const LoggedUser& user, const std::string& site_location,
                                const std::string& code, const std::string& name);

/// The sites of the register of the database `location` names, by code; empty without a
/// register. EditSettings or BuildReports at `site`.
std::vector<storage::CcasSite> registered_sites(storage::Store& site, const LoggedUser& user, const std::string& location);

} // namespace cabas::services::ccas
