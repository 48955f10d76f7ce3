// Household files in SQLite: the households row, its referrer, and the members, resources and
// charges rows, always written and read together inside one transaction.
#include "storage/random_code.hpp"
#include "core/messages.hpp"
#include "storage/sqlite_repositories.hpp"
#include "storage/sqlite_support.hpp"

namespace cabas::storage {

namespace {

using core::HouseholdFile;

constexpr const char* select_household = R"sql(
SELECT h.id, h.file_number, h.pseudonym, h.sales_code, h.type, h.neighbourhood, h.address, h.housing,
       h.main_resource, h.attested_qf_cents, h.commission_rate_bp, h.fse_disability, h.fse_nationality,
       h.fse_homeless, h.project_type, h.project_description, h.project_target_cents, h.notes,
       r.id, r.organisation, r.social_worker, r.kind, h.referral_on, h.referred_by, h.referral_reason
FROM households h LEFT JOIN referrers r ON r.id = h.referrer_id
)sql";

std::optional<std::int64_t> referrer_id_for(SQLite::Database& c, const std::optional<core::Referrer>& referrer) {
    if (!referrer) return std::nullopt;
    if (referrer->organisation.empty())
        throw ValidationError("referrer.organisation", core::tr("organisation manquante"));
    auto found = sql::query(c, "SELECT id FROM referrers WHERE organisation = ? AND social_worker = ?",
                            referrer->organisation, referrer->social_worker);
    if (found.executeStep()) return found.getColumn(0).getInt64();
    return sql::insert(c, "INSERT INTO referrers (organisation, social_worker, kind) VALUES (?, ?, ?)",
                       referrer->organisation, referrer->social_worker, referrer->kind);
}

void insert_lines(SQLite::Database& c, std::int64_t id, const core::HouseholdComposition& comp) {
    int pos = 0;
    for (const auto& m : comp.members)
        sql::execute(c,
                     "INSERT INTO members (household_id, position, first_name, last_name, birth_date, sex, "
                     "relationship, disabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     id, ++pos, m.first_name, m.last_name, m.birth_date, core::to_code(m.sex),
                     core::to_code(m.relationship), m.disabled);
    pos = 0;
    for (const auto& r : comp.resources)
        sql::execute(c,
                     "INSERT INTO resources (household_id, position, kind, monthly_cents, label) VALUES (?, ?, ?, ?, ?)",
                     id, ++pos, core::to_code(r.kind), r.monthly, r.label);
    pos = 0;
    for (const auto& ch : comp.charges)
        sql::execute(c,
                     "INSERT INTO charges (household_id, position, kind, monthly_cents, label) VALUES (?, ?, ?, ?, ?)",
                     id, ++pos, core::to_code(ch.kind), ch.monthly, ch.label);
}

void read_lines(SQLite::Database& c, HouseholdFile& f) {
    auto m = sql::query(c,
                        "SELECT first_name, last_name, birth_date, sex, relationship, disabled FROM members "
                        "WHERE household_id = ? ORDER BY position",
                        f.id);
    while (m.executeStep()) {
        core::Member member;
        member.first_name = sql::text(m.getColumn(0));
        member.last_name = sql::text(m.getColumn(1));
        member.birth_date = sql::date(m.getColumn(2));
        member.sex = sql::code(m.getColumn(3), core::sex_from_code);
        member.relationship = sql::code(m.getColumn(4), core::relationship_from_code);
        member.disabled = sql::boolean(m.getColumn(5));
        f.composition.members.push_back(std::move(member));
    }
    auto r = sql::query(c, "SELECT kind, monthly_cents, label FROM resources WHERE household_id = ? ORDER BY position",
                        f.id);
    while (r.executeStep())
        f.composition.resources.push_back({sql::code(r.getColumn(0), core::resource_kind_from_code),
                                           sql::money(r.getColumn(1)), sql::text(r.getColumn(2))});
    auto ch = sql::query(c, "SELECT kind, monthly_cents, label FROM charges WHERE household_id = ? ORDER BY position",
                         f.id);
    while (ch.executeStep())
        f.composition.charges.push_back({sql::code(ch.getColumn(0), core::charge_kind_from_code),
                                         sql::money(ch.getColumn(1)), sql::text(ch.getColumn(2))});
}

HouseholdFile read_household(SQLite::Database& c, SQLite::Statement& s) {
    HouseholdFile f;
    f.id = s.getColumn(0).getInt64();
    f.file_number = sql::text(s.getColumn(1));
    f.pseudonym = sql::text(s.getColumn(2));
    f.sales_code = sql::text(s.getColumn(3));
    f.composition.type = sql::code(s.getColumn(4), core::household_type_from_code);
    f.neighbourhood = sql::text(s.getColumn(5));
    f.address = sql::text(s.getColumn(6));
    f.housing = sql::code(s.getColumn(7), core::housing_from_code);
    f.main_resource = sql::code(s.getColumn(8), core::main_resource_from_code);
    f.composition.attested_qf = sql::optional_money(s.getColumn(9));
    f.commission_rate = sql::optional_rate(s.getColumn(10));
    f.fse.disability = sql::boolean(s.getColumn(11));
    f.fse.nationality = sql::code(s.getColumn(12), core::nationality_from_code);
    f.fse.homeless = sql::boolean(s.getColumn(13));
    if (!s.getColumn(14).isNull())
        f.project = core::Project{sql::code(s.getColumn(14), core::project_type_from_code), sql::text(s.getColumn(15)),
                                  sql::money(s.getColumn(16))};
    f.notes = sql::text(s.getColumn(17));
    if (!s.getColumn(18).isNull())
        f.referrer = core::Referrer{s.getColumn(18).getInt64(), sql::text(s.getColumn(19)),
                                    sql::text(s.getColumn(20)), sql::text(s.getColumn(21))};
    f.referral = core::Referral{sql::date(s.getColumn(22)), sql::text(s.getColumn(23)), sql::text(s.getColumn(24))};
    read_lines(c, f);
    return f;
}

void check_file_number(SQLite::Database& c, const HouseholdFile& f) {
    if (f.file_number.empty()) throw ValidationError("file_number", core::tr("numéro de dossier manquant"));
    if (sql::exists(c, "SELECT 1 FROM households WHERE file_number = ? AND id <> ?", f.file_number, f.id))
        throw ValidationError("file_number", core::tr("le numéro de dossier « {0} » est déjà utilisé", f.file_number));
}

std::string new_sales_code(SQLite::Database& c) {
    // 64 random bits: a collision is astronomically unlikely, but checking costs one lookup.
    for (;;) {
        std::string code = random_hex(8);
        if (!sql::exists(c, "SELECT 1 FROM households WHERE sales_code = ?", code)) return code;
    }
}

/// Binds the columns shared by INSERT and UPDATE to parameters 1..20, in the order of the
/// column lists below.
void bind_household(SQLite::Statement& s, const HouseholdFile& f, std::optional<std::int64_t> referrer_id) {
    std::optional<std::string> project_type;
    if (f.project) project_type = core::to_code(f.project->type);
    sql::bind_all(s, f.file_number, f.pseudonym, core::to_code(f.composition.type), f.neighbourhood, f.address,
                  core::to_code(f.housing), core::to_code(f.main_resource), referrer_id, f.composition.attested_qf,
                  f.commission_rate, f.fse.disability, core::to_code(f.fse.nationality), f.fse.homeless, project_type,
                  f.project ? f.project->description : std::string(), f.project ? f.project->target : core::Money(),
                  f.notes, f.referral.on, f.referral.referred_by, f.referral.reason);
}

template <class T>
std::optional<HouseholdFile> find_by(Database& db, const char* column, const T& value) {
    return db.read([&]() -> std::optional<HouseholdFile> {
        auto& c = sql::conn(db);
        auto s = sql::query(c, (std::string(select_household) + "WHERE h." + column + " = ?").c_str(), value);
        if (!s.executeStep()) return std::nullopt;
        return read_household(c, s);
    });
}

} // namespace

