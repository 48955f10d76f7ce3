// A CCAS's own PostgreSQL database on the throwaway test server, for the tests of several
// épiceries: created empty for one test and dropped after it, so that its register (schema
// cabas_ccas) and its sites' schemas meet no other test's.
#pragma once

#include "storage/postgres_admin.hpp"
#include "support/test_database.hpp"

#include <pqxx/pqxx>

#include <random>
#include <string>

namespace cabas::test_support {

class FreshCcasDatabase {
public:
    FreshCcasDatabase() : m_server(postgres_server_uri()) {
        if (m_server.empty()) throw std::runtime_error("FreshCcasDatabase needs the PostgreSQL test server");
        static int counter = 0;
        std::random_device random;
        m_name = "ccas" + std::to_string(getpid()) + "_" + std::to_string(++counter) + "_" + std::to_string(random() % 100000);
        on_server("CREATE DATABASE " + m_name);
        const auto slash = m_server.rfind('/');
        m_uri = m_server.substr(0, slash + 1) + m_name;
    }
    ~FreshCcasDatabase() {
        try {
            on_server("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
        } catch (...) {
            // The server is thrown away after the run.
        }
    }
    FreshCcasDatabase(const FreshCcasDatabase&) = delete;
    FreshCcasDatabase& operator=(const FreshCcasDatabase&) = delete;

    /// The CCAS database's URI (no search_path).
    const std::string& uri() const { return m_uri; }
    /// Creates the empty schema of a site; returns the URI that opens it.
    std::string new_site_schema(const std::string& schema) const {
        storage::create_schema(m_uri, schema);
        return storage::schema_uri(m_uri, schema);
    }

private:
    void on_server(const std::string& sql) const {
        pqxx::connection c(m_server);
        pqxx::nontransaction n(c);
        n.exec(sql);
    }

    std::string m_server;
    std::string m_name;
    std::string m_uri;
};

} // namespace cabas::test_support
