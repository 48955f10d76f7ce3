// Barème <-> JSON. Writing is one builder templated on the JSON type, so the same code gives
// nlohmann::json for callers and ordered_json for files people read. Reading is strict: every
// key known and present, every value of the documented type, errors named by JSON path.
#include "services/io/bareme_json.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/io/enum_lists.hpp"
#include "services/io/json_document.hpp"
#include "services/io/json_reader.hpp"

#include <climits>
#include <map>
#include <set>

namespace cabas::services::io {

namespace {

using nlohmann::json;

std::string money_text(core::Money m) { return core::format_decimal(m); }

/// format_percent separates the sign with a no-break space; a plain space reads the same and
/// keeps the file ASCII-clean for diffs and hand edits.
std::string rate_text(core::Rate r) {
    std::string s = core::format_percent(r);
    if (auto pos = s.find("\u00A0"); pos != std::string::npos) s.replace(pos, 2, " ");
    return s;
}

template <class Json>
Json daily_json(const core::DailyThresholds& t) {
    Json j;
    j["eligible_max"] = money_text(t.eligible_max);
    j["commission_max"] = money_text(t.commission_max);
    j["aide_gratuite_sous"] = money_text(t.free_aid_below);
    return j;
}

template <class Json>
Json pair_json(core::Money eligible_max, core::Money commission_max) {
    return Json{{"eligible_max", money_text(eligible_max)}, {"commission_max", money_text(commission_max)}};
}

template <class Json>
Json thresholds_json(const core::Bareme& b) {
    Json j;
    j["par_personne"] = daily_json<Json>(b.per_person);
    j["par_uc"] = daily_json<Json>(b.per_uc);
    j["bonus_personne_seule"] = money_text(b.single_person_bonus);
    j["qf"] = pair_json<Json>(b.qf_eligible_max, b.qf_commission_max);
    Json monthly = Json::object();
    for (const auto& [type, t] : b.monthly) monthly[to_code(type)] = pair_json<Json>(t.eligible_max, t.commission_max);
    j["mensuel"] = monthly;
    return j;
}

template <class Json>
Json participation_json(const core::Bareme& b) {
    Json j;
    j["politique"] = to_code(b.rate_policy);
    j["taux_fixe"] = rate_text(b.flat_rate);
    Json bands = Json::array();
    for (const auto& band : b.rate_bands)
        bands.push_back(Json{{"sous", money_text(band.below)}, {"taux", rate_text(band.rate)}});
    j["tranches"] = bands;
    j["plafond_banque_alimentaire"] = rate_text(b.food_bank_cap);
    return j;
}

template <class Json>
Json access_json(const core::AccessRules& a) {
    Json j;
    j["duree_initiale_mois"] = a.initial_months;
    j["duree_renouvellement_mois"] = a.renewal_months;
    j["max_mois_sur_fenetre"] = a.window_max_months;
    j["fenetre_mois"] = a.window_months;
    j["carence_mois"] = a.waiting_months;
    return j;
}

template <class Json>
Json credit_json(const core::CreditRules& c) {
    Json j;
    j["par_uc_mois"] = money_text(c.per_uc_month);
    j["arrondi_mois"] = money_text(c.rounding_step);
    j["plafond_mois"] = money_text(c.monthly_cap);
    j["plafond_hebdo_actif"] = c.weekly_cap_enabled;
    j["arrondi_hebdo"] = money_text(c.weekly_rounding_step);
    j["report"] = c.carry_over;
    j["fse_compte_dans_credit"] = c.fse_counts_against_credit;
    j["passages_par_semaine"] = c.visits_per_week;
    j["passages_par_mois"] = c.visits_per_month;
    j["limites_selon_taille"] = c.limits_scale_with_size;
    return j;
}

template <class Json>
Json build(const core::Bareme& b) {
    Json j;
    j["format"] = k_bareme_format;
    j["version"] = b.version;
    j["libelle"] = b.label;
    j["date_effet"] = b.effective_from.iso();
    j["mode"] = to_code(b.mode);
    Json charges = Json::array();
    for (auto kind : b.counted_charges) charges.push_back(to_code(kind));
    j["charges_comptees"] = charges;
    j["aide_logement"] = to_code(b.housing_benefit);
    j["jours_par_mois"] = b.days_per_month;
    j["seuils"] = thresholds_json<Json>(b);
    j["participation"] = participation_json<Json>(b);
    j["acces"] = access_json<Json>(b.access);
    j["credit"] = credit_json<Json>(b.credit);
    j["prefixe_carte"] = b.card_prefix;
    return j;
}

// ---- Reading -------------------------------------------------------------------------------

core::DailyThresholds read_daily(const JsonObjectReader& parent, const std::string& key) {
    const auto r = parent.object(key, {"eligible_max", "commission_max", "aide_gratuite_sous"});
    return {r.money("eligible_max"), r.money("commission_max"), r.money("aide_gratuite_sous")};
}

core::MonthlyThresholds read_monthly_pair(const json& value, const std::string& path) {
    JsonObjectReader r(value, path, {"eligible_max", "commission_max"});
    return {r.money("eligible_max"), r.money("commission_max")};
}

void read_thresholds(const JsonObjectReader& root, core::Bareme& b) {
    const auto r = root.object("seuils", {"par_personne", "par_uc", "bonus_personne_seule", "qf", "mensuel"});
    b.per_person = read_daily(r, "par_personne");
    b.per_uc = read_daily(r, "par_uc");
    b.single_person_bonus = r.money("bonus_personne_seule");
    const auto qf = read_monthly_pair(r.take("qf"), "seuils.qf");
    b.qf_eligible_max = qf.eligible_max;
    b.qf_commission_max = qf.commission_max;
    const json& monthly = r.take("mensuel");
    if (!monthly.is_object()) fail_at("seuils.mensuel", core::tr("objet { \"seul\": {...}, ... } attendu"));
    b.monthly.clear();
    for (auto it = monthly.begin(); it != monthly.end(); ++it) {
        const std::string path = "seuils.mensuel." + it.key();
        const auto type = core::household_type_from_code(it.key());
        if (!type) fail_at(path, core::tr("type de foyer inconnu (attendu : {0})", detail::codes_list(detail::k_household_types)));
        b.monthly[*type] = read_monthly_pair(it.value(), path);
    }
}

void read_participation(const JsonObjectReader& root, core::Bareme& b) {
    const auto r = root.object("participation", {"politique", "taux_fixe", "tranches", "plafond_banque_alimentaire"});
    b.rate_policy = r.code("politique", core::rate_policy_from_code, detail::k_rate_policies);
    b.flat_rate = r.rate("taux_fixe");
    const json& bands = r.take("tranches");
    if (!bands.is_array()) fail_at("participation.tranches", core::tr("liste [ ... ] attendue"));
    b.rate_bands.clear();
    for (std::size_t i = 0; i < bands.size(); ++i) {
        JsonObjectReader band(bands[i], "participation.tranches[" + std::to_string(i) + "]", {"sous", "taux"});
        b.rate_bands.push_back({band.money("sous"), band.rate("taux")});
    }
    b.food_bank_cap = r.rate("plafond_banque_alimentaire");
}

void read_access(const JsonObjectReader& root, core::AccessRules& a) {
    const auto r = root.object("acces", {"duree_initiale_mois", "duree_renouvellement_mois", "max_mois_sur_fenetre",
                                         "fenetre_mois", "carence_mois"});
    a.initial_months = r.integer("duree_initiale_mois");
    a.renewal_months = r.integer("duree_renouvellement_mois");
    a.window_max_months = r.integer("max_mois_sur_fenetre");
    a.window_months = r.integer("fenetre_mois");
    a.waiting_months = r.integer("carence_mois");
}

void read_credit(const JsonObjectReader& root, core::CreditRules& c) {
    const auto r = root.object("credit", {"par_uc_mois", "arrondi_mois", "plafond_mois", "plafond_hebdo_actif",
                                          "arrondi_hebdo", "report", "fse_compte_dans_credit", "passages_par_semaine",
                                          "passages_par_mois", "limites_selon_taille"});
    c.per_uc_month = r.money("par_uc_mois");
    c.rounding_step = r.money("arrondi_mois");
    c.monthly_cap = r.money("plafond_mois");
    c.weekly_cap_enabled = r.boolean("plafond_hebdo_actif");
    c.weekly_rounding_step = r.money("arrondi_hebdo");
    c.carry_over = r.boolean("report");
    c.fse_counts_against_credit = r.boolean("fse_compte_dans_credit");
    c.visits_per_week = r.integer("passages_par_semaine");
    c.visits_per_month = r.integer("passages_par_mois");
    c.limits_scale_with_size = r.boolean("limites_selon_taille");
}

std::set<core::ChargeKind> read_charges(const json& value) {
    if (!value.is_array()) fail_at("charges_comptees", core::tr("liste [ \"loyer\", ... ] attendue"));
    std::set<core::ChargeKind> kinds;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string path = "charges_comptees[" + std::to_string(i) + "]";
        const auto kind = code_at(value[i], path, core::charge_kind_from_code, core::all_charge_kinds());
        if (!kinds.insert(kind).second) fail_at(path, core::tr("charge « {0} » en double", to_code(kind)));
    }
    return kinds;
}

/// core::validate names fields after the C++ members ("per_person.free_aid_below"); the user
/// knows the JSON paths, so its field names are translated segment by segment.
std::string json_path_of_core_field(const std::string& field) {
    static const std::map<std::string, std::string> heads = {
        {"days_per_month", "jours_par_mois"}, {"per_person", "seuils.par_personne"}, {"per_uc", "seuils.par_uc"},
        {"single_person_bonus", "seuils.bonus_personne_seule"}, {"qf_eligible_max", "seuils.qf.eligible_max"},
        {"qf_commission_max", "seuils.qf.commission_max"}, {"monthly", "seuils.mensuel"},
        {"flat_rate", "participation.taux_fixe"}, {"food_bank_cap", "participation.plafond_banque_alimentaire"},
        {"rate_bands", "participation.tranches"}, {"access", "acces"}, {"card_prefix", "prefixe_carte"}};
    static const std::map<std::string, std::string> leaves = {
        {"free_aid_below", "aide_gratuite_sous"}, {"below", "sous"}, {"rate", "taux"},
        {"initial_months", "duree_initiale_mois"}, {"renewal_months", "duree_renouvellement_mois"},
        {"window_max_months", "max_mois_sur_fenetre"}, {"window_months", "fenetre_mois"},
        {"waiting_months", "carence_mois"}, {"per_uc_month", "par_uc_mois"}, {"rounding_step", "arrondi_mois"},
        {"monthly_cap", "plafond_mois"}, {"weekly_rounding_step", "arrondi_hebdo"},
        {"visits_per_week", "passages_par_semaine"}, {"visits_per_month", "passages_par_mois"}};
    const auto head_end = field.find_first_of(".[");
    const std::string head = field.substr(0, head_end);
    std::string out = heads.contains(head) ? heads.at(head) : head;
    std::size_t pos = head_end;
    while (pos != std::string::npos) {
        const auto next = field.find_first_of(".[", pos + 1);
        const std::string part = field.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
        out += part[0] == '.' && leaves.contains(part.substr(1)) ? "." + leaves.at(part.substr(1)) : part;
        pos = next;
    }
    return out;
}

} // namespace

