// Household files in PostgreSQL: the households row, its referrer, and the members, resources
// and charges rows, always written and read together inside one transaction.
#include "storage/postgres_repositories.hpp"
#include "core/messages.hpp"
#include "storage/postgres_support.hpp"
#include "storage/random_code.hpp"

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

std::optional<std::int64_t> referrer_id_for(PgDatabase& db, const std::optional<core::Referrer>& referrer) {
    if (!referrer) return std::nullopt;
    if (referrer->organisation.empty())
        throw ValidationError("referrer.organisation", core::tr("organisation manquante"));
    const auto found = pg::query(db, "SELECT id FROM referrers WHERE organisation = $1 AND social_worker = $2",
                                 referrer->organisation, referrer->social_worker);
    if (!found.empty()) return pg::integer(found[0][0]);
    return pg::insert(db, "INSERT INTO referrers (organisation, social_worker, kind) VALUES ($1, $2, $3) RETURNING id",
                      referrer->organisation, referrer->social_worker, referrer->kind);
}

void insert_lines(PgDatabase& db, std::int64_t id, const core::HouseholdComposition& comp) {
    int pos = 0;
    for (const auto& m : comp.members)
        pg::execute(db,
                    "INSERT INTO members (household_id, position, first_name, last_name, birth_date, sex, relationship, "
                    "disabled) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    id, ++pos, m.first_name, m.last_name, m.birth_date, core::to_code(m.sex),
                    core::to_code(m.relationship), m.disabled);
    pos = 0;
    for (const auto& r : comp.resources)
        pg::execute(db,
                    "INSERT INTO resources (household_id, position, kind, monthly_cents, label) VALUES ($1, $2, $3, $4, $5)",
                    id, ++pos, core::to_code(r.kind), r.monthly, r.label);
    pos = 0;
    for (const auto& ch : comp.charges)
        pg::execute(db,
                    "INSERT INTO charges (household_id, position, kind, monthly_cents, label) VALUES ($1, $2, $3, $4, $5)",
                    id, ++pos, core::to_code(ch.kind), ch.monthly, ch.label);
}

void read_lines(PgDatabase& db, HouseholdFile& f) {
    for (const auto& m : pg::query(db,
                                   "SELECT first_name, last_name, birth_date, sex, relationship, disabled FROM members "
                                   "WHERE household_id = $1 ORDER BY position",
                                   f.id)) {
        core::Member member;
        member.first_name = pg::text(m[0]);
        member.last_name = pg::text(m[1]);
        member.birth_date = pg::date(m[2]);
        member.sex = pg::code(m[3], core::sex_from_code);
        member.relationship = pg::code(m[4], core::relationship_from_code);
        member.disabled = pg::boolean(m[5]);
        f.composition.members.push_back(std::move(member));
    }
    for (const auto& r : pg::query(db, "SELECT kind, monthly_cents, label FROM resources WHERE household_id = $1 ORDER BY position",
                                   f.id))
        f.composition.resources.push_back({pg::code(r[0], core::resource_kind_from_code), pg::money(r[1]), pg::text(r[2])});
    for (const auto& ch : pg::query(db, "SELECT kind, monthly_cents, label FROM charges WHERE household_id = $1 ORDER BY position",
                                    f.id))
        f.composition.charges.push_back({pg::code(ch[0], core::charge_kind_from_code), pg::money(ch[1]), pg::text(ch[2])});
}

HouseholdFile read_household(PgDatabase& db, const pqxx::row& s) {
    HouseholdFile f;
    f.id = pg::integer(s[0]);
    f.file_number = pg::text(s[1]);
    f.pseudonym = pg::text(s[2]);
    f.sales_code = pg::text(s[3]);
    f.composition.type = pg::code(s[4], core::household_type_from_code);
    f.neighbourhood = pg::text(s[5]);
    f.address = pg::text(s[6]);
    f.housing = pg::code(s[7], core::housing_from_code);
    f.main_resource = pg::code(s[8], core::main_resource_from_code);
    f.composition.attested_qf = pg::optional_money(s[9]);
    f.commission_rate = pg::optional_rate(s[10]);
    f.fse.disability = pg::boolean(s[11]);
    f.fse.nationality = pg::code(s[12], core::nationality_from_code);
    f.fse.homeless = pg::boolean(s[13]);
    if (!s[14].is_null())
        f.project = core::Project{pg::code(s[14], core::project_type_from_code), pg::text(s[15]), pg::money(s[16])};
    f.notes = pg::text(s[17]);
    if (!s[18].is_null()) f.referrer = core::Referrer{pg::integer(s[18]), pg::text(s[19]), pg::text(s[20]), pg::text(s[21])};
    f.referral = core::Referral{pg::date(s[22]), pg::text(s[23]), pg::text(s[24])};
    read_lines(db, f);
    return f;
}

void check_file_number(PgDatabase& db, const HouseholdFile& f) {
    if (f.file_number.empty()) throw ValidationError("file_number", core::tr("numéro de dossier manquant"));
    if (pg::exists(db, "SELECT 1 FROM households WHERE file_number = $1 AND id <> $2", f.file_number, f.id))
        throw ValidationError("file_number", core::tr("le numéro de dossier « {0} » est déjà utilisé", f.file_number));
}

std::string new_sales_code(PgDatabase& db) {
    for (;;) {
        std::string code = random_hex(8);
        if (!pg::exists(db, "SELECT 1 FROM households WHERE sales_code = $1", code)) return code;
    }
}

