// The archive of old sales and closures (see sales_archive_service.hpp): choosing the segment,
// writing and re-reading the file, then one transaction on the live database.
#include "services/sales_archive_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/access_log_text.hpp"
#include "services/settings_service.hpp"
#include "services/till/journal.hpp"
#include "services/till/journal_archive_audit.hpp"
#include "services/till/journal_archive_record.hpp"
#include "storage/store.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <limits>
#include <map>
#include <set>

namespace cabas::services {

namespace {

using till::payload_fields;

constexpr std::size_t kNever = std::numeric_limits<std::size_t>::max();

/// One session closure met in the journal: its session and record.
struct ClosureSeen {
    std::int64_t session_id = 0;
    std::int64_t sequence = 0;
    std::string at;
};

/// The journal from its first live record up to `limit`, as the plan needs it.
struct JournalScan {
    std::vector<ClosureSeen> closures;          ///< in journal order
    std::vector<std::size_t> candidates;        ///< indexes into closures where no till had a sale pending
    std::string first_at;
    std::int64_t first_sequence = 0;
    std::string stopped_because;
};

JournalScan scan_journal(storage::Store& store, const std::string& limit) {
    JournalScan scan;
    std::set<std::string> pending;  // tills with sale records since their last closure
    constexpr int page = 1000;
    for (std::int64_t from = 1;; ) {
        const auto records = store.journal().range(from, page);
        for (const auto& r : records) {
            if (scan.first_sequence == 0) {
                scan.first_sequence = r.sequence;
                scan.first_at = r.occurred_at;
            }
            // An archive record that opens the live journal (the one before took every record)
            // goes with the next segment, which must start right after the previous one; any
            // other archive record ends the walk.
            const bool opening_archive = r.kind == "archive" && r.sequence == scan.first_sequence && r.sequence > 1;
            if (!opening_archive && (r.kind == "archive" || r.occurred_at >= limit)) {
                if (!pending.empty())
                    scan.stopped_because = core::tr("une session de « {0} » a des ventes avant cette date mais n'est close "
                                                    "qu'après : l'archive s'arrête à la clôture précédente",
                                                    *pending.begin());
                return scan;
            }
            const auto parsed = payload_fields(r);
            if (!parsed)
                throw ValidationError("journal", core::tr("enregistrement n° {0} illisible : lancez « cabas-cli verify »", r.sequence));
            const std::string& till_id = parsed->fields[3];
            if (r.kind == "sale" || r.kind == "correction") pending.insert(till_id);
            if (r.kind != "closure") continue;
            pending.erase(till_id);
            scan.closures.push_back({std::stoll(parsed->fields[4]), r.sequence, r.occurred_at});
            if (pending.empty()) scan.candidates.push_back(scan.closures.size() - 1);
        }
        if (records.size() < static_cast<std::size_t>(page)) return scan;
        from = records.back().sequence + 1;
    }
}

/// Candidates (by position in scan.candidates) that would separate a correction from the sale
/// it corrects: the archive takes both or neither.
std::vector<bool> separating_corrections(storage::Store& store, const JournalScan& scan) {
    std::map<std::int64_t, std::size_t> entering;  // session id → first candidate position that takes it
    for (std::size_t c = 0, i = 0; i < scan.closures.size(); ++i) {
        while (c < scan.candidates.size() && scan.candidates[c] < i) ++c;
        entering[scan.closures[i].session_id] = c < scan.candidates.size() ? c : kNever;
    }
    const auto enters = [&](std::int64_t session) {
        const auto it = entering.find(session);
        return it == entering.end() ? kNever : it->second;
    };
    std::vector<bool> separating(scan.candidates.size(), false);
    std::map<std::int64_t, std::int64_t> session_of_sale;
    std::vector<std::pair<std::int64_t, std::int64_t>> corrections;  // (session of the correction, corrected sale)
    constexpr int page = 500;
    for (std::int64_t after = 0;;) {
        const auto sales = store.sales().sales_page(after, page);
        for (const auto& sale : sales) {
            session_of_sale[sale.id] = sale.session_id;
            if (sale.corrects_sale_id) corrections.emplace_back(sale.session_id, *sale.corrects_sale_id);
            after = sale.id;
        }
        if (sales.size() < static_cast<std::size_t>(page)) break;
    }
    for (const auto& [session, corrected] : corrections) {
        const auto found = session_of_sale.find(corrected);
        if (found == session_of_sale.end() || found->second == session) continue;
        const std::size_t a = enters(session), b = enters(found->second);
        for (std::size_t c = std::min(a, b); c < std::max(a, b) && c < separating.size(); ++c) separating[c] = true;
    }
    return separating;
}

std::string plain_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

till::ArchiveContents gather(storage::Store& store, const ArchivePlan& plan, const ArchiveRequest& request) {
    till::ArchiveContents c;
    auto& h = c.header;
    h.epicerie = shop_identity(store).name;
    h.until = request.until.iso();
    h.created_at = request.now_utc;
    h.first_sequence = plan.first_sequence;
    h.last_sequence = plan.last_sequence;
    h.first_at = plan.first_at;
    h.last_at = plan.last_at;
    h.unsigned_until = store.journal().unsigned_until();
    for (std::int64_t from = plan.first_sequence; from <= plan.last_sequence;) {
        const auto records = store.journal().range(from, 1000);
        for (const auto& r : records)
            if (r.sequence <= plan.last_sequence) c.records.push_back(r);
        if (records.empty()) break;
        from = records.back().sequence + 1;
    }
    h.head_hash = c.records.empty() ? std::string() : c.records.back().hash;
    const auto signatures = store.journal().signatures();
    for (const auto& s : signatures)
        if (s.sequence >= plan.first_sequence && s.sequence <= plan.last_sequence) c.signatures.push_back(s);
    if (plan.first_sequence > 1)
        for (const auto& r : store.journal().records_of_kind("archive")) {
            const auto parsed = payload_fields(r);
            const auto stated = parsed ? till::parse_archive_extra(parsed->extra()) : std::nullopt;
            if (!stated || stated->last_sequence + 1 != plan.first_sequence) continue;
            h.previous_archive = r;
            for (const auto& s : signatures)
                if (s.sequence == r.sequence) h.previous_archive_signature = s;
        }
    for (const std::int64_t id : plan.session_ids) {
        auto session = store.sales().session(id);
        if (!session) throw InternalError(core::tr("session {0} introuvable pendant l'archivage", id));
        // Pseudonymised: the archive names no one (no login, no free text).
        session->opened_by.clear();
        session->closed_by.reset();
        c.sessions.push_back(*session);
        for (auto sale : store.sales().sales_of_session(id)) {
            if (sale.override_by) sale.override_by = std::string();
            sale.override_reason.reset();
            sale.request_id.reset();
            c.sales.push_back(std::move(sale));
        }
    }
    std::sort(c.sales.begin(), c.sales.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return c;
}

void remove_quietly(const std::string& path) noexcept {
    std::error_code ec;
    std::filesystem::remove(path, ec);
}

/// An archive stopped between its file and its commit left `path` behind: it removed nothing
/// (till::is_unfinished_archive), so it is replaced rather than blocking the name. Any other file
/// there is left for write_archive_file to refuse.
bool remove_unfinished_archive(storage::Store& store, const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return false;
    try {
        if (!till::is_unfinished_archive(store, till::verify_archive_file(path))) return false;
    } catch (const Error&) {
        return false;  // not an archive at all: not ours to remove
    }
    std::filesystem::remove(path, ec);
    return !ec;
}

} // namespace

int sales_retention_years(storage::Store& store) {
    const auto text = store.settings().get(keys::retention_sales_years);
    if (!text) return kMinSalesRetentionYears;
    int years = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), years);
    if (ec != std::errc() || end != text->data() + text->size() || years < kMinSalesRetentionYears ||
        years > kMaxSalesRetentionYears)
        throw ValidationError(keys::retention_sales_years, core::tr("« {0} » : un nombre d'années entre {1} et {2} attendu", *text,
                                                                    kMinSalesRetentionYears, kMaxSalesRetentionYears));
    return years;
}

