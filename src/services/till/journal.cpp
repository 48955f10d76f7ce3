// Canonical serialisation, hashing and verification of the journal. Storage keeps records
// append-only and gapless; this file makes any later edit of a record detectable.
#include "services/till/journal.hpp"

#include "services/till/journal_archive_record.hpp"
#include "services/till/journal_content.hpp"
#include "services/till/journal_seal.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/store.hpp"

#include <sodium.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace cabas::services::till {

namespace {

constexpr std::size_t kFieldCount = 14;
constexpr std::size_t kLegacyFieldCount = 13;

/// "2026-11-23T18:00:00Z" → "2026-11"; "202611" (a monthly closure's number) → "2026-11".
std::string month_of_timestamp(const std::string& at) { return at.substr(0, 7); }
std::string month_of_number(const std::string& yyyymm) {
    return yyyymm.size() == 6 ? yyyymm.substr(0, 4) + "-" + yyyymm.substr(4, 2) : yyyymm;
}

/// Checks records one after the other, so that a long journal can be read page by page.
class ChainChecker {
public:
    explicit ChainChecker(const ChainState& start)
        : m_state(start), m_next_archive_first(start.next_sequence == 1 ? 1 : 0) {
        m_result.end = m_state;
    }
    bool check(const storage::JournalRecord& r) {
        // A payload rewritten with its hash recomputed may hold anything where numbers belong.
        try {
            return check_parsed(r);
        } catch (const std::exception&) {
            return fail(r.sequence, core::tr("le contenu de l'enregistrement est illisible (nombre attendu)"));
        }
    }
    const JournalVerification& result() const { return m_result; }

private:
    bool check_parsed(const storage::JournalRecord& r) {
        const std::int64_t expected = m_state.next_sequence;
        if (r.sequence != expected)
            return fail(expected, core::tr("numéro attendu {0}, trouvé {1} (trou dans la séquence)", expected, r.sequence));
        if (r.previous_hash != m_state.previous_hash) return fail(r.sequence, core::tr("l'empreinte précédente ne correspond pas"));
        const auto parsed = payload_fields(r);
        if (!parsed || parsed->fields[0] != std::to_string(r.sequence) || parsed->fields[1] != r.kind ||
            parsed->fields[2] != r.occurred_at || parsed->previous_hash() != r.previous_hash)
            return fail(r.sequence, core::tr("le contenu enregistré ne correspond pas à l'en-tête de l'enregistrement"));
        if (sha256_hex(r.payload) != r.hash) return fail(r.sequence, core::tr("l'empreinte SHA-256 ne correspond pas au contenu"));
        const auto& fields = parsed->fields;
        if (r.kind == "closure") {
            m_state.grand_total += core::Money::from_cents(std::stoll(fields[7]));
            if (fields[11] != std::to_string(m_state.grand_total.cents()))
                return fail(r.sequence, core::tr("le grand total perpétuel de la clôture ne suit pas les clôtures précédentes"));
            m_state.open_months[month_of_timestamp(fields[2])].add_closure(fields);
        } else if (r.kind == "monthly_closure") {
            const std::string month = month_of_number(fields[4]);
            if (!m_state.last_closed_month.empty() && month <= m_state.last_closed_month)
                return fail(r.sequence, core::tr("le mois {0} est clos deux fois (ou après un mois plus récent)", month));
            const MonthSums sums = m_state.open_months[month];
            if (fields[6] != std::to_string(sums.value.cents()) || fields[7] != std::to_string(sums.paid.cents()) ||
                fields[9] != sums.payments_text())
                return fail(r.sequence,
                            core::tr("la clôture mensuelle de {0} ne reprend pas les totaux des clôtures de session du mois", month));
            if (fields[11] != std::to_string(m_state.grand_total.cents()))
                return fail(r.sequence, core::tr("le grand total perpétuel de la clôture mensuelle ne suit pas les clôtures"));
            m_state.open_months.erase(month);
            m_state.last_closed_month = month;
        } else if (!fields[11].empty()) {
            return fail(r.sequence, core::tr("un grand total figure hors d'une clôture"));
        } else if (r.kind == "archive" && !check_archive(r, *parsed)) {
            return false;
        }
        m_state.previous_hash = r.hash;
        m_state.next_sequence = r.sequence + 1;
        ++m_result.records_checked;
        m_result.end = m_state;
        return true;
    }
    /// Archived segments follow each other from record 1, each ending before its archive record.
    bool check_archive(const storage::JournalRecord& r, const PayloadFields& parsed) {
        const auto stated = parse_archive_extra(parsed.extra());
        if (!stated) return fail(r.sequence, core::tr("l'enregistrement d'archivage est illisible"));
        if (m_next_archive_first != 0 && stated->first_sequence != m_next_archive_first)
            return fail(r.sequence, core::tr("le segment archivé commence au n° {0}, le précédent finissait au n° {1}",
                                             stated->first_sequence, m_next_archive_first - 1));
        if (stated->last_sequence >= r.sequence)
            return fail(r.sequence, core::tr("le segment archivé ne finit pas avant l'enregistrement qui l'archive"));
        m_next_archive_first = stated->last_sequence + 1;
        return true;
    }
    bool fail(std::int64_t sequence, std::string reason) {
        m_result.ok = false;
        m_result.first_broken_sequence = sequence;
        m_result.reason = std::move(reason);
        return false;
    }
    JournalVerification m_result;
    ChainState m_state;
    std::int64_t m_next_archive_first;   ///< where the next archived segment must start (0: unknown)
};

/// The number of the first record still in the database (1 when nothing was archived).
std::int64_t first_live_sequence(storage::Store& store) {
    const auto first = store.journal().range(1, 1);
    return first.empty() ? 1 : first.front().sequence;
}

/// Where the live journal starts: genesis, or the state stated by the archive record whose
/// segment ends just before the first live record. nullopt when records are missing at the start
/// and no archive record accounts for them.
std::optional<ChainState> live_start(storage::Store& store, std::int64_t first_sequence) {
    if (first_sequence <= 1) return ChainState{};
    for (const auto& record : store.journal().records_of_kind("archive")) {
        const auto parsed = payload_fields(record);
        const auto stated = parsed ? parse_archive_extra(parsed->extra()) : std::nullopt;
        if (stated && stated->last_sequence + 1 == first_sequence) return stated->end;
    }
    return std::nullopt;
}

/// The record the next one follows: the head, or, when an archive took every record, the last
/// archived one (its number and hash, as journal_archives names them). nullopt: a new journal.
std::optional<storage::JournalRecord> chain_tip(storage::Store& store) {
    if (auto head = store.journal().head()) return head;
    const auto segments = store.journal().archived_segments();
    if (segments.empty()) return std::nullopt;
    storage::JournalRecord tip;
    tip.sequence = segments.back().last_sequence;
    tip.hash = segments.back().head_hash;
    return tip;
}

} // namespace

