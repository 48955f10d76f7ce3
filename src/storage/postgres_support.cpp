// The connection behind a PgDatabase (connecting, session settings, prepared statements), the
// translation of libpqxx failures into cabas errors, and reading core types back from columns.
#include "storage/postgres_support.hpp"
#include "core/messages.hpp"

namespace cabas::storage {

namespace {

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

std::string message(std::string_view context, std::string_view what, const std::string& detail) {
    std::string body(what);
    if (!detail.empty()) body += (what.empty() ? "" : " — ") + trimmed(detail);
    return context.empty() ? core::tr("Erreur de la base de données : {0}", body)
                           : core::tr("Erreur de la base de données ({0}) : {1}", context, body);
}

/// SQLSTATEs that mean the server went away rather than refused the statement: connection
/// exceptions (class 08), administrator or crash shutdown, server starting up.
bool is_connection_state(const std::string& state) {
    return state.rfind("08", 0) == 0 || state == "57P01" || state == "57P02" || state == "57P03";
}

} // namespace

pqxx::connection& PgDatabase::Impl::connect() {
    if (connection) return *connection;
    auto c = std::make_unique<pqxx::connection>(uri);
    c->set_client_encoding("UTF8");
    {
        // Session settings the readers rely on: ISO dates whatever the server's DateStyle, and a
        // bounded wait for the write lock. Set again after every reconnection.
        pqxx::nontransaction n(*c);
        n.exec("SET DateStyle = ISO; SET lock_timeout = " + std::to_string(options.lock_timeout_ms));
    }
    connection = std::move(c);
    return *connection;
}

void PgDatabase::Impl::drop_connection() noexcept {
    top.reset();
    prepared.clear();
    connection.reset();
}

pqxx::dbtransaction& PgDatabase::Impl::current() {
    if (top) return *top;
    throw InternalError(core::tr("requête PostgreSQL hors de toute transaction"));
}

const std::string& PgDatabase::Impl::statement(const std::string& sql) {
    auto found = prepared.find(sql);
    if (found != prepared.end()) return found->second;
    std::string name = "cabas_" + std::to_string(prepared.size() + 1);
    connection->prepare(name, sql);
    return prepared.emplace(sql, std::move(name)).first->second;
}

namespace pg {

void rethrow(std::string_view context) {
    try {
        throw;
    } catch (const pqxx::in_doubt_error& e) {
        throw StorageUnavailable(message(context,
                                         core::tr("connexion au serveur perdue pendant la validation : "
                                                  "l'écriture a peut-être été faite"),
                                         e.what()),
                                 true);
    } catch (const pqxx::broken_connection& e) {
        throw StorageUnavailable(message(context, core::tr("serveur injoignable ou connexion perdue"), e.what()));
    } catch (const pqxx::sql_error& e) {
        const std::string& state = e.sqlstate();
        if (is_connection_state(state))
            throw StorageUnavailable(message(context, core::tr("serveur injoignable ou connexion perdue"), e.what()));
        if (state == "55P03" || state == "40P01")
            throw StorageError(message(context, core::tr("la base reste occupée par une autre caisse"), e.what()),
                               state);
        throw StorageError(message(context, "", e.what()), state);
    } catch (const pqxx::pqxx_exception& e) {
        throw StorageError(message(context, "", e.base().what()));
    }
}

pqxx::result run(PgDatabase& db, const std::string& sql, const std::vector<Param>& params) {
    auto& impl = db.impl();
    auto& tx = impl.current();
    return tx.exec_prepared(impl.statement(sql), pqxx::prepare::make_dynamic_params(params));
}

std::string text(const Field& f) { return f.is_null() ? std::string() : std::string(f.c_str()); }

std::int64_t integer(const Field& f) { return f.as<std::int64_t>(); }

int small(const Field& f) { return f.as<int>(); }

bool boolean(const Field& f) { return f.as<bool>(); }

core::Money money(const Field& f) { return core::Money::from_cents(f.as<std::int64_t>()); }

core::Rate rate(const Field& f) { return core::Rate{f.as<int>()}; }

core::Date date(const Field& f) {
    const std::string value = text(f);
    try {
        return core::parse_date(value, f.name());
    } catch (const ValidationError&) {
        throw StorageError(core::tr("date illisible dans la base : {0} = « {1} »", f.name(), value));
    }
}

std::optional<std::string> optional_text(const Field& f) {
    if (f.is_null()) return std::nullopt;
    return text(f);
}

std::optional<core::Date> optional_date(const Field& f) {
    if (f.is_null()) return std::nullopt;
    return date(f);
}

std::optional<std::int64_t> optional_integer(const Field& f) {
    if (f.is_null()) return std::nullopt;
    return integer(f);
}

std::optional<core::Money> optional_money(const Field& f) {
    if (f.is_null()) return std::nullopt;
    return money(f);
}

std::optional<core::Rate> optional_rate(const Field& f) {
    if (f.is_null()) return std::nullopt;
    return rate(f);
}

} // namespace pg
} // namespace cabas::storage