std::int64_t SqliteHouseholdRepository::add(const HouseholdFile& file) {
    return m_db.write([&] {
        auto& c = sql::conn(m_db);
        HouseholdFile f = file;
        f.id = 0;
        check_file_number(c, f);
        if (f.sales_code.empty()) f.sales_code = new_sales_code(c);
        else if (sql::exists(c, "SELECT 1 FROM households WHERE sales_code = ?", f.sales_code))
            throw ValidationError("sales_code", core::tr("le code de vente « {0} » est déjà utilisé", f.sales_code));
        const auto referrer_id = referrer_id_for(c, f.referrer);
        SQLite::Statement s(c,
                            "INSERT INTO households (file_number, pseudonym, type, neighbourhood, address, housing, "
                            "main_resource, referrer_id, attested_qf_cents, commission_rate_bp, fse_disability, "
                            "fse_nationality, fse_homeless, project_type, project_description, project_target_cents, "
                            "notes, referral_on, referred_by, referral_reason, sales_code) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bind_household(s, f, referrer_id);
        s.bind(21, f.sales_code);
        s.exec();
        const std::int64_t id = c.getLastInsertRowid();
        insert_lines(c, id, f.composition);
        return id;
    });
}

void SqliteHouseholdRepository::update(const HouseholdFile& f) {
    m_db.write([&] {
        auto& c = sql::conn(m_db);
        if (!sql::exists(c, "SELECT 1 FROM households WHERE id = ?", f.id))
            throw ValidationError("id", core::tr("foyer inconnu (n° {0})", f.id));
        check_file_number(c, f);
        const auto referrer_id = referrer_id_for(c, f.referrer);
        SQLite::Statement s(c,
                            "UPDATE households SET file_number = ?, pseudonym = ?, type = ?, neighbourhood = ?, "
                            "address = ?, housing = ?, main_resource = ?, referrer_id = ?, attested_qf_cents = ?, "
                            "commission_rate_bp = ?, fse_disability = ?, fse_nationality = ?, fse_homeless = ?, "
                            "project_type = ?, project_description = ?, project_target_cents = ?, notes = ?, "
                            "referral_on = ?, referred_by = ?, referral_reason = ? WHERE id = ?");
        bind_household(s, f, referrer_id);
        s.bind(21, f.id);
        s.exec();
        for (const char* table : {"members", "resources", "charges"})
            sql::execute(c, (std::string("DELETE FROM ") + table + " WHERE household_id = ?").c_str(), f.id);
        insert_lines(c, f.id, f.composition);
    });
}

std::optional<HouseholdFile> SqliteHouseholdRepository::get(std::int64_t id) { return find_by(m_db, "id", id); }

std::optional<HouseholdFile> SqliteHouseholdRepository::find_by_file_number(const std::string& file_number) {
    return find_by(m_db, "file_number", file_number);
}

std::optional<HouseholdFile> SqliteHouseholdRepository::find_by_sales_code(const std::string& sales_code) {
    return find_by(m_db, "sales_code", sales_code);
}

std::vector<HouseholdSummary> SqliteHouseholdRepository::list() {
    return m_db.read([&] {
        // Same rule as HouseholdFile::display_name(): pseudonym, else the applicant, else the
        // first member.
        auto s = sql::query(sql::conn(m_db), R"sql(
SELECT h.id, h.file_number,
       COALESCE(NULLIF(h.pseudonym, ''),
                (SELECT m.first_name FROM members m WHERE m.household_id = h.id
                 ORDER BY m.relationship = ? DESC, m.position LIMIT 1), ''),
       h.last_contact_on
FROM households h ORDER BY h.file_number)sql",
                            core::to_code(core::Relationship::Applicant));
        std::vector<HouseholdSummary> out;
        while (s.executeStep())
            out.push_back({s.getColumn(0).getInt64(), sql::text(s.getColumn(1)), sql::text(s.getColumn(2)),
                           sql::optional_date(s.getColumn(3))});
        return out;
    });
}

void SqliteHouseholdRepository::touch_contact(std::int64_t id, core::Date on) {
    m_db.write([&] {
        // Never moves the date backwards: an old interview typed in late is not a new contact.
        sql::execute(sql::conn(m_db),
                     "UPDATE households SET last_contact_on = ? WHERE id = ? "
                     "AND (last_contact_on IS NULL OR last_contact_on < ?)",
                     on, id, on);
    });
}

std::int64_t SqliteHouseholdRepository::count() {
    return m_db.read([&] { return sql::conn(m_db).execAndGet("SELECT COUNT(*) FROM households").getInt64(); });
}

} // namespace cabas::storage
