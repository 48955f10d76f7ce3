// The register a CCAS keeps beside its épiceries (docs/design/multi_site.md): one PostgreSQL
// schema, cabas_ccas, in the database that holds one Cabas schema per épicerie (site). It lists
// the sites and holds, for each adult of each site's households, a keyed hash of the person and
// the end of the household's rights, never a name, a file number or an address. It has its own
// small numbered migrations (ccas_register_migrations), applied at open in one transaction.
#pragma once

#include "core/date.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage {

/// The schema that holds the register, in every CCAS database.
inline constexpr const char* kCcasSchema = "cabas_ccas";

struct CcasSite {
    std::string code;     ///< "CENTRE": upper-case letters, digits, '-' or '_', at most 20
    std::string name;     ///< "Épicerie du centre": for the CCAS's own reports only
    std::string schema;   ///< the site's Cabas schema in this database
};

/// What the register tells a site about one of its adults found at another site: only the end
/// of the other household's rights (nullopt: filed there, no rights opened yet).
struct FollowedElsewhere {
    std::optional<core::Date> rights_until;
};

/// The register's migrations: version and SQL (qualified by cabas_ccas.), in order.
struct RegisterMigration {
    int version;
    const char* sql;
};
const std::vector<RegisterMigration>& ccas_register_migrations();

/// A connection to the register of the CCAS database a PostgreSQL URI names.
class CcasRegister {
public:
    /// Connects through `uri` (any search_path: the register is always cabas_ccas). With
    /// `create`, a missing register is created and an older one migrated; without, nullptr
    /// when the database has no register (an older one is migrated all the same). StorageError
    /// when the register is newer than this program; StorageUnavailable when unreachable.
    static std::unique_ptr<CcasRegister> open(const std::string& uri, bool create);
    ~CcasRegister();
    CcasRegister(const CcasRegister&) = delete;
    CcasRegister& operator=(const CcasRegister&) = delete;

    int version();
    /// The schema the URI's search_path selects: the site this connection speaks for.
    const std::string& connection_schema() const;

    /// Adds a site. ValidationError (field "code", "nom" or "schéma") for a malformed code, an
    /// empty name, a code or schema already registered, or a schema without Cabas tables.
    void add_site(const CcasSite&);
    std::vector<CcasSite> sites();
    std::optional<CcasSite> site_with_schema(const std::string& schema);

    /// Replaces the fingerprints (hex HMAC-SHA256) of household `household_ref` of `site_code`
    /// with `fingerprints`, all carrying `rights_until`, then returns, by fingerprint, those held
    /// by another site's household whose rights run on `today` or later, or that has none yet:
    /// the latest end found. One transaction.
    std::map<std::string, FollowedElsewhere> record_and_compare(const std::string& site_code,
                                                                std::int64_t household_ref,
                                                                const std::vector<std::string>& fingerprints,
                                                                std::optional<core::Date> rights_until,
                                                                core::Date today);

    struct Impl;

private:
    explicit CcasRegister(std::unique_ptr<Impl>);
    std::unique_ptr<Impl> m_impl;
};

/// `uri` without the search_path it may select (libpq "options" parameter): the CCAS database
/// itself, to which schema_uri() adds each site's schema.
std::string database_uri_of(const std::string& uri);

} // namespace cabas::storage
