// The CCAS register over libpqxx (ccas_register.hpp): one connection of its own, every call one
// transaction, the schema created and migrated under an advisory lock of its own.
#include "storage/ccas_register.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/postgres_admin.hpp"
#include "storage/postgres_support.hpp"
#include "storage/postgres_uri.hpp"

#include <algorithm>
#include <regex>

namespace cabas::storage {

const std::vector<RegisterMigration>& ccas_register_migrations() {
    static const std::vector<RegisterMigration> migrations = {
        {1, R"sql(
CREATE TABLE cabas_ccas.site (
    code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_-]{1,20}$'),
    name text NOT NULL CHECK (name <> ''),
    schema_name text NOT NULL UNIQUE
);
-- One row per adult of a site's household: the keyed hash of the person (never a name) and
-- the end of the household's rights (NULL: filed, no rights opened yet).
CREATE TABLE cabas_ccas.adult_fingerprint (
    site_code text NOT NULL REFERENCES cabas_ccas.site (code),
    household_ref bigint NOT NULL,
    fingerprint text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    rights_until date,
    recorded_on date NOT NULL,
    PRIMARY KEY (site_code, household_ref, fingerprint)
);
CREATE INDEX adult_fingerprint_by_print ON cabas_ccas.adult_fingerprint (fingerprint);
)sql"},
    };
    return migrations;
}

struct CcasRegister::Impl {
    std::unique_ptr<pqxx::connection> connection;
    std::string connection_schema;
};

namespace {

// Its own key space (two int4 keys never meet the single bigint keys of the sites' locks).
constexpr const char* kRegisterLock = "SELECT pg_advisory_xact_lock(hashtext('cabas_ccas'), 1)";

int latest_register_version() { return ccas_register_migrations().back().version; }

int register_version(pqxx::transaction_base& tx) {
    if (tx.exec("SELECT to_regclass('cabas_ccas.register_version') IS NULL")[0][0].as<bool>()) return 0;
    return tx.exec1("SELECT version FROM cabas_ccas.register_version")[0].as<int>();
}

/// Creates or migrates the register; false when there is none and `create` is not set.
bool bring_up_to_date(pqxx::connection& c, bool create) {
    pqxx::work tx(c);
    tx.exec(kRegisterLock);
    const bool exists = !tx.exec("SELECT 1 FROM pg_namespace WHERE nspname = 'cabas_ccas'").empty();
    if (!exists && !create) return false;
    if (!exists) tx.exec("CREATE SCHEMA cabas_ccas");
    int found = register_version(tx);
    if (found > latest_register_version())
        throw StorageError(
            core::tr("Le registre du CCAS (schéma cabas_ccas) a été créé par une version plus récente "
                     "de Cabas (version {0}) : mettez Cabas à jour.",
                     found));
    if (found == 0)
        tx.exec("CREATE TABLE cabas_ccas.register_version (singleton boolean PRIMARY KEY DEFAULT true "
                "CHECK (singleton), version integer NOT NULL); INSERT INTO cabas_ccas.register_version VALUES (true, 0)");
    for (const RegisterMigration& m : ccas_register_migrations()) {
        if (m.version <= found) continue;
        tx.exec(m.sql);
        tx.exec("UPDATE cabas_ccas.register_version SET version = " + std::to_string(m.version));
        found = m.version;
    }
    tx.commit();
    return true;
}

CcasSite site_of(const pqxx::row& r) { return {r[0].c_str(), r[1].c_str(), r[2].c_str()}; }

} // namespace

