// `cabas-cli verify`: checks the journal's hash chain and the database's own integrity, so a
// manager (or an auditor) can see that no sale, correction or closure was altered or removed.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "services/till/journal.hpp"
#include "storage/store.hpp"

#include <ostream>

namespace cabas::cli {

int run_verify(CommandContext& context) {
    if (!context.words().empty()) throw UsageError{"verify n'attend aucun argument"};
    storage::Store& store = context.store();  // refuses a missing or foreign file (exit 3)
    const auto problems = store.integrity_check(storage::IntegrityLevel::Full);
    if (!problems.empty()) {
        context.err() << "Base de données endommagée :\n";
        for (const auto& p : problems) context.err() << "  " << p << "\n";
        return kExitRefused;
    }
    const auto result = services::till::verify_journal(store);
    if (!result.ok) {
        context.out() << "Journal ROMPU à l'enregistrement n° " << result.first_broken_sequence << " : " << result.reason
                      << " (" << result.records_checked << " enregistrements vérifiés avant lui)\n";
        return kExitRefused;
    }
    context.out() << "Journal intègre : " << result.records_checked << " enregistrements vérifiés";
    if (auto head = store.journal().head())
        context.out() << ", tête n° " << head->sequence << " (empreinte " << services::till::short_hash(head->hash) << ")";
    context.out() << "\nBase de données intègre.\n";
    return kExitDone;
}

} // namespace cabas::cli
