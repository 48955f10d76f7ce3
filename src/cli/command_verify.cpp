// `cabas-cli verify`: checks the journal's hash chain, every sale and session against the record
// that certifies it, the closures' signatures and this computer's anchor, and the database's own
// integrity, so a manager (or an auditor) can see that no sale, correction or closure was
// altered or removed.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "services/till/journal_audit.hpp"
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
    const auto audit = services::till::audit_journal(store, services::till::attached_seal());
    const auto& chain = audit.chain;
    if (!chain.ok)
        context.out() << "Journal ROMPU à l'enregistrement n° " << chain.first_broken_sequence << " : " << chain.reason
                      << " (" << chain.records_checked << " enregistrements vérifiés avant lui)\n";
    for (const auto& problem : audit.problems) context.out() << "Écart : " << problem << "\n";
    if (audit.more_problems > 0) context.out() << "… et " << audit.more_problems << " autre(s) écart(s)\n";
    for (const auto& note : audit.notes) context.out() << "Note : " << note << "\n";
    if (!audit.ok()) {
        context.out() << "Journal NON conforme aux ventes et clôtures enregistrées.\n";
        return kExitRefused;
    }
    context.out() << "Journal intègre : " << chain.records_checked << " enregistrements vérifiés";
    if (auto head = store.journal().head())
        context.out() << ", tête n° " << head->sequence << " (empreinte " << services::till::short_hash(head->hash) << ")";
    context.out() << "\n" << audit.sales_checked << " ventes et " << audit.sessions_checked
                  << " sessions conformes au journal ; " << audit.signatures_checked << " clôtures signées vérifiées ("
                  << audit.signed_by_this_key << " par la clé de ce poste).";
    context.out() << "\nBase de données intègre.\n";
    return kExitDone;
}

} // namespace cabas::cli