void MonthSums::add_closure(const std::vector<std::string>& fields) {
    value += core::Money::from_cents(std::stoll(fields[6]));
    paid += core::Money::from_cents(std::stoll(fields[7]));
    for (const std::string& part : split_text(fields[9], ';')) {
        const std::size_t colon = part.find(':');
        if (colon != std::string::npos) payments[part.substr(0, colon)] += std::stoll(part.substr(colon + 1));
    }
}

std::string MonthSums::payments_text() const {
    std::string out;
    for (const auto& [method, cents] : payments) {
        if (!out.empty()) out += ';';
        out += method + ':' + std::to_string(cents);
    }
    return out;
}

std::string sha256_hex(std::string_view text) {
    if (sodium_init() < 0) throw InternalError(core::tr("libsodium n'a pas pu démarrer (sodium_init)"));
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::string short_hash(const std::string& hash) { return hash.substr(0, 8); }

const std::string& PayloadFields::extra() const {
    static const std::string none;
    return legacy ? none : fields[12];
}

std::optional<PayloadFields> payload_fields(const storage::JournalRecord& record) {
    PayloadFields parsed{split_text(record.payload, '|'), false};
    if (parsed.fields.size() == kLegacyFieldCount) parsed.legacy = true;
    else if (parsed.fields.size() != kFieldCount) return std::nullopt;
    return parsed;
}

storage::JournalRecord make_record(const std::optional<storage::JournalRecord>& previous, const JournalEntry& e) {
    storage::JournalRecord r;
    r.sequence = previous ? previous->sequence + 1 : 1;
    r.kind = e.kind;
    r.occurred_at = e.occurred_at;
    r.previous_hash = previous ? previous->hash : std::string(kGenesisHash);
    r.payload = std::to_string(r.sequence) + '|' + e.kind + '|' + e.occurred_at + '|' + e.till_id + '|' +
                std::to_string(e.number) + '|' + e.household_code + '|' + std::to_string(e.total_value.cents()) + '|' +
                std::to_string(e.total_paid.cents()) + '|' + lines_text(e.lines) + '|' + payments_text(e.payments) +
                '|' + (e.corrects ? std::to_string(*e.corrects) : std::string()) + '|' +
                (e.grand_total ? std::to_string(e.grand_total->cents()) : std::string()) + '|' + e.extra + '|' +
                r.previous_hash;
    r.hash = sha256_hex(r.payload);
    return r;
}

storage::JournalRecord append_entry(storage::Store& store, const JournalEntry& entry) {
    storage::JournalRecord record = make_record(chain_tip(store), entry);
    store.journal().append(record);
    return record;
}

std::optional<storage::JournalRecord> find_record(storage::Store& store, const std::string& kind,
                                                  const std::string& till_id, std::int64_t number) {
    auto head = store.journal().head();
    if (!head) return std::nullopt;
    constexpr int page = 256;
    for (std::int64_t to = head->sequence; to >= 1; to -= page) {
        const std::int64_t from = std::max<std::int64_t>(1, to - page + 1);
        auto records = store.journal().range(from, static_cast<int>(to - from + 1));
        for (auto it = records.rbegin(); it != records.rend(); ++it) {
            if (it->kind != kind) continue;
            const auto parsed = payload_fields(*it);
            if (parsed && parsed->fields[3] == till_id && parsed->fields[4] == std::to_string(number)) return *it;
        }
    }
    return std::nullopt;
}

int append_monthly_closures(storage::Store& store, const std::string& now_utc) {
    const auto head = store.journal().head();
    if (!head) return 0;
    // Back to the last monthly closure: the months after it are the ones that may be open.
    std::vector<storage::JournalRecord> tail;
    std::string last_closed_month;
    constexpr int page = 256;
    for (std::int64_t to = head->sequence; to >= 1 && last_closed_month.empty(); to -= page) {
        const std::int64_t from = std::max<std::int64_t>(1, to - page + 1);
        auto records = store.journal().range(from, static_cast<int>(to - from + 1));
        for (auto it = records.rbegin(); it != records.rend(); ++it) {
            if (it->kind == "monthly_closure") {
                const auto parsed = payload_fields(*it);
                if (!parsed) continue;  // unreadable: verify names it; it closes no month here
                last_closed_month = month_of_number(parsed->fields[4]);
                break;
            }
            if (it->kind == "closure") tail.push_back(*it);
        }
    }
    std::map<std::string, MonthSums> months;
    if (last_closed_month.empty())
        if (const auto carried = live_start(store, first_live_sequence(store))) {
            last_closed_month = carried->last_closed_month;
            for (const auto& [month, sums] : carried->open_months)
                if (month < month_of_timestamp(now_utc)) months[month] = sums;
        }
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) {
        const auto parsed = payload_fields(*it);
        if (!parsed) continue;
        const std::string month = month_of_timestamp(parsed->fields[2]);
        if (month > last_closed_month && month < month_of_timestamp(now_utc)) months[month].add_closure(parsed->fields);
    }
    const core::Money grand_total = perpetual_grand_total(store);
    for (const auto& [month, sums] : months) {
        JournalEntry e;
        e.kind = "monthly_closure";
        e.occurred_at = now_utc;
        e.number = std::stoll(month.substr(0, 4) + month.substr(5, 2));
        e.total_value = sums.value;
        e.total_paid = sums.paid;
        for (const auto& [method, cents] : sums.payments)
            e.payments.push_back({core::payment_method_from_code(method).value_or(core::PaymentMethod::Cash),
                                  core::Money::from_cents(cents)});
        e.grand_total = grand_total;
        sign_closure(store, append_entry(store, e));
    }
    return static_cast<int>(months.size());
}

