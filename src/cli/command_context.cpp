// Shared plumbing of cabas-cli commands.
#include "cli/command_context.hpp"

#include "cli/arguments.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/app_paths.hpp"
#include "services/bareme_service.hpp"
#include "services/open_database.hpp"
#include "storage/store.hpp"

#include <filesystem>
#include <fstream>

namespace cabas::cli {

CommandContext::CommandContext(std::string db_path, std::vector<std::string> words, std::ostream& out,
                               std::ostream& err)
    : m_db_path(std::move(db_path)), m_words(std::move(words)), m_out(out), m_err(err) {}

CommandContext::~CommandContext() = default;

storage::Store& CommandContext::store() { return open(false); }

storage::Store& CommandContext::create_store() { return open(true); }

void CommandContext::close_store() { m_store.reset(); }

storage::Store& CommandContext::open(bool create) {
    if (m_store) return *m_store;
    // A server database has no file or folder here: the server says whether it exists.
    const bool server = storage::is_server_location(m_db_path);
    if (!server && !create && !std::filesystem::exists(m_db_path))
        throw StorageError(core::tr("Base de données introuvable : « {0} ». Créez-la avec « cabas-cli init » ou "
                                    "indiquez la bonne avec --db.",
                                    m_db_path));
    if (!server && create) services::ensure_parent_directory(m_db_path);
    m_store = services::open_database(m_db_path, create ? storage::OpenMode::CreateIfMissing
                                                        : storage::OpenMode::ExistingOnly);
    // A new database is immediately usable with the default barème. Effective from the start
    // of the year, so that versions added later in the year (a local barème decided by the
    // board) take over from their own date.
    services::ensure_default_bareme(*m_store, core::Date::from_ymd(m_clock.today().year(), 1, 1));
    return *m_store;
}

std::string read_input_file(const std::string& path, std::size_t max_bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ValidationError(path, core::tr("fichier introuvable ou illisible"));
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > max_bytes)
        throw ValidationError(path, core::tr("fichier de {0} octets : au plus {1} octets (limite de ce fichier)",
                                                 std::to_string(size), std::to_string(max_bytes)));
    // A pipe or a device has no size: read one byte more than allowed to tell.
    std::string bytes(max_bytes + 1, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > max_bytes)
        throw ValidationError(path, core::tr("fichier de plus de {0} octets (limite de ce fichier)", std::to_string(max_bytes)));
    return bytes;
}

core::Date date_option(const Arguments& args, const services::Clock& clock) {
    if (auto on = args.option("on")) return core::parse_date(*on, "--on");
    return clock.today();
}

} // namespace cabas::cli