CcasRegister::CcasRegister(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
CcasRegister::~CcasRegister() = default;

std::unique_ptr<CcasRegister> CcasRegister::open(const std::string& uri, bool create) {
    try {
        auto impl = std::make_unique<Impl>();
        impl->connection = std::make_unique<pqxx::connection>(checked_postgres_uri(uri));
        impl->connection->set_client_encoding("UTF8");
        {
            pqxx::nontransaction n(*impl->connection);
            n.exec("SET DateStyle = ISO");
            impl->connection_schema = n.exec1("SELECT coalesce(current_schema(), '')")[0].c_str();
        }
        if (!bring_up_to_date(*impl->connection, create)) return nullptr;
        return std::unique_ptr<CcasRegister>(new CcasRegister(std::move(impl)));
    } catch (const pqxx::pqxx_exception&) {
        pg::rethrow(core::tr("registre du CCAS"));
    }
}

int CcasRegister::version() {
    try {
        pqxx::read_transaction tx(*m_impl->connection);
        return register_version(tx);
    } catch (const pqxx::pqxx_exception&) {
        pg::rethrow(core::tr("registre du CCAS"));
    }
}

const std::string& CcasRegister::connection_schema() const { return m_impl->connection_schema; }

void CcasRegister::add_site(const CcasSite& site) {
    static const std::regex code_form("[A-Z0-9_-]{1,20}");
    if (!std::regex_match(site.code, code_form))
        throw ValidationError("code",
                              core::tr("« {0} » : lettres majuscules, chiffres, - ou _, 20 au plus", site.code));
    if (site.name.empty()) throw ValidationError("nom", core::tr("donnez le nom de l'épicerie"));
    try {
        pqxx::work tx(*m_impl->connection);
        tx.exec(kRegisterLock);
        if (tx.exec_params("SELECT to_regclass(quote_ident($1) || '.schema_version') IS NULL", site.schema)[0][0].as<bool>())
            throw ValidationError(core::tr("schéma"),
                                  core::tr("« {0} » ne contient pas de base Cabas : créez-la d'abord", site.schema));
        if (!tx.exec_params("SELECT 1 FROM cabas_ccas.site WHERE code = $1", site.code).empty())
            throw ValidationError("code", core::tr("le code « {0} » est déjà celui d'une épicerie du CCAS", site.code));
        if (!tx.exec_params("SELECT 1 FROM cabas_ccas.site WHERE schema_name = $1", site.schema).empty())
            throw ValidationError(core::tr("schéma"),
                                  core::tr("le schéma « {0} » est déjà inscrit au registre", site.schema));
        tx.exec_params("INSERT INTO cabas_ccas.site (code, name, schema_name) VALUES ($1, $2, $3)", site.code, site.name,
                       site.schema);
        tx.commit();
    } catch (const pqxx::pqxx_exception&) {
        pg::rethrow(core::tr("inscription de l'épicerie"));
    }
}

std::vector<CcasSite> CcasRegister::sites() {
    try {
        pqxx::read_transaction tx(*m_impl->connection);
        std::vector<CcasSite> out;
        for (const auto& r : tx.exec("SELECT code, name, schema_name FROM cabas_ccas.site ORDER BY code"))
            out.push_back(site_of(r));
        return out;
    } catch (const pqxx::pqxx_exception&) {
        pg::rethrow(core::tr("registre du CCAS"));
    }
}

std::optional<CcasSite> CcasRegister::site_with_schema(const std::string& schema) {
    try {
        pqxx::read_transaction tx(*m_impl->connection);
        const auto r = tx.exec_params("SELECT code, name, schema_name FROM cabas_ccas.site WHERE schema_name = $1", schema);
        if (r.empty()) return std::nullopt;
        return site_of(r[0]);
    } catch (const pqxx::pqxx_exception&) {
        pg::rethrow(core::tr("registre du CCAS"));
    }
}

std::map<std::string, FollowedElsewhere> CcasRegister::record_and_compare(const std::string& site_code,
                                                                          std::int64_t household_ref,
                                                                          const std::vector<std::string>& fingerprints,
                                                                          std::optional<core::Date> rights_until,
                                                                          core::Date today) {
    try {
        pqxx::work tx(*m_impl->connection);
        tx.exec_params("DELETE FROM cabas_ccas.adult_fingerprint WHERE site_code = $1 AND household_ref = $2", site_code,
                       household_ref);
        const std::string until = rights_until ? rights_until->iso() : std::string();
        for (const std::string& print : fingerprints)
            tx.exec_params("INSERT INTO cabas_ccas.adult_fingerprint (site_code, household_ref, fingerprint, "
                           "rights_until, recorded_on) VALUES ($1, $2, $3, NULLIF($4, '')::date, $5::date) "
                           "ON CONFLICT DO NOTHING",
                           site_code, household_ref, print, until, today.iso());
        std::map<std::string, FollowedElsewhere> found;
        // Only the end of rights leaves the register: no site, no household, no date of filing.
        for (const std::string& print : fingerprints) {
            const auto r = tx.exec_params(
                "SELECT bool_or(rights_until IS NULL), max(rights_until)::text FROM cabas_ccas.adult_fingerprint "
                "WHERE fingerprint = $1 AND site_code <> $2 AND (rights_until IS NULL OR rights_until >= $3::date)",
                print, site_code, today.iso());
            if (r[0][0].is_null()) continue;  // no row: nobody elsewhere
            FollowedElsewhere f;
            if (!r[0][1].is_null()) f.rights_until = core::parse_date(r[0][1].c_str(), "rights_until");
            found.emplace(print, f);
        }
        tx.commit();
        return found;
    } catch (const pqxx::pqxx_exception&) {
        pg::rethrow(core::tr("registre du CCAS"));
    }
}

std::string database_uri_of(const std::string& uri) {
    const auto query = uri.find('?');
    if (query == std::string::npos) return uri;
    std::string kept;
    std::size_t at = query + 1;
    while (at <= uri.size()) {
        const auto end = std::min(uri.find('&', at), uri.size());
        const std::string part = uri.substr(at, end - at);
        if (!part.empty() && part.rfind("options=", 0) != 0) kept += (kept.empty() ? "" : "&") + part;
        at = end + 1;
    }
    return uri.substr(0, query) + (kept.empty() ? "" : "?" + kept);
}

} // namespace cabas::storage
