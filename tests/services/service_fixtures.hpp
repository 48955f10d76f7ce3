// Services test support: a real SQLite store in a temporary directory, initialised like
// `cabas-cli init` (default barème), with the cheapest PIN hashing cost.
#pragma once

#include "services/access_control.hpp"
#include "services/bareme_service.hpp"
#include "storage/sqlite_repositories.hpp"
#include "storage/store.hpp"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

namespace cabas::services::testing {

class TempStore {
public:
    explicit TempStore(core::Date bareme_from = core::Date::from_ymd(2026, 1, 1)) {
        std::string pattern = (std::filesystem::temp_directory_path() / "cabas-services-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        m_dir = pattern;
        storage::StoreOptions options;
        options.pin_cost = storage::PinHashCost::minimum();
        m_store = storage::open_sqlite_store(m_dir + "/cabas.db", options);
        ensure_default_bareme(*m_store, bareme_from);
    }
    ~TempStore() {
        m_store.reset();
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    TempStore(const TempStore&) = delete;
    TempStore& operator=(const TempStore&) = delete;

    storage::Store& operator*() { return *m_store; }
    storage::Store* operator->() { return m_store.get(); }
    std::string path() const { return m_dir + "/cabas.db"; }

private:
    std::string m_dir;
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
