// `cabas-cli verify [--archive FICHIER | --with-archive FICHIER]`: checks the journal's hash chain,
// every sale and session against the record that certifies it, the closures' signatures and this
// computer's anchor, and the database's own integrity, so a manager (or an auditor) can see that
// no sale, correction or closure was altered or removed. --archive checks an archive file by
// itself, without any database; --with-archive checks the live database, the archive, and that
// the live journal's archive record names exactly that archive (docs/design/journal.md).
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "core/messages.hpp"
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
        context.out() << core::tr("Journal ROMPU à l'enregistrement n° {0} : {1} ({2} enregistrements vérifiés avant lui)",
                                  chain.first_broken_sequence, chain.reason, chain.records_checked)
                      << "\n";
    for (const auto& problem : audit.problems) context.out() << core::tr("Écart : {0}", problem) << "\n";
    if (audit.more_problems > 0) context.out() << core::tr("… et {0} autre(s) écart(s)", audit.more_problems) << "\n";
    for (const auto& note : audit.notes) context.out() << core::tr("Note : {0}", note) << "\n";
    return audit.ok();
}

/// The archive file by itself; true when it verifies.
bool verify_archive(CommandContext& context, const std::string& path, till::ArchiveVerification& checked) {
    checked = till::verify_archive_file(path);
    const auto& h = checked.file.contents.header;
    context.out() << core::tr("Archive « {0} » de « {1} » : enregistrements n° {2} à {3} (du {4} au {5}), tête {6}, scellée "
                              "par la clé {7}.",
                              path, h.epicerie, h.first_sequence, h.last_sequence, h.first_at, h.last_at,
                              till::short_hash(h.head_hash), checked.sealed_by)
                  << "\n";
    for (const auto& problem : checked.problems) context.out() << core::tr("Écart dans l'archive : {0}", problem) << "\n";
    const bool ok = report_audit(context, checked.audit) && checked.problems.empty();
    if (!ok) {
        context.out() << core::tr("Archive NON conforme.") << "\n";
        return false;
    }
    context.out() << core::tr("Archive intègre : {0} enregistrements, {1} ventes et {2} sessions conformes ; {3} clôtures "
                              "signées vérifiées.",
                              checked.audit.chain.records_checked, checked.audit.sales_checked,
                              checked.audit.sessions_checked, checked.audit.signatures_checked)
                  << "\n";
    return true;
}

} // namespace

int run_verify(CommandContext& context) {
    Arguments args(context.words(), {}, {"archive", "with-archive"});
    args.expect_at_most(0);
    if (args.option("archive") && args.option("with-archive"))
        throw UsageError{core::tr("verify : --archive (l'archive seule) ou --with-archive (la base et l'archive), pas les deux")};
    till::ArchiveVerification archive;
    if (const auto path = args.option("archive")) return verify_archive(context, *path, archive) ? kExitDone : kExitRefused;

    storage::Store& store = context.store();  // refuses a missing or foreign file (exit 3)
    const auto problems = store.integrity_check(storage::IntegrityLevel::Full);
    if (!problems.empty()) {
        context.err() << core::tr("Base de données endommagée :") << "\n";
        for (const auto& p : problems) context.err() << "  " << p << "\n";
        return kExitRefused;
    }
    const auto audit = till::audit_journal(store, till::attached_seal());
    if (!report_audit(context, audit)) {
        context.out() << core::tr("Journal NON conforme aux ventes et clôtures enregistrées.") << "\n";
        return kExitRefused;
    }
    context.out() << core::tr("Journal intègre : {0} enregistrements vérifiés", audit.chain.records_checked);
    if (auto head = store.journal().head())
        context.out() << core::tr(", tête n° {0} (empreinte {1})", head->sequence, till::short_hash(head->hash));
    const auto segments = store.journal().archived_segments();
    if (!segments.empty())
        context.out() << core::tr(", archivé jusqu'au n° {0} ({1} archive(s))", segments.back().last_sequence,
                                  segments.size());
    context.out() << "\n"
                  << core::tr("{0} ventes et {1} sessions conformes au journal ; {2} clôtures signées vérifiées ({3} par la "
                              "clé de ce poste).",
                              audit.sales_checked, audit.sessions_checked, audit.signatures_checked,
                              audit.signed_by_this_key);
    context.out() << "\n" << core::tr("Base de données intègre.") << "\n";
    if (const auto path = args.option("with-archive")) {
        if (!verify_archive(context, *path, archive)) return kExitRefused;
        const auto join = till::join_archive(store, archive, std::filesystem::path(*path).filename().string());
        for (const auto& note : join.notes) context.out() << core::tr("Note : {0}", note) << "\n";
        for (const auto& problem : join.problems) context.out() << core::tr("Écart entre la base et l'archive : {0}", problem) << "\n";
        if (!join.problems.empty()) {
            context.out() << core::tr("L'archive ne se raccorde PAS au journal de cette base.") << "\n";
            return kExitRefused;
        }
        context.out() << (join.unfinished ? core::tr("L'archive ne retire rien de cette base : elle peut être supprimée.")
                                          : core::tr("L'archive se raccorde exactement au journal de cette base."))
                      << "\n";
    }
    return kExitDone;
}

} // namespace cabas::cli