/// The values of the columns shared by INSERT and UPDATE, as parameters $1..$20 in the order of
/// the column lists below.
std::vector<pg::Param> household_params(const HouseholdFile& f, std::optional<std::int64_t> referrer_id) {
    std::optional<std::string> project_type;
    if (f.project) project_type = core::to_code(f.project->type);
    return {pg::param(f.file_number), pg::param(f.pseudonym), pg::param(core::to_code(f.composition.type)),
            pg::param(f.neighbourhood), pg::param(f.address), pg::param(core::to_code(f.housing)),
            pg::param(core::to_code(f.main_resource)), pg::param(referrer_id), pg::param(f.composition.attested_qf),
            pg::param(f.commission_rate), pg::param(f.fse.disability), pg::param(core::to_code(f.fse.nationality)),
            pg::param(f.fse.homeless), pg::param(project_type),
            pg::param(f.project ? f.project->description : std::string()),
            pg::param(f.project ? f.project->target : core::Money()), pg::param(f.notes),
            pg::param(f.referral.on), pg::param(f.referral.referred_by), pg::param(f.referral.reason)};
}

template <class T>
std::optional<HouseholdFile> find_by(PgDatabase& db, const char* column, const T& value) {
    return db.read([&]() -> std::optional<HouseholdFile> {
        const auto r = pg::query(db, std::string(select_household) + "WHERE h." + column + " = $1", value);
        if (r.empty()) return std::nullopt;
        return read_household(db, r[0]);
    });
}

} // namespace

std::int64_t PgHouseholdRepository::add(const HouseholdFile& file) {
    return m_db.write([&] {
        HouseholdFile f = file;
        f.id = 0;
        check_file_number(m_db, f);
        if (f.sales_code.empty()) f.sales_code = new_sales_code(m_db);
        else if (pg::exists(m_db, "SELECT 1 FROM households WHERE sales_code = $1", f.sales_code))
            throw ValidationError("sales_code", core::tr("le code de vente « {0} » est déjà utilisé", f.sales_code));
        auto params = household_params(f, referrer_id_for(m_db, f.referrer));
        params.push_back(pg::param(f.sales_code));
        const std::int64_t id = pg::integer(
            pg::run(m_db,
                    "INSERT INTO households (file_number, pseudonym, type, neighbourhood, address, housing, "
                    "main_resource, referrer_id, attested_qf_cents, commission_rate_bp, fse_disability, "
                    "fse_nationality, fse_homeless, project_type, project_description, project_target_cents, "
                    "notes, referral_on, referred_by, referral_reason, sales_code) VALUES ($1, $2, $3, $4, $5, $6, $7, "
                    "$8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) RETURNING id",
                    params)
                .at(0)
                .at(0));
        insert_lines(m_db, id, f.composition);
        return id;
    });
}

void PgHouseholdRepository::update(const HouseholdFile& f) {
    m_db.write([&] {
        if (!pg::exists(m_db, "SELECT 1 FROM households WHERE id = $1", f.id))
            throw ValidationError("id", core::tr("foyer inconnu (n° {0})", f.id));
        check_file_number(m_db, f);
        auto params = household_params(f, referrer_id_for(m_db, f.referrer));
        params.push_back(pg::param(f.id));
        pg::run(m_db,
                "UPDATE households SET file_number = $1, pseudonym = $2, type = $3, neighbourhood = $4, address = $5, "
                "housing = $6, main_resource = $7, referrer_id = $8, attested_qf_cents = $9, commission_rate_bp = $10, "
                "fse_disability = $11, fse_nationality = $12, fse_homeless = $13, project_type = $14, "
                "project_description = $15, project_target_cents = $16, notes = $17, referral_on = $18, "
                "referred_by = $19, referral_reason = $20 WHERE id = $21",
                params);
        for (const char* table : {"members", "resources", "charges"})
            pg::execute(m_db, std::string("DELETE FROM ") + table + " WHERE household_id = $1", f.id);
        insert_lines(m_db, f.id, f.composition);
    });
}

std::optional<HouseholdFile> PgHouseholdRepository::get(std::int64_t id) { return find_by(m_db, "id", id); }

std::optional<HouseholdFile> PgHouseholdRepository::find_by_file_number(const std::string& file_number) {
    return find_by(m_db, "file_number", file_number);
}

std::optional<HouseholdFile> PgHouseholdRepository::find_by_sales_code(const std::string& sales_code) {
    return find_by(m_db, "sales_code", sales_code);
}

std::vector<HouseholdSummary> PgHouseholdRepository::list() {
    return m_db.read([&] {
        // Same rule as HouseholdFile::display_name(): pseudonym, else the applicant, else the
        // first member.
        const auto rows = pg::query(m_db, R"sql(
SELECT h.id, h.file_number,
       COALESCE(NULLIF(h.pseudonym, ''),
                (SELECT m.first_name FROM members m WHERE m.household_id = h.id
                 ORDER BY m.relationship = $1 DESC, m.position LIMIT 1), ''),
       h.last_contact_on
FROM households h ORDER BY h.file_number)sql",
                                    core::to_code(core::Relationship::Applicant));
        std::vector<HouseholdSummary> out;
        for (const auto& r : rows)
            out.push_back({pg::integer(r[0]), pg::text(r[1]), pg::text(r[2]), pg::optional_date(r[3])});
        return out;
    });
}

void PgHouseholdRepository::touch_contact(std::int64_t id, core::Date on) {
    m_db.write([&] {
        // Never moves the date backwards: an old interview typed in late is not a new contact.
        pg::execute(m_db,
                    "UPDATE households SET last_contact_on = $1 WHERE id = $2 "
                    "AND (last_contact_on IS NULL OR last_contact_on < $1)",
                    on, id);
    });
}

std::int64_t PgHouseholdRepository::count() {
    return m_db.read([&] { return pg::scalar(m_db, "SELECT COUNT(*) FROM households"); });
}

} // namespace cabas::storage
