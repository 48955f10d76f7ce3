// Households import: one row per member; the first row of a dossier carries the household's
// columns, later rows repeat them or leave them empty. Every check records an error and moves
// on, so one run lists all the mistakes of the file.
#include "services/io/household_import.hpp"

#include "core/messages.hpp"

#include "services/households/household_validation.hpp"
#include "services/io/enum_lists.hpp"
#include "services/io/import_support.hpp"
#include "services/io/stored_words.hpp"

#include <algorithm>
#include <map>

namespace cabas::services::io {

namespace {

using detail::code_parser;
using detail::Row;

const std::vector<std::string> k_member_columns = {"prenom", "nom", "date_naissance", "sexe", "lien", "handicap"};
const std::vector<std::string> k_household_columns = {
    "type_foyer", "pseudonyme", "quartier", "adresse", "logement", "ressource_principale", "prescripteur",
    "travailleur_social", "qf_atteste", "projet", "projet_description", "projet_montant", "acces_debut", "acces_fin",
    "orientation_date", "oriente_par", "orientation_motif"};
const std::vector<std::string> k_required = {"dossier", "type_foyer", "prenom", "date_naissance", "sexe", "lien"};

bool is_one_of(const std::string& name, const std::vector<std::string>& names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

template <class Kind>
std::string prefixed_codes(const std::string& prefix, const std::vector<Kind>& kinds) {
    std::string out;
    for (Kind k : kinds) out += (out.empty() ? "" : ", ") + prefix + to_code(k);
    return out;
}

std::optional<std::string> refuse_column(const std::string& key) {
    if (key == "dossier" || is_one_of(key, k_member_columns) || is_one_of(key, k_household_columns)) return std::nullopt;
    if (starts_with(key, "ressource_")) {
        if (core::resource_kind_from_code(key.substr(10))) return std::nullopt;
        return core::tr("type de ressource inconnu (attendu : {0})", prefixed_codes("ressource_", core::all_resource_kinds()));
    }
    if (starts_with(key, "charge_")) {
        if (core::charge_kind_from_code(key.substr(7))) return std::nullopt;
        return core::tr("type de charge inconnu (attendu : {0})", prefixed_codes("charge_", core::all_charge_kinds()));
    }
    return core::tr("colonne inconnue (voir docs/import_formats.md ; les montants se nomment ressource_<type> "
                    "ou charge_<type>)");
}

core::Sex parse_sex(const std::string& text) {
    const std::string key = normalise_key(text);
    if (key == "f") return core::Sex::Female;
    if (key == "m") return core::Sex::Male;
    if (key == "x") return core::Sex::Unspecified;
    if (auto sex = core::sex_from_code(key)) return *sex;
    throw ValidationError("", core::tr("code inconnu « {0} » (attendu : F, M ou X)", text));
}

/// A dossier being read: its household record and what later rows are checked against.
struct Dossier {
    std::string number;
    bool duplicate = false;                      ///< reappeared after another dossier
    bool relationship_unreadable = false;        ///< skip the applicant count: it would mislead
    std::map<std::string, std::string> first_row_cells;
    std::vector<int> applicant_lines;
    ImportedHousehold record;
};

class HouseholdReader {
public:
    HouseholdReader(const detail::OpenedCsv& csv, detail::ErrorList& errors, core::Date today)
        : m_csv(csv), m_errors(errors), m_today(today) {
        for (const auto& name : csv.table.header) {
            const std::string key = normalise_key(name);
            if (key == "dossier" || is_one_of(key, k_member_columns)) continue;
            m_household_level.push_back(key);
        }
    }

    std::vector<ImportedHousehold> read_all() {
        for (const auto& record : m_csv.table.rows) read_row(record);
        finish_dossier();
        return std::move(m_households);
    }

private:
    void read_row(const CsvRecord& record) {
        Row row(record, m_csv, m_errors);
        const auto number = row.required("dossier");
        if (!number) return;
        if (!m_current || m_current->number != *number) {
            finish_dossier();
            start_dossier(row, *number);
        } else {
            check_repeated_cells(row);
        }
        read_member(row);
    }

    void start_dossier(Row& row, const std::string& number) {
        m_current.emplace();
        m_current->number = number;
        m_current->record.first_line = row.line();
        if (auto seen = m_first_lines.find(number); seen != m_first_lines.end()) {
            row.error("dossier", core::tr("dossier {0} déjà vu ligne {1} (les lignes d'un même dossier doivent se suivre)",
                                          number, seen->second));
            m_current->duplicate = true;
        } else {
            m_first_lines.emplace(number, row.line());
        }
        for (const auto& column : m_household_level) m_current->first_row_cells[column] = row.text(column);
        read_household(row, m_current->record);
    }

    /// Later rows of a dossier may leave household columns empty or repeat them exactly.
    void check_repeated_cells(Row& row) {
        for (const auto& [column, first] : m_current->first_row_cells) {
            const std::string value = row.text(column);
            if (value.empty() || value == first) continue;
            row.error(column, core::tr("« {0} » diffère de la ligne {1} (« {2} ») : laissez vide ou recopiez la valeur du dossier",
                                       value, m_current->record.first_line, first));
        }
    }

    void read_household(Row& row, ImportedHousehold& out) {
        core::HouseholdFile& file = out.file;
        file.file_number = m_current->number;
        if (row.required("type_foyer")) {
            const auto parse = code_parser(core::household_type_from_code, detail::k_household_types);
            file.composition.type = row.read("type_foyer", parse).value_or(core::HouseholdType::Other);
        }
        file.pseudonym = row.text("pseudonyme");
        file.neighbourhood = row.text("quartier");
        file.address = row.text("adresse");
        file.housing = row.read("logement", code_parser(core::housing_from_code, detail::k_housings))
                           .value_or(core::Housing::Other);
        const auto parse_main_resource = code_parser(core::main_resource_from_code, detail::k_main_resources);
        file.main_resource = row.read("ressource_principale", parse_main_resource).value_or(core::MainResource::Other);
        file.fse.homeless = file.housing == core::Housing::Homeless;
        const std::string organisation = row.text("prescripteur"), worker = row.text("travailleur_social");
        if (!organisation.empty() || !worker.empty()) file.referrer = core::Referrer{0, organisation, worker, ""};
        file.composition.attested_qf = row.read("qf_atteste", detail::parse_import_amount);
        read_project(row, file);
        read_access(row, out);
        read_referral(row, out);
        read_amounts(row, file.composition);
    }

    /// The referral columns are optional: without a date the file counts as referred when its
    /// rights start (acces_debut), else on the day of the import; without "oriente_par" the
    /// referrer columns say who referred it, else "non renseigné", as for files older than the
    /// referral (storage migration 12).
    void read_referral(Row& row, ImportedHousehold& out) {
        core::Referral& r = out.file.referral;
        const auto on = row.read("orientation_date", [](const std::string& t) { return core::parse_date(t); });
        const bool unreadable = !on && !row.text("orientation_date").empty();
        r.on = on.value_or(std::min(out.access_start.value_or(m_today), m_today));
        r.referred_by = row.text("oriente_par");
        if (r.referred_by.empty()) {
            const auto& referrer = out.file.referrer;
            r.referred_by = !referrer ? kReferrerNotGiven
                            : referrer->social_worker.empty() ? referrer->organisation
                            : referrer->organisation.empty() ? referrer->social_worker
                                                             : referrer->organisation + " — " + referrer->social_worker;
        }
        r.reason = row.text("orientation_motif");
        static const std::map<std::string, std::string> column_of = {
            {"orientation.date", "orientation_date"}, {"orientation.par", "oriente_par"},
            {"orientation.motif", "orientation_motif"}};
        for (const auto& p : households::check_referral(r, m_today))
            if (!(unreadable && p.field == "orientation.date")) row.error(column_of.at(p.field), p.reason);
    }

    void read_project(Row& row, core::HouseholdFile& file) {
        const auto type = row.read("projet", code_parser(core::project_type_from_code, detail::k_project_types));
        const std::string description = row.text("projet_description");
        const auto target = row.read("projet_montant", detail::parse_import_amount);
        if (type) {
            file.project = core::Project{*type, description, target.value_or(core::Money())};
        } else if (row.text("projet").empty() && (!description.empty() || !row.text("projet_montant").empty())) {
            row.error("projet", core::tr("type de projet manquant alors que sa description ou son montant est rempli"));
        }
    }

    void read_access(Row& row, ImportedHousehold& out) {
        auto date = [](const std::string& t) { return core::parse_date(t); };
        out.access_start = row.read("acces_debut", date);
        out.access_end = row.read("acces_fin", date);
        const bool has_start = !row.text("acces_debut").empty(), has_end = !row.text("acces_fin").empty();
        if (has_start != has_end) {
            row.error(has_start ? "acces_fin" : "acces_debut",
                      core::tr("indiquez les deux dates d'accès (acces_debut et acces_fin) ou aucune"));
        } else if (out.access_start && out.access_end && *out.access_end < *out.access_start) {
            row.error("acces_fin", core::tr("fin d'accès {0} avant le début {1}", out.access_end->french(),
                                            out.access_start->french()));
        }
    }

    /// ressource_<type> and charge_<type> columns, in the file's column order. Empty or zero
    /// cells add no line: a zero line would only clutter the working shown to the social worker.
    void read_amounts(Row& row, core::HouseholdComposition& composition) {
        for (const auto& column : m_household_level) {
            const bool resource = starts_with(column, "ressource_") && column != "ressource_principale";
            const bool charge = starts_with(column, "charge_");
            if (!resource && !charge) continue;
            const auto amount = row.read(column, detail::parse_import_amount);
            if (!amount || amount->is_zero()) continue;
            if (resource)
                composition.resources.push_back({*core::resource_kind_from_code(column.substr(10)), *amount, ""});
            else
                composition.charges.push_back({*core::charge_kind_from_code(column.substr(7)), *amount, ""});
        }
    }

    void read_member(Row& row) {
        core::Member member;
        member.first_name = row.required("prenom").value_or("");
        member.last_name = row.text("nom");
        if (row.required("date_naissance")) {
            if (auto birth = row.read("date_naissance", [](const std::string& t) { return core::parse_date(t); })) {
                member.birth_date = *birth;
                if (*birth > m_today) row.error("date_naissance", core::tr("date de naissance dans le futur : {0}", birth->french()));
            }
        }
        if (row.required("sexe")) member.sex = row.read("sexe", parse_sex).value_or(core::Sex::Unspecified);
        std::optional<core::Relationship> relationship;
        if (row.required("lien"))
            relationship = row.read("lien", code_parser(core::relationship_from_code, detail::k_relationships));
        if (!relationship) m_current->relationship_unreadable = true;
        member.relationship = relationship.value_or(core::Relationship::Other);
        if (relationship == core::Relationship::Applicant) m_current->applicant_lines.push_back(row.line());
        member.disabled = row.read("handicap", detail::parse_yes_no).value_or(false);
        if (member.disabled) m_current->record.file.fse.disability = true;
        m_current->record.file.composition.members.push_back(std::move(member));
    }

    void finish_dossier() {
        if (!m_current) return;
        Dossier& d = *m_current;
        if (!d.duplicate && !d.relationship_unreadable) {
            if (d.applicant_lines.empty())
                m_errors.add(d.record.first_line, "lien", core::tr("le dossier {0} n'a aucun membre « demandeur »", d.number));
            for (std::size_t i = 1; i < d.applicant_lines.size(); ++i)
                m_errors.add(d.applicant_lines[i], "lien", core::tr("second demandeur dans le dossier {0} (déjà ligne {1})",
                                                                    d.number, d.applicant_lines[0]));
        }
        m_households.push_back(std::move(d.record));
        m_current.reset();
    }

    const detail::OpenedCsv& m_csv;
    detail::ErrorList& m_errors;
    core::Date m_today;
    std::vector<std::string> m_household_level;   ///< household-level columns present, file order
    std::optional<Dossier> m_current;
    std::map<std::string, int> m_first_lines;     ///< dossier number -> line where it started
    std::vector<ImportedHousehold> m_households;
};

} // namespace

const std::vector<std::string>& household_columns() {
    static const std::vector<std::string> columns = [] {
        std::vector<std::string> all{"dossier"};
        all.insert(all.end(), k_household_columns.begin(), k_household_columns.begin() + 1);  // type_foyer
        all.insert(all.end(), k_member_columns.begin(), k_member_columns.end());
        all.insert(all.end(), k_household_columns.begin() + 1, k_household_columns.end());
        return all;
    }();
    return columns;
}

HouseholdImport parse_households_csv(std::string_view bytes, const std::string& file_name, core::Date today) {
    HouseholdImport result;
    detail::ErrorList errors(file_name);
    const detail::HeaderRules rules{k_required, refuse_column};
    if (auto csv = detail::open_csv(bytes, rules, errors, result.encoding)) {
        auto households = HouseholdReader(*csv, errors, today).read_all();
        if (errors.empty()) result.households = std::move(households);
    }
    result.errors = errors.take_sorted();
    return result;
}

} // namespace cabas::services::io
