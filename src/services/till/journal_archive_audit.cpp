// Verification of archive files (see journal_archive_audit.hpp). The archive is audited by the
// same code as the live database, through an AuditSource that reads the file's content.
#include "services/till/journal_archive_audit.hpp"

#include "core/messages.hpp"
#include "services/till/journal_archive_record.hpp"
#include "storage/store.hpp"

#include <algorithm>

namespace cabas::services::till {

namespace {

/// The archive's content as the audit reads it; the chain starts where `start` says.
class ArchiveSource final : public AuditSource {
public:
    ArchiveSource(const ArchiveContents& contents, ChainState start) : m_contents(contents), m_start(std::move(start)) {
        std::sort(m_sales.begin(), m_sales.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
    }
    JournalVerification chain(const std::function<void(const storage::JournalRecord&)>& each) override {
        if (each)
            for (const auto& r : m_contents.records) each(r);
        return verify_records(m_contents.records, m_start);
    }
    std::vector<storage::TillSession> sessions() override { return m_contents.sessions; }
    std::vector<storage::SaleRecord> sales_page(std::int64_t after_id, int limit) override {
        std::vector<storage::SaleRecord> page;
        for (const auto* sale : m_sales)
            if (sale->id > after_id && page.size() < static_cast<std::size_t>(limit)) page.push_back(*sale);
        return page;
    }
    std::vector<storage::JournalSignature> signatures() override { return m_contents.signatures; }
    std::int64_t unsigned_until() override { return m_contents.header.unsigned_until; }
    std::string tables_place() const override { return core::tr("dans l'archive"); }

private:
    const ArchiveContents& m_contents;
    ChainState m_start;
    std::vector<const storage::SaleRecord*> m_sales = [this] {
        std::vector<const storage::SaleRecord*> out;
        for (const auto& s : m_contents.sales) out.push_back(&s);
        return out;
    }();
};

/// Where the segment's chain starts: record 1, or the state the previous segment's archive
/// record states, once that record's hash and signature are checked.
ChainState segment_start(const ArchiveHeader& h, const std::vector<storage::JournalRecord>& records,
                         std::vector<std::string>& problems) {
    if (h.first_sequence == 1) return {};
    ChainState fallback;
    fallback.next_sequence = h.first_sequence;
    fallback.previous_hash = records.empty() ? std::string() : records.front().previous_hash;
    if (!h.previous_archive) {
        problems.push_back(core::tr("en-tête : le segment commence au n° {0} sans l'enregistrement d'archivage du segment "
                                    "précédent",
                                    h.first_sequence));
        return fallback;
    }
    const storage::JournalRecord& previous = *h.previous_archive;
    const auto parsed = payload_fields(previous);
    const auto stated = parsed ? parse_archive_extra(parsed->extra()) : std::nullopt;
    if (previous.kind != "archive" || !stated || sha256_hex(previous.payload) != previous.hash) {
        problems.push_back(core::tr("en-tête : l'enregistrement d'archivage précédent (n° {0}) est illisible ou son "
                                    "empreinte ne correspond pas à son contenu",
                                    previous.sequence));
        return fallback;
    }
    const auto& signature = h.previous_archive_signature;
    if (!signature || signature->sequence != previous.sequence ||
        !signature_valid(signature->public_key, previous.hash, signature->signature))
        problems.push_back(core::tr("en-tête : l'enregistrement d'archivage précédent (n° {0}) n'a pas de signature valable",
                                    previous.sequence));
    if (stated->last_sequence + 1 != h.first_sequence) {
        problems.push_back(core::tr("en-tête : le segment précédent finit au n° {0}, celui-ci commence au n° {1}",
                                    stated->last_sequence, h.first_sequence));
        return fallback;
    }
    return stated->end;
}

void check_header(const ArchiveFile& file, std::vector<std::string>& problems) {
    const ArchiveHeader& h = file.contents.header;
    const auto& records = file.contents.records;
    if (records.empty()) {
        problems.push_back(core::tr("l'archive ne contient aucun enregistrement du journal"));
        return;
    }
    const auto& first = records.front();
    const auto& last = records.back();
    const auto mismatch = [&](const std::string& field, const std::string& header, const std::string& found) {
        if (header != found)
            problems.push_back(core::tr("en-tête : {0} {1} annoncé, {2} dans les enregistrements", field, header, found));
    };
    mismatch(core::tr("premier enregistrement n°"), std::to_string(h.first_sequence), std::to_string(first.sequence));
    mismatch(core::tr("dernier enregistrement n°"), std::to_string(h.last_sequence), std::to_string(last.sequence));
    mismatch(core::tr("empreinte de tête"), h.head_hash, last.hash);
    mismatch(core::tr("début de période"), h.first_at, first.occurred_at);
    mismatch(core::tr("fin de période"), h.last_at, last.occurred_at);
    if (last.kind != "closure") problems.push_back(core::tr("le segment ne finit pas par une clôture de session"));
}

} // namespace

ArchiveVerification verify_archive(ArchiveFile file) {
    ArchiveVerification out;
    out.file = std::move(file);
    out.sealed_by = key_fingerprint(out.file.seal.public_key);
    if (!out.file.seal_valid)
        out.problems.push_back(
            core::tr("sceau de l'archive faux (clé {0}) : le fichier a été modifié après son écriture", out.sealed_by));
    check_header(out.file, out.problems);
    ArchiveSource source(out.file.contents, segment_start(out.file.contents.header, out.file.contents.records, out.problems));
    out.audit = audit_source(source, std::nullopt);
    return out;
}

ArchiveVerification verify_archive_file(const std::string& path) { return verify_archive(read_archive_file(path)); }

bool is_unfinished_archive(storage::Store& store, const ArchiveVerification& archive) {
    const ArchiveHeader& h = archive.file.contents.header;
    const auto& records = archive.file.contents.records;
    if (!archive.ok() || records.empty()) return false;
    for (const auto& record : store.journal().records_of_kind("archive")) {
        const auto parsed = payload_fields(record);
        const auto stated = parsed ? parse_archive_extra(parsed->extra()) : std::nullopt;
        if (stated && stated->first_sequence == h.first_sequence && stated->last_sequence == h.last_sequence) return false;
    }
    const auto live = store.journal().range(h.first_sequence, static_cast<int>(records.size()));
    if (live.size() != records.size()) return false;
    for (std::size_t i = 0; i < live.size(); ++i)
        if (live[i].sequence != records[i].sequence || live[i].hash != records[i].hash) return false;
    return true;
}

ArchiveJoin join_archive(storage::Store& store, const ArchiveVerification& archive, const std::string& file_name) {
    ArchiveJoin join;
    const ArchiveHeader& h = archive.file.contents.header;
    for (const auto& record : store.journal().records_of_kind("archive")) {
        const auto parsed = payload_fields(record);
        const auto stated = parsed ? parse_archive_extra(parsed->extra()) : std::nullopt;
        if (!stated || stated->first_sequence != h.first_sequence || stated->last_sequence != h.last_sequence) continue;
        const auto differs = [&](const std::string& field, const std::string& live, const std::string& file) {
            if (live != file)
                join.problems.push_back(core::tr("enregistrement d'archivage n° {0} : {1} {2} au journal, {3} dans l'archive",
                                                 record.sequence, field, live, file));
        };
        differs(core::tr("empreinte du fichier"), short_hash(stated->file_digest), short_hash(archive.file.digest));
        differs(core::tr("empreinte de tête"), short_hash(stated->head_hash), short_hash(h.head_hash));
        differs(core::tr("début de période"), stated->first_at, h.first_at);
        differs(core::tr("fin de période"), stated->last_at, h.last_at);
        if (archive.audit.chain.ok && !(stated->end == archive.audit.chain.end))
            join.problems.push_back(core::tr("enregistrement d'archivage n° {0} : l'état de la chaîne à la fin du segment "
                                             "(grand total, mois ouverts) n'est pas celui que l'archive donne",
                                             record.sequence));
        if (stated->file_name != file_name)
            join.notes.push_back(core::tr("l'archive s'appelait « {0} » (renommée depuis)", stated->file_name));
        return join;
    }
    if (is_unfinished_archive(store, archive)) {
        join.unfinished = true;
        join.notes.push_back(core::tr("archive inachevée : aucun enregistrement d'archivage ne nomme le segment n° {0} "
                                      "à {1}, dont les enregistrements sont toujours dans la base, identiques (un "
                                      "archivage interrompu avant sa fin) ; elle n'a rien retiré : supprimez-la, ou "
                                      "relancez « cabas-cli archive », qui la remplace",
                                      h.first_sequence, h.last_sequence));
        return join;
    }
    join.problems.push_back(core::tr("aucun enregistrement d'archivage du journal ne nomme le segment n° {0} à {1} : cette "
                                     "archive n'a pas été retirée de cette base",
                                     h.first_sequence, h.last_sequence));
    return join;
}

} // namespace cabas::services::till