nlohmann::json to_json(const core::Bareme& b) { return build<nlohmann::json>(b); }

std::string bareme_to_text(const core::Bareme& b) { return build<nlohmann::ordered_json>(b).dump(2) + "\n"; }

core::Bareme bareme_from_json(const nlohmann::json& document) {
    const JsonObjectReader root(document, "", {"format", "version", "libelle", "date_effet", "mode", "charges_comptees",
                                           "aide_logement", "jours_par_mois", "seuils", "participation", "acces",
                                           "credit", "prefixe_carte"});
    if (const std::string format = root.text("format"); format != k_bareme_format)
        fail_at("format", core::tr("format « {0} » non reconnu (attendu « {1} »)", format, k_bareme_format));
    core::Bareme b;
    if (root.has("version")) b.version = root.integer("version", 1, INT_MAX);
    b.label = root.text("libelle");
    b.effective_from = root.date("date_effet");
    b.mode = root.code("mode", core::eligibility_mode_from_code, detail::k_eligibility_modes);
    b.counted_charges = read_charges(root.take("charges_comptees"));
    b.housing_benefit = root.code("aide_logement", core::housing_benefit_mode_from_code, detail::k_housing_benefit_modes);
    b.days_per_month = root.integer("jours_par_mois", 1, 31);
    read_thresholds(root, b);
    read_participation(root, b);
    read_access(root, b.access);
    read_credit(root, b.credit);
    b.card_prefix = root.text("prefixe_carte");
    try {
        core::validate(b);
    } catch (const ValidationError& e) {
        throw ValidationError(json_path_of_core_field(e.field()), e.reason());
    }
    return b;
}

core::Bareme bareme_from_text(std::string_view bytes, const std::string& file) {
    return bareme_from_json(parse_json_document(bytes, file));
}

} // namespace cabas::services::io