std::optional<storage::JournalRecord> last_record_of_kind(storage::Store& store, const std::string& kind) {
    auto head = store.journal().head();
    if (!head) return std::nullopt;
    constexpr int page = 256;
    for (std::int64_t to = head->sequence; to >= 1; to -= page) {
        const std::int64_t from = std::max<std::int64_t>(1, to - page + 1);
        auto records = store.journal().range(from, static_cast<int>(to - from + 1));
        for (auto it = records.rbegin(); it != records.rend(); ++it)
            if (it->kind == kind) return *it;
    }
    return std::nullopt;
}

core::Money perpetual_grand_total(storage::Store& store) {
    if (const auto closure = last_record_of_kind(store, "closure")) return grand_total_of(*closure);
    const auto carried = live_start(store, first_live_sequence(store));
    return carried ? carried->grand_total : core::Money();
}

core::Money grand_total_of(const storage::JournalRecord& record) {
    const auto parsed = payload_fields(record);
    if (record.kind != "closure" || !parsed || parsed->fields[11].empty()) return {};
    return core::Money::from_cents(std::stoll(parsed->fields[11]));
}

JournalVerification verify_records(const std::vector<storage::JournalRecord>& records, const ChainState& start) {
    ChainChecker checker(start);
    for (const auto& r : records)
        if (!checker.check(r)) break;
    return checker.result();
}

JournalVerification verify_journal(storage::Store& store, const std::function<void(const storage::JournalRecord&)>& each) {
    const std::int64_t first_sequence = first_live_sequence(store);
    const auto start = live_start(store, first_sequence);
    // Without a start the check still runs from record 1, so the audit sees every record.
    ChainChecker checker(start.value_or(ChainState{}));
    const auto finished = [&] {
        JournalVerification result = checker.result();
        if (!start && !result.ok && result.first_broken_sequence == 1)
            result.reason = core::tr("les enregistrements n° 1 à {0} ne sont plus dans la base et aucun enregistrement "
                                     "d'archivage ne les couvre",
                                     first_sequence - 1);
        return result;
    };
    bool checking = true;
    constexpr int page = 1000;
    for (std::int64_t from = first_sequence;; from += page) {
        auto records = store.journal().range(from, page);
        for (const auto& r : records) {
            if (checking) checking = checker.check(r);
            if (each) each(r);
            else if (!checking) return finished();
        }
        if (records.size() < static_cast<std::size_t>(page)) return finished();
    }
}

} // namespace cabas::services::till
