// The full audit of the journal against the tables (see journal_audit.hpp). The journal is read
// once, for its chain and into what each record states; then sessions and sales are read page by page and each one
// is compared with its record, field by field, so the message names what was changed.
#include "services/till/journal_audit.hpp"

#include "core/error.hpp"
#include "services/till/journal_content.hpp"
#include "storage/store.hpp"

#include <charconv>
#include <map>
#include <set>

namespace cabas::services::till {

namespace {

/// What one record states, kept for the comparison with the tables.
struct Stated {
    std::int64_t sequence = 0;
    std::string kind;
    PayloadFields payload;
    bool matched = false;
};

enum class Unit { Plain, Euros, Rate };

std::string shown(const std::string& value, Unit unit) {
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (value.empty()) return "(rien)";
    if (ec != std::errc() || end != value.data() + value.size() || unit == Unit::Plain) return value;
    if (unit == Unit::Euros) return core::format_euros(core::Money::from_cents(n));
    return core::format_percent(core::Rate{static_cast<std::int32_t>(n)});
}

/// The live database as the audit reads it.
class StoreSource final : public AuditSource {
public:
    explicit StoreSource(storage::Store& store) : m_store(store) {}
    JournalVerification chain(const std::function<void(const storage::JournalRecord&)>& each) override {
        return verify_journal(m_store, each);
    }
    std::vector<storage::TillSession> sessions() override { return m_store.sales().sessions(); }
    std::vector<storage::SaleRecord> sales_page(std::int64_t after_id, int limit) override {
        return m_store.sales().sales_page(after_id, limit);
    }
    std::vector<storage::JournalSignature> signatures() override { return m_store.journal().signatures(); }
    std::int64_t unsigned_until() override { return m_store.journal().unsigned_until(); }
    std::string tables_place() const override { return "dans la base"; }

private:
    storage::Store& m_store;
};

class Audit {
public:
    Audit(AuditSource& source, const std::optional<SealFiles>& seal)
        : m_source(source), m_seal(seal), m_place(source.tables_place()) {}

    JournalAudit run() {
        m_result.chain = m_source.chain([this](const storage::JournalRecord& r) { note_record(r); });
        check_sessions();
        check_sales();
        for (const auto& [key, stated] : m_sales)
            if (!stated.matched)
                problem("enregistrement n° " + std::to_string(stated.sequence) + " : la vente " + key +
                        " qu'il certifie n'est plus " + m_place);
        check_signatures();
        check_anchor();
        return m_result;
    }

private:
    void problem(std::string text) {
        if (m_result.problems.size() < kMaxProblems) m_result.problems.push_back(std::move(text));
        else ++m_result.more_problems;
    }

    void note_record(const storage::JournalRecord& r) {
        m_hashes[r.sequence] = r.hash;
        const auto parsed = payload_fields(r);
        if (!parsed) return;  // the chain check has named it
        Stated stated{r.sequence, r.kind, *parsed};
        const auto& f = parsed->fields;
        if (r.kind == "sale" || r.kind == "correction") {
            const std::string key = f[3] + " n° " + f[4];
            if (!m_sales.emplace(key, stated).second)
                problem("enregistrement n° " + std::to_string(r.sequence) + " : la vente " + key +
                        " a déjà un enregistrement (n° " + std::to_string(m_sales.at(key).sequence) + ")");
        } else if (r.kind == "closure") {
            m_closures.emplace(f[4], stated);
            m_signable.insert(r.sequence);
        } else if (r.kind == "monthly_closure" || r.kind == "archive") {
            m_signable.insert(r.sequence);
        }
    }

    void check_sessions() {
        for (const auto& s : m_source.sessions()) {
            m_tills[s.id] = s.till_id;
            ++m_result.sessions_checked;
            const std::string name = "session " + std::to_string(s.id) + " (" + s.till_id + ")";
            auto it = m_closures.find(std::to_string(s.id));
            if (!s.closed_at) {
                if (it != m_closures.end())
                    problem(name + " : ouverte " + m_place + ", close au journal (enregistrement n° " +
                            std::to_string(it->second.sequence) + ")");
                continue;
            }
            if (it == m_closures.end()) {
                problem(name + " : close " + m_place + " sans clôture au journal");
                continue;
            }
            it->second.matched = true;
            const auto& f = it->second.payload.fields;
            const std::string where = name + " (enregistrement n° " + std::to_string(it->second.sequence) + ")";
            if (f[3] != s.till_id) problem(where + " : " + differs("caisse", s.till_id, f[3], Unit::Plain));
            if (!it->second.payload.legacy) compare_parts(where, session_extra_text(s), it->second.payload.extra(), ';',
                                                          session_extra_names(), {Unit::Euros, Unit::Euros, Unit::Plain, Unit::Plain});
        }
        for (const auto& [id, stated] : m_closures)
            if (!stated.matched)
                problem("enregistrement n° " + std::to_string(stated.sequence) + " : la session " + id +
                        " qu'il clôt n'est plus close " + m_place);
    }

