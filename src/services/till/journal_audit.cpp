// The full audit of the journal against the tables (see journal_audit.hpp). The journal is read
// once, for its chain and into what each record states; then sessions and sales are read page by page and each one
// is compared with its record, field by field, so the message names what was changed.
#include "services/till/journal_audit.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
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
    if (value.empty()) return core::tr("(rien)");
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
    std::string tables_place() const override { return core::tr("dans la base"); }

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
                problem(core::tr("enregistrement n° {0} : la vente {1} qu'il certifie n'est plus {2}", stated.sequence,
                                 shown_key(key), m_place));
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
                problem(core::tr("enregistrement n° {0} : la vente {1} a déjà un enregistrement (n° {2})", r.sequence,
                                 shown_key(key), m_sales.at(key).sequence));
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
            const std::string name = core::tr("session {0} ({1})", s.id, s.till_id);
            auto it = m_closures.find(std::to_string(s.id));
            if (!s.closed_at) {
                if (it != m_closures.end())
                    problem(core::tr("{0} : ouverte {1}, close au journal (enregistrement n° {2})", name, m_place,
                                     it->second.sequence));
                continue;
            }
            if (it == m_closures.end()) {
                problem(core::tr("{0} : close {1} sans clôture au journal", name, m_place));
                continue;
            }
            it->second.matched = true;
            const auto& f = it->second.payload.fields;
            const std::string where = core::tr("{0} (enregistrement n° {1})", name, it->second.sequence);
            if (f[3] != s.till_id) problem(at(where, differs(core::tr("caisse"), s.till_id, f[3], Unit::Plain)));
            if (!it->second.payload.legacy) compare_parts(where, session_extra_text(s), it->second.payload.extra(), ';',
                                                          session_extra_names(), {Unit::Euros, Unit::Euros, Unit::Plain, Unit::Plain});
        }
        for (const auto& [id, stated] : m_closures)
            if (!stated.matched)
                problem(core::tr("enregistrement n° {0} : la session {1} qu'il clôt n'est plus close {2}", stated.sequence,
                                 id, m_place));
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
            problem(core::tr("vente {0} (id {1}) : aucun enregistrement au journal", shown_key(key), sale.id));
            return;
        }
        Stated& stated = it->second;
        stated.matched = true;
        const auto& f = stated.payload.fields;
        const std::string where = core::tr("vente {0} (enregistrement n° {1})", shown_key(key), stated.sequence);
        const std::string kind = sale.corrects_sale_id ? "correction" : "sale";
        if (stated.kind != kind) problem(at(where, differs(core::tr("nature"), kind, stated.kind, Unit::Plain)));
        if (f[2] != sale.sold_at) problem(at(where, differs(core::tr("heure"), sale.sold_at, f[2], Unit::Plain)));
        if (f[5] != sale.household_code) problem(at(where, differs(core::tr("foyer"), sale.household_code, f[5], Unit::Plain)));
        const std::string value = std::to_string(sale.total_value.cents()), paid = std::to_string(sale.total_paid.cents());
        if (f[6] != value) problem(at(where, differs(core::tr("valeur totale"), value, f[6], Unit::Euros)));
        if (f[7] != paid) problem(at(where, differs(core::tr("total payé"), paid, f[7], Unit::Euros)));
        if (stated.payload.legacy) {
            static const std::vector<std::string> legacy_names{core::to_translate("produit"), core::to_translate("quantité"),
                                                               core::to_translate("valeur"), core::to_translate("payé")};
            compare_parts(where, legacy_lines_text(sale.lines), f[8], Items::Lines, legacy_names,
                          {Unit::Plain, Unit::Plain, Unit::Euros, Unit::Euros});
        } else {
            compare_parts(where, lines_text(sale.lines), f[8], Items::Lines, line_field_names(),
                          {Unit::Plain, Unit::Plain, Unit::Plain, Unit::Euros, Unit::Rate, Unit::Euros, Unit::Plain});
            compare_parts(where, sale_extra_text(sale), stated.payload.extra(), ';', sale_extra_names(),
                          {Unit::Euros, Unit::Plain});
        }
        static const std::vector<std::string> payment_names{core::to_translate("moyen"), core::to_translate("montant")};
        compare_parts(where, payments_text(sale.payments), f[9], Items::Payments, payment_names, {Unit::Plain, Unit::Euros});
        const std::string corrects =
            sale.corrects_sale_id ? (m_numbers.count(*sale.corrects_sale_id) ? std::to_string(m_numbers[*sale.corrects_sale_id])
                                                                             : "id " + std::to_string(*sale.corrects_sale_id))
                                  : std::string();
        if (f[10] != corrects) problem(at(where, differs(core::tr("vente corrigée"), corrects, f[10], Unit::Plain)));
    }

    enum class Items { Lines, Payments };

    /// Compares ';'-separated items of ':'-separated fields: "ligne 2 : quantité 3 dans la base, 2 au journal".
    /// `names` are the French field names, translated when a difference is told.
    void compare_parts(const std::string& where, const std::string& tables, const std::string& journal, Items items,
                       const std::vector<std::string>& names, const std::vector<Unit>& units) {
        if (tables == journal) return;
        const bool lines = items == Items::Lines;
        const auto a = split_text(tables, ';'), b = split_text(journal, ';');
        if (a.size() != b.size()) {
            problem(at(where, differs(lines ? core::tr("nombre de lignes") : core::tr("nombre de paiements"),
                                      std::to_string(a.size()), std::to_string(b.size()), Unit::Plain)));
            return;
        }
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i]) {
                compare_fields(at(where, lines ? core::tr("ligne {0}", i + 1) : core::tr("paiement {0}", i + 1)),
                               split_text(a[i], ':'), split_text(b[i], ':'), names, units);
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
                problem(at(where, differs(core::tr(names[k]), x, y, units[k])));
                return;
            }
        }
        problem(core::tr("{0} : contenu différent du journal", where));
    }

    void check_signatures() {
        const std::int64_t unsigned_until = m_source.unsigned_until();
        std::optional<std::string> local_key;
        if (m_seal)
            if (const auto key = JournalKey::load(m_seal->key_path)) local_key = key->public_key_hex();
        std::set<std::int64_t> signed_records;
        for (const auto& s : m_source.signatures()) {
            if (!m_signable.count(s.sequence)) {
                problem(core::tr("signature de l'enregistrement n° {0} : ce n'est pas une clôture", s.sequence));
                continue;
            }
            if (!signature_valid(s.public_key, m_hashes[s.sequence], s.signature)) {
                problem(core::tr("signature de l'enregistrement n° {0} : signature fausse (la clôture a été réécrite, ou la "
                                 "signature)",
                                 s.sequence));
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
            else problem(core::tr("clôture n° {0} : non signée", sequence));
        }
        if (legacy > 0)
            m_result.notes.push_back(core::tr(
                "{0} clôture(s) écrite(s) avant la signature des clôtures (version antérieure) : non signées", legacy));
        if (m_seal && !local_key)
            m_result.notes.push_back(core::tr("pas de clé de signature sur ce poste (« {0} ») : les signatures sont vérifiées "
                                              "avec les clés que la base nomme",
                                              m_seal->key_path));
    }

    void check_anchor() {
        if (!m_seal) return;
        std::optional<Anchor> anchor;
        try {
            anchor = read_anchor(m_seal->anchor_path);
        } catch (const ValidationError& e) {
            problem(core::tr("ancre {0}", e.what()));
            return;
        }
        if (!anchor) {
            m_result.notes.push_back(core::tr("pas d'ancre sur ce poste (« {0} ») : une suppression en fin de journal ne "
                                              "peut pas être vue",
                                              m_seal->anchor_path));
            return;
        }
        if (anchor->sequence == 0) return;
        const auto it = m_hashes.find(anchor->sequence);
        if (it == m_hashes.end())
            problem(core::tr("fin du journal : ce poste a écrit jusqu'à l'enregistrement n° {0}, la base s'arrête au n° {1} "
                             "(enregistrements supprimés en fin de journal)",
                             anchor->sequence, m_hashes.empty() ? std::int64_t{0} : m_hashes.rbegin()->first));
        else if (it->second != anchor->hash)
            problem(core::tr("enregistrement n° {0} : ce n'est plus celui que ce poste a écrit (empreinte {1} attendue, {2} "
                             "trouvée)",
                             anchor->sequence, short_hash(anchor->hash), short_hash(it->second)));
    }

    /// "where : what was found", the colon as each language writes it.
    static std::string at(const std::string& where, const std::string& text) { return core::tr("{0} : {1}", where, text); }

    /// The key "caisse-1 n° 12" as the reader's language writes a till's sale number.
    static std::string shown_key(const std::string& key) {
        const std::size_t cut = key.rfind(" n° ");
        if (cut == std::string::npos) return key;
        return core::tr("{0} n° {1}", key.substr(0, cut), key.substr(cut + std::string_view(" n° ").size()));
    }

    std::string differs(const std::string& what, const std::string& in_tables, const std::string& in_journal,
                        Unit unit) const {
        return core::tr("{0} : {1} {2}, {3} au journal", what, shown(in_tables, unit), m_place, shown(in_journal, unit));
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
