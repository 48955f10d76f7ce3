// Telling a Cabas file from any other before SQLite writes to it: the header bytes, then the
// application id or, for files older than the id, the schema version and the tables.
#include "storage/cabas_file.hpp"
#include "core/messages.hpp"

#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string_view>

namespace cabas::storage::detail {

namespace {

bool has_cabas_tables(SQLite::Database& c) {
    SQLite::Statement s(c, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                           "('baremes', 'households', 'journal', 'settings', 'till_sessions')");
    return s.executeStep() && s.getColumn(0).getInt() == 5;
}

} // namespace

[[noreturn]] void refuse_foreign_file(const std::string& path, const std::string& why, int sqlite_code) {
    throw StorageError(core::tr("« {0} » n'est pas une base de données Cabas ({1}) : rien n'y a été écrit. Vérifiez le "
                                "chemin de la base.",
                                path, why),
                       sqlite_code);
}

FileState examine_file(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status)) return FileState::Missing;
    if (!fs::is_regular_file(status)) refuse_foreign_file(path, core::tr("ce n'est pas un fichier ordinaire"));
    if (fs::file_size(path, ec) == 0 && !ec) return FileState::Empty;
    // SQLite itself reads the header, read-only: a clear refusal instead of "file is not a
    // database" at the first query. Not with an ifstream: closing any other descriptor of the
    // file drops every POSIX lock this process holds on it, so a second open of a database the
    // process already uses (the benchmark, a till opening its file again) let another process
    // take it for unused, reset its WAL and overwrite page 1. SQLite's own descriptors are
    // shared per file and closed only when no lock depends on them.
    try {
        SQLite::Database probe(path, SQLite::OPEN_READONLY);
        SQLite::Statement read_schema(probe, "SELECT COUNT(*) FROM sqlite_schema");
        (void)read_schema.executeStep();
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_NOTADB)
            refuse_foreign_file(path, core::tr("ce n'est pas une base SQLite, ou elle est endommagée"), SQLITE_NOTADB);
        throw StorageError(core::tr("Impossible de lire « {0} » : {1}", path, e.what()), e.getErrorCode());
    }
    return FileState::Filled;
}

void make_private(const std::string& path) {
    std::error_code ec;
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace, ec);
    if (ec) throw StorageError(core::tr("Impossible de protéger « {0} » : {1}", path, ec.message()));
}

/// A Cabas file carries its application id in the header; files written before the id
/// existed are recognised by their schema version and their tables.
void refuse_unless_cabas(Database::Impl& impl) {
    auto& c = impl.connection;
    const std::int64_t application_id = c.execAndGet("PRAGMA application_id").getInt64();
    if (application_id == kCabasApplicationId) return;
    if (application_id != 0) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "0x%08llX", static_cast<unsigned long long>(application_id) & 0xFFFFFFFFull);
        refuse_foreign_file(impl.path, core::tr("base SQLite d'une autre application (identifiant {0})", hex));
    }
    if (c.execAndGet("PRAGMA user_version").getInt() < 1 || !has_cabas_tables(c))
        refuse_foreign_file(impl.path, core::tr("base SQLite sans les tables de Cabas"));
}

void mark_as_cabas(Database::Impl& impl) {
    if (impl.path == ":memory:") return;
    if (impl.connection.execAndGet("PRAGMA application_id").getInt64() != kCabasApplicationId)
        impl.connection.exec("PRAGMA application_id = " + std::to_string(kCabasApplicationId));
}

} // namespace cabas::storage::detail
