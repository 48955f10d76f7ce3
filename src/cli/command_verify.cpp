// `cabas-cli verify [--archive FICHIER | --with-archive FICHIER]`: checks the journal's hash chain,
// every sale and session against the record that certifies it, the closures' signatures and this
// computer's anchor, and the database's own integrity, so a manager (or an auditor) can see that
// no sale, correction or closure was altered or removed. --archive checks an archive file by
// itself, without any database; --with-archive checks the live database, the archive, and that
// the live journal's archive record names exactly that archive (docs/design/journal.md).
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "services/till/journal_archive_audit.hpp"
#include "storage/store.hpp"

#include <filesystem>
#include <ostream>

namespace cabas::cli {

namespace {

namespace till = services::till;

/// Prints what the audit found; true when it found nothing.
bool report_audit(CommandContext& context, const till::JournalAudit& audit) {
    const auto& chain = audit.chain;
    if (!chain.ok)
        context.out() << "Journal ROMPU à l'enregistrement n° " << chain.first_broken_sequence << " : " << chain.reason
                      << " (" << chain.records_checked << " enregistrements vérifiés avant lui)\n";
    for (const auto& problem : audit.problems) context.out() << "Écart : " << problem << "\n";
    if (audit.more_problems > 0) context.out() << "… et " << audit.more_problems << " autre(s) écart(s)\n";
    for (const auto& note : audit.notes) context.out() << "Note : " << note << "\n";
    return audit.ok();
}

/// The archive file by itself; true when it verifies.
bool verify_archive(CommandContext& context, const std::string& path, till::ArchiveVerification& checked) {
    checked = till::verify_archive_file(path);
    const auto& h = checked.file.contents.header;
    context.out() << "Archive « " << path << " » de « " << h.epicerie << " » : enregistrements n° " << h.first_sequence
                  << " à " << h.last_sequence << " (du " << h.first_at << " au " << h.last_at << "), tête "
                  << till::short_hash(h.head_hash) << ", scellée par la clé " << checked.sealed_by << ".\n";
    for (const auto& problem : checked.problems) context.out() << "Écart dans l'archive : " << problem << "\n";
    const bool ok = report_audit(context, checked.audit) && checked.problems.empty();
    if (!ok) {
        context.out() << "Archive NON conforme.\n";
        return false;
    }
    context.out() << "Archive intègre : " << checked.audit.chain.records_checked << " enregistrements, "
                  << checked.audit.sales_checked << " ventes et " << checked.audit.sessions_checked
                  << " sessions conformes ; " << checked.audit.signatures_checked << " clôtures signées vérifiées.\n";
    return true;
}

} // namespace

int run_verify(CommandContext& context) {
    Arguments args(context.words(), {}, {"archive", "with-archive"});
    args.expect_at_most(0);
    if (args.option("archive") && args.option("with-archive"))
        throw UsageError{"verify : --archive (l'archive seule) ou --with-archive (la base et l'archive), pas les deux"};
    till::ArchiveVerification archive;
    if (const auto path = args.option("archive")) return verify_archive(context, *path, archive) ? kExitDone : kExitRefused;

    storage::Store& store = context.store();  // refuses a missing or foreign file (exit 3)
    const auto problems = store.integrity_check(storage::IntegrityLevel::Full);
    if (!problems.empty()) {
        context.err() << "Base de données endommagée :\n";
        for (const auto& p : problems) context.err() << "  " << p << "\n";
        return kExitRefused;
    }
    const auto audit = till::audit_journal(store, till::attached_seal());
    if (!report_audit(context, audit)) {
        context.out() << "Journal NON conforme aux ventes et clôtures enregistrées.\n";
        return kExitRefused;
    }
    context.out() << "Journal intègre : " << audit.chain.records_checked << " enregistrements vérifiés";
    if (auto head = store.journal().head())
        context.out() << ", tête n° " << head->sequence << " (empreinte " << till::short_hash(head->hash) << ")";
    const auto segments = store.journal().archived_segments();
    if (!segments.empty())
        context.out() << ", archivé jusqu'au n° " << segments.back().last_sequence << " (" << segments.size()
                      << " archive(s))";
    context.out() << "\n" << audit.sales_checked << " ventes et " << audit.sessions_checked
                  << " sessions conformes au journal ; " << audit.signatures_checked << " clôtures signées vérifiées ("
                  << audit.signed_by_this_key << " par la clé de ce poste).";
    context.out() << "\nBase de données intègre.\n";
    if (const auto path = args.option("with-archive")) {
        if (!verify_archive(context, *path, archive)) return kExitRefused;
        const auto join = till::join_archive(store, archive, std::filesystem::path(*path).filename().string());
        for (const auto& note : join.notes) context.out() << "Note : " << note << "\n";
        for (const auto& problem : join.problems) context.out() << "Écart entre la base et l'archive : " << problem << "\n";
        if (!join.problems.empty()) {
            context.out() << "L'archive ne se raccorde PAS au journal de cette base.\n";
            return kExitRefused;
        }
        context.out() << (join.unfinished ? "L'archive ne retire rien de cette base : elle peut être supprimée.\n"
                                          : "L'archive se raccorde exactement au journal de cette base.\n");
    }
    return kExitDone;
}

} // namespace cabas::cli
