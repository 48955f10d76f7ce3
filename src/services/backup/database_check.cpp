// A read-only Store over the file, the engine's full check, then the journal's.
#include "services/backup/database_check.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/till/journal.hpp"
#include "storage/store.hpp"

namespace cabas::services::backup {

DatabaseFileCheck check_database_file(const std::string& path) {
    DatabaseFileCheck check;
    try {
        auto store = storage::open_sqlite_store(path, storage::OpenMode::Inspect);
        check.schema_version = store->schema_version();
        const auto problems = store->integrity_check(storage::IntegrityLevel::Full);
        if (!problems.empty()) {
            check.problem = core::tr("base endommagée : {0}", problems.front());
            return check;
        }
        const auto journal = till::verify_journal(*store);
        check.journal_records = journal.records_checked;
        if (!journal.ok) {
            check.problem = core::tr("journal rompu à l'enregistrement n° {0} : {1}", journal.first_broken_sequence, journal.reason);
            return check;
        }
    } catch (const StorageError& e) {
        check.problem = e.what();
        return check;
    }
    check.sound = true;
    return check;
}

} // namespace cabas::services::backup
