// What every cabas-cli command receives: its arguments, the output streams, the clock and a
// lazily opened store (a usage error must not create a database).
#pragma once

#include "services/clock.hpp"

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::cli {

class CommandContext {
public:
    CommandContext(std::string db_path, std::vector<std::string> words, std::ostream& out, std::ostream& err);
    ~CommandContext();

    const std::vector<std::string>& words() const { return m_words; }
    std::ostream& out() { return m_out; }
    std::ostream& err() { return m_err; }
    const services::Clock& clock() const { return m_clock; }
    const std::string& db_path() const { return m_db_path; }

    /// Opens the database on first use; later calls return the same store. It must exist and
    /// be a Cabas database: only `init` creates one (create_store). A missing or foreign file
    /// is a StorageError (exit 3).
    storage::Store& store();
    /// For `init`: opens the database, creating it (0600, in a 0700 folder) when missing.
    storage::Store& create_store();
    /// Closes the database (before a command replaces the file under it).
    void close_store();

private:
    std::string m_db_path;
    std::vector<std::string> m_words;
    std::ostream& m_out;
    std::ostream& m_err;
    services::SystemClock m_clock;
    storage::Store& open(bool create);

    std::unique_ptr<storage::Store> m_store;
};

/// Reads a whole file of at most `max_bytes`; throws ValidationError naming the file when it
/// cannot, or when it is bigger (the reason names the limit) before reading any of it.
std::string read_input_file(const std::string& path, std::size_t max_bytes);

/// Parses the --on option or returns today.
class Arguments;
core::Date date_option(const Arguments&, const services::Clock&);

// The commands. Each returns an exit code (exit_codes.hpp).
int run_init(CommandContext&);
int run_summary(CommandContext&);
int run_simulate(CommandContext&);
int run_card(CommandContext&);
int run_bareme(CommandContext&);
int run_import(CommandContext&);
int run_verify(CommandContext&);
int run_backup(CommandContext&);
int run_restore(CommandContext&);
int run_user(CommandContext&);
int run_retention(CommandContext&);
int run_archive(CommandContext&);
int run_stock(CommandContext&);
int run_products(CommandContext&);
int run_report(CommandContext&);
int run_ccas(CommandContext&);
int run_migrate(CommandContext&);
int run_server(CommandContext&);

} // namespace cabas::cli
