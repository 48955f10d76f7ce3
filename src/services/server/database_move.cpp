// The file that says its épicerie moved to the server, and the till that follows it
// (database_move.hpp).
#include "services/server/database_move.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/access_log_text.hpp"
#include "services/open_database.hpp"
#include "services/settings_keys.hpp"
#include "services/till/journal_seal.hpp"
#include "storage/store.hpp"

namespace cabas::services::server {

std::optional<DatabaseMove> database_move(storage::Store& store) {
    if (storage::is_server_location(store.location())) return std::nullopt;
    const auto to = store.settings().get(keys::database_moved_to);
    if (!to || to->empty()) return std::nullopt;
    return DatabaseMove{*to, store.settings().get(keys::database_moved_at).value_or("")};
}

void record_move(storage::Store& source, const std::string& login, const std::string& target_uri,
                 const std::string& now_utc) {
    source.transaction([&] {
        source.settings().set(keys::database_moved_to, target_uri);
        source.settings().set(keys::database_moved_at, now_utc);
        source.access_log().append(login, "migrate", std::nullopt, log_text::moved_to_server());
    });
    till::adopt_seal(till::seal_files_for(source.location()), till::seal_files_for(target_uri));
}

TillDatabase open_till_database(const std::string& location, storage::OpenMode mode) {
    TillDatabase opened{open_database(location, mode), location, std::nullopt};
    const auto move = database_move(*opened.store);
    if (!move) return opened;
    // The file stays as it was, the copy from before; the till goes where the épicerie went.
    opened.store.reset();
    till::adopt_seal(till::seal_files_for(location), till::seal_files_for(move->to));
    opened.store = open_database(move->to, storage::OpenMode::ExistingOnly);
    opened.location = move->to;
    opened.followed = move;
    return opened;
}

std::string followed_move_text(const DatabaseMove& move, const std::string& file) {
    const std::string day = move.at.size() >= 10 ? move.at.substr(8, 2) + "/" + move.at.substr(5, 2) + "/" + move.at.substr(0, 4)
                                                 : move.at;
    const std::string moved = day.empty() ? core::tr("Cette épicerie a été déplacée sur le serveur")
                                          : core::tr("Cette épicerie a été déplacée sur le serveur le {0}", day);
    return core::tr("{0} : la caisse ouvre sa base du serveur, pas le fichier « {1} », qui reste la copie d'avant. "
                    "Pour ne plus voir ce message, lancez la caisse avec : cabas --db '{2}'",
                    moved, file, move.to);
}

} // namespace cabas::services::server