    void check_sales() {
        constexpr int page = 500;
        for (std::int64_t after = 0;;) {
            const auto sales = m_source.sales_page(after, page);
            for (const auto& sale : sales) {
                check_sale(sale);
                after = sale.id;
            }
            if (sales.size() < static_cast<std::size_t>(page)) return;
        }
    }

    void check_sale(const storage::SaleRecord& sale) {
        ++m_result.sales_checked;
        const std::string till = m_tills.count(sale.session_id) ? m_tills[sale.session_id] : "?";
        m_numbers[sale.id] = sale.sequence;
        const std::string key = till + " n° " + std::to_string(sale.sequence);
        auto it = m_sales.find(key);
        if (it == m_sales.end()) {
            problem("vente " + key + " (id " + std::to_string(sale.id) + ") : aucun enregistrement au journal");
            return;
        }
        Stated& stated = it->second;
        stated.matched = true;
        const auto& f = stated.payload.fields;
        const std::string where = "vente " + key + " (enregistrement n° " + std::to_string(stated.sequence) + ")";
        const std::string kind = sale.corrects_sale_id ? "correction" : "sale";
        if (stated.kind != kind) problem(where + " : " + differs("nature", kind, stated.kind, Unit::Plain));
        if (f[2] != sale.sold_at) problem(where + " : " + differs("heure", sale.sold_at, f[2], Unit::Plain));
        if (f[5] != sale.household_code) problem(where + " : " + differs("foyer", sale.household_code, f[5], Unit::Plain));
        const std::string value = std::to_string(sale.total_value.cents()), paid = std::to_string(sale.total_paid.cents());
        if (f[6] != value) problem(where + " : " + differs("valeur totale", value, f[6], Unit::Euros));
        if (f[7] != paid) problem(where + " : " + differs("total payé", paid, f[7], Unit::Euros));
        if (stated.payload.legacy) {
            compare_parts(where, legacy_lines_text(sale.lines), f[8], "ligne",
                          {"produit", "quantité", "valeur", "payé"}, {Unit::Plain, Unit::Plain, Unit::Euros, Unit::Euros});
        } else {
            compare_parts(where, lines_text(sale.lines), f[8], "ligne", line_field_names(),
                          {Unit::Plain, Unit::Plain, Unit::Plain, Unit::Euros, Unit::Rate, Unit::Euros, Unit::Plain});
            compare_parts(where, sale_extra_text(sale), stated.payload.extra(), ';', sale_extra_names(),
                          {Unit::Euros, Unit::Plain});
        }
        compare_parts(where, payments_text(sale.payments), f[9], "paiement", {"moyen", "montant"}, {Unit::Plain, Unit::Euros});
        const std::string corrects =
            sale.corrects_sale_id ? (m_numbers.count(*sale.corrects_sale_id) ? std::to_string(m_numbers[*sale.corrects_sale_id])
                                                                             : "id " + std::to_string(*sale.corrects_sale_id))
                                  : std::string();
        if (f[10] != corrects) problem(where + " : " + differs("vente corrigée", corrects, f[10], Unit::Plain));
    }

    /// Compares ';'-separated items of ':'-separated fields: "ligne 2 : quantité 3 dans la base, 2 au journal".
    void compare_parts(const std::string& where, const std::string& tables, const std::string& journal,
                       const std::string& item, const std::vector<std::string>& names, const std::vector<Unit>& units) {
        if (tables == journal) return;
        const auto a = split_text(tables, ';'), b = split_text(journal, ';');
        if (a.size() != b.size()) {
            problem(where + " : " + differs("nombre de " + item + "s", std::to_string(a.size()), std::to_string(b.size()),
                                            Unit::Plain));
            return;
        }
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i]) {
                compare_fields(where + " : " + item + " " + std::to_string(i + 1), split_text(a[i], ':'),
                               split_text(b[i], ':'), names, units);
                return;
            }
    }

    /// The same for one ';'-separated list of named fields (a sale's or a session's extra).
    void compare_parts(const std::string& where, const std::string& tables, const std::string& journal, char separator,
                       const std::vector<std::string>& names, const std::vector<Unit>& units) {
        if (tables == journal) return;
        compare_fields(where, split_text(tables, separator), split_text(journal, separator), names, units);
    }

