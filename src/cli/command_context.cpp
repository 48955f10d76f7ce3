// Shared plumbing of cabas-cli commands.
#include "cli/command_context.hpp"

#include "cli/arguments.hpp"
#include "core/error.hpp"
#include "services/app_paths.hpp"
#include "services/bareme_service.hpp"
#include "storage/store.hpp"

#include <fstream>
#include <sstream>

namespace cabas::cli {

CommandContext::CommandContext(std::string db_path, std::vector<std::string> words, std::ostream& out,
                               std::ostream& err)
    : m_db_path(std::move(db_path)), m_words(std::move(words)), m_out(out), m_err(err) {}

CommandContext::~CommandContext() = default;

storage::Store& CommandContext::store() {
    if (!m_store) {
        services::ensure_parent_directory(m_db_path);
        m_store = storage::open_sqlite_store(m_db_path);
        // "Created on first use": a new database is immediately usable with the default barème.
        // Effective from the start of the year, so that versions added later in the year (a local
        // barème decided by the board) take over from their own date.
        services::ensure_default_bareme(*m_store, core::Date::from_ymd(m_clock.today().year(), 1, 1));
    }
    return *m_store;
}

std::string read_input_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ValidationError(path, "fichier introuvable ou illisible");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

core::Date date_option(const Arguments& args, const services::Clock& clock) {
    if (auto on = args.option("on")) return core::parse_date(*on, "--on");
    return clock.today();
}

} // namespace cabas::cli