core::Date latest_archive_date(core::Date today, int years) { return core::Date::from_ymd(today.year() - years, 1, 1); }

void check_archive_date(storage::Store& store, core::Date today, core::Date until) {
    const int years = sales_retention_years(store);
    const core::Date latest = latest_archive_date(today, years);
    if (until > latest)
        throw ValidationError("--until", core::tr("les ventes et clôtures se conservent {0} ans : archivage jusqu'au {1} au plus tard",
                                                  years, latest.french()));
}

ArchivePlan plan_archive(storage::Store& store, const LoggedUser& by, core::Date until) {
    require(store, by, Capability::ArchiveSales);
    const JournalScan scan = scan_journal(store, until.iso() + "T00:00:00Z");
    ArchivePlan plan;
    plan.first_sequence = scan.first_sequence;
    plan.stopped_because = scan.stopped_because;
    const std::vector<bool> separating = separating_corrections(store, scan);
    std::size_t chosen = kNever;
    for (std::size_t c = scan.candidates.size(); c-- > 0;)
        if (!separating[c]) {
            chosen = c;
            break;
        }
    if (chosen + 1 < scan.candidates.size() && chosen != kNever)
        plan.stopped_because =
            core::tr("une correction relie une vente archivable à une vente plus récente : l'archive s'arrête avant");
    if (chosen == kNever) {
        if (!scan.candidates.empty())
            plan.stopped_because =
                core::tr("une correction relie une vente archivable à une vente plus récente : rien n'est archivable");
        return plan;
    }
    const ClosureSeen& last = scan.closures[scan.candidates[chosen]];
    plan.last_sequence = last.sequence;
    plan.first_at = scan.first_at;
    plan.last_at = last.at;
    for (std::size_t i = 0; i <= scan.candidates[chosen]; ++i) plan.session_ids.push_back(scan.closures[i].session_id);
    for (const std::int64_t id : plan.session_ids) plan.sales += static_cast<std::int64_t>(store.sales().sales_of_session(id).size());
    return plan;
}

