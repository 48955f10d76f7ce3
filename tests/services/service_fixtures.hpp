// Services test support: a fresh database of the run's engine (a SQLite file, or a schema on
// the PostgreSQL test server: support/test_database.hpp), initialised like `cabas-cli init`
// (default barème), with the cheapest PIN hashing cost.
#pragma once

#include "services/access_control.hpp"
#include "services/bareme_service.hpp"
#include "storage/store.hpp"
#include "support/test_database.hpp"

#include <memory>
#include <string>

namespace cabas::services::testing {

class TempStore {
public:
    explicit TempStore(core::Date bareme_from = core::Date::from_ymd(2026, 1, 1))
        : m_store(storage::open_store(m_database.location(), storage::PinHashCost::minimum())) {
        ensure_default_bareme(*m_store, bareme_from);
    }
    ~TempStore() { m_store.reset(); }
    TempStore(const TempStore&) = delete;
    TempStore& operator=(const TempStore&) = delete;

    storage::Store& operator*() { return *m_store; }
    storage::Store* operator->() { return m_store.get(); }
    /// What open_store() takes to reach this database again (a second till).
    const std::string& location() const { return m_database.location(); }
    /// A path in the test's temporary folder.
    std::string file(const std::string& name) const { return m_database.file(name); }

private:
    cabas::test_support::FreshDatabase m_database{"cabas-services"};
    std::unique_ptr<storage::Store> m_store;
};

/// Someone acting with `role` (not an account in the database: services only ask the role).
inline LoggedUser acting(core::Role role, std::string login = {}) {
    if (login.empty()) login = "test-" + core::to_code(role);
    return LoggedUser{0, login, login, role};
}

/// The manager the stock and catalogue tests act as.
inline LoggedUser manager() { return acting(core::Role::Manager, "paul"); }

} // namespace cabas::services::testing