    void compare_fields(const std::string& where, const std::vector<std::string>& a, const std::vector<std::string>& b,
                        const std::vector<std::string>& names, const std::vector<Unit>& units) {
        for (std::size_t k = 0; k < names.size(); ++k) {
            const std::string x = k < a.size() ? a[k] : "", y = k < b.size() ? b[k] : "";
            if (x != y) {
                problem(where + " : " + differs(names[k], x, y, units[k]));
                return;
            }
        }
        problem(where + " : contenu différent du journal");
    }

    void check_signatures() {
        const std::int64_t unsigned_until = m_source.unsigned_until();
        std::optional<std::string> local_key;
        if (m_seal)
            if (const auto key = JournalKey::load(m_seal->key_path)) local_key = key->public_key_hex();
        std::set<std::int64_t> signed_records;
        for (const auto& s : m_source.signatures()) {
            const std::string where = "signature de l'enregistrement n° " + std::to_string(s.sequence);
            if (!m_signable.count(s.sequence)) {
                problem(where + " : ce n'est pas une clôture");
                continue;
            }
            if (!signature_valid(s.public_key, m_hashes[s.sequence], s.signature)) {
                problem(where + " : signature fausse (la clôture a été réécrite, ou la signature)");
                continue;
            }
            signed_records.insert(s.sequence);
            ++m_result.signatures_checked;
            if (local_key && s.public_key == *local_key) ++m_result.signed_by_this_key;
        }
        std::int64_t legacy = 0;
        for (const std::int64_t sequence : m_signable) {
            if (signed_records.count(sequence)) continue;
            if (sequence <= unsigned_until) ++legacy;
            else problem("clôture n° " + std::to_string(sequence) + " : non signée");
        }
        if (legacy > 0)
            m_result.notes.push_back(std::to_string(legacy) +
                                     " clôture(s) écrite(s) avant la signature des clôtures (version antérieure) : non signées");
        if (m_seal && !local_key)
            m_result.notes.push_back("pas de clé de signature sur ce poste (« " + m_seal->key_path +
                                     " ») : les signatures sont vérifiées avec les clés que la base nomme");
    }

    void check_anchor() {
        if (!m_seal) return;
        std::optional<Anchor> anchor;
        try {
            anchor = read_anchor(m_seal->anchor_path);
        } catch (const ValidationError& e) {
            problem("ancre " + std::string(e.what()));
            return;
        }
        if (!anchor) {
            m_result.notes.push_back("pas d'ancre sur ce poste (« " + m_seal->anchor_path +
                                     " ») : une suppression en fin de journal ne peut pas être vue");
            return;
        }
        if (anchor->sequence == 0) return;
        const auto it = m_hashes.find(anchor->sequence);
        if (it == m_hashes.end())
            problem("fin du journal : ce poste a écrit jusqu'à l'enregistrement n° " + std::to_string(anchor->sequence) +
                    ", la base s'arrête au n° " + std::to_string(m_hashes.empty() ? 0 : m_hashes.rbegin()->first) +
                    " (enregistrements supprimés en fin de journal)");
        else if (it->second != anchor->hash)
            problem("enregistrement n° " + std::to_string(anchor->sequence) +
                    " : ce n'est plus celui que ce poste a écrit (empreinte " + short_hash(anchor->hash) + " attendue, " +
                    short_hash(it->second) + " trouvée)");
    }

    std::string differs(const std::string& what, const std::string& in_tables, const std::string& in_journal,
                        Unit unit) const {
        return what + " : " + shown(in_tables, unit) + " " + m_place + ", " + shown(in_journal, unit) + " au journal";
    }

    AuditSource& m_source;
    const std::optional<SealFiles>& m_seal;
    std::string m_place;
    JournalAudit m_result;
    std::map<std::int64_t, std::string> m_hashes;       ///< sequence → hash, every record
    std::map<std::string, Stated> m_sales;             ///< "caisse-1 n° 12" → its record
    std::map<std::string, Stated> m_closures;          ///< session id → its closure record
    std::set<std::int64_t> m_signable;                 ///< closure and monthly closure sequences
    std::map<std::int64_t, std::string> m_tills;        ///< session id → till
    std::map<std::int64_t, std::int64_t> m_numbers;     ///< sale id → its till number
};

} // namespace

JournalAudit audit_source(AuditSource& source, const std::optional<SealFiles>& seal) { return Audit(source, seal).run(); }

JournalAudit audit_journal(storage::Store& store, const std::optional<SealFiles>& seal) {
    StoreSource source(store);
    return Audit(source, seal).run();
}

} // namespace cabas::services::till