ArchiveOutcome archive_sales(storage::Store& store, const LoggedUser& by, const ArchiveRequest& request) {
    require(store, by, Capability::ArchiveSales);
    check_archive_date(store, request.today, request.until);
    const std::string file_name = plain_name(request.out_path);
    if (!till::is_plain_file_name(file_name))
        throw ValidationError("--out", core::tr("« {0} » : nom de fichier en lettres, chiffres, « . », « - » et « _ »", file_name));
    const auto& seal = till::attached_seal();
    if (!seal)
        throw ValidationError("--out",
                              core::tr("aucune clé de signature du journal pour cette base : l'archive ne peut pas être signée"));
    const till::JournalKey key = till::JournalKey::load_or_create(seal->key_path);

    ArchiveOutcome outcome;
    outcome.plan = plan_archive(store, by, request.until);
    if (outcome.plan.empty()) return outcome;
    outcome.replaced_unfinished = remove_unfinished_archive(store, request.out_path);
    const till::ArchiveContents contents = gather(store, outcome.plan, request);
    outcome.digest = till::write_archive_file(request.out_path, contents, key);
    try {
        // Read back what the disk holds, not what we meant to write.
        const auto check = till::verify_archive_file(request.out_path);
        if (!check.ok() || check.file.digest != outcome.digest || check.file.contents.sales.size() != contents.sales.size())
            throw StorageError(core::tr("L'archive relue ne se vérifie pas ({0}) : rien n'a été retiré de la base",
                                        check.problems.empty() ? check.audit.chain.reason : check.problems.front()));
        till::ArchiveStatement statement{outcome.plan.first_sequence, outcome.plan.last_sequence,
                                         contents.header.head_hash, file_name, outcome.digest,
                                         outcome.plan.first_at, outcome.plan.last_at, check.audit.chain.end};
        outcome.record = store.transaction([&] {
            if (request.before_delete) request.before_delete();
            store.journal().remove_archived({statement.first_sequence, statement.last_sequence, statement.head_hash,
                                             file_name, outcome.digest, request.now_utc},
                                            outcome.plan.session_ids);
            const storage::JournalRecord record = till::append_entry(store, till::archive_entry(statement, request.now_utc));
            if (!till::sign_closure(store, record)) throw InternalError(core::tr("l'enregistrement d'archivage n'a pas pu être signé"));
            store.access_log().append(by.login, "archive_sales", std::nullopt,
                                      log_text::archived(statement.first_sequence, statement.last_sequence, outcome.plan.sales,
                                                         file_name, till::short_hash(outcome.digest),
                                                         outcome.replaced_unfinished));
            return record;
        });
    } catch (...) {
        // The live database is unchanged: an archive file beside it would look finished.
        remove_quietly(request.out_path);
        throw;
    }
    till::note_written(outcome.record);
    return outcome;
}

} // namespace cabas::services
