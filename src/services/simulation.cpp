// Simulation input parsing (JSON household) and rendering of the eligibility working.
#include "services/simulation.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/io/json_document.hpp"
#include "services/text_table.hpp"

#include <cmath>
#include <sstream>

namespace cabas::services {

using nlohmann::json;
namespace core = cabas::core;

namespace {

const json& require(const json& obj, const char* key, const std::string& path) {
    if (!obj.is_object()) throw ValidationError(path, core::tr("objet JSON attendu"));
    auto it = obj.find(key);
    if (it == obj.end()) throw ValidationError(path + "." + key, core::tr("champ obligatoire manquant"));
    return *it;
}

std::string require_string(const json& obj, const char* key, const std::string& path) {
    const json& v = require(obj, key, path);
    if (!v.is_string()) throw ValidationError(path + "." + key, core::tr("texte attendu"));
    return v.get<std::string>();
}

/// Amounts may be French text ("1 400,00") or a JSON number of euros (1400 or 1400.5).
core::Money amount_of(const json& v, const std::string& path) {
    try {
        if (v.is_string()) return core::parse_amount(v.get<std::string>());
        if (v.is_number_integer() || v.is_number_unsigned()) {
            auto euros = v.get<std::int64_t>();
            if (euros < 0) throw ValidationError(path, core::tr("montant négatif refusé"));
            return core::Money::from_euros(euros);
        }
        if (v.is_number_float()) {
            std::string text = v.dump();
            auto dot = text.find('.');
            if (text.find_first_of("eE") != std::string::npos || (dot != std::string::npos && text.size() - dot - 1 > 2))
                throw ValidationError(path, core::tr("plus de deux décimales : {0}", text));
            if (dot != std::string::npos) text[dot] = ',';
            return core::parse_amount(text);
        }
    } catch (const ValidationError& e) {
        throw ValidationError(path, e.reason());
    }
    throw ValidationError(path, core::tr("montant attendu (texte « 12,50 » ou nombre)"));
}

template <class Enum, class Parser>
Enum enum_of(const json& obj, const char* key, const std::string& path, Parser parse, const std::string& expected) {
    std::string code = require_string(obj, key, path);
    auto value = parse(code);
    if (!value) throw ValidationError(path + "." + key, core::tr("valeur inconnue « {0} » (attendu : {1})", code, expected));
    return *value;
}

const json& require_array(const json& doc, const char* key) {
    const json& arr = require(doc, key, "");
    if (!arr.is_array()) throw ValidationError(key, core::tr("liste attendue"));
    return arr;
}

void refuse_longer_than(const json& list, const char* key, std::size_t max, const char* noun) {
    if (list.size() > max)
        throw ValidationError(key, core::tr("{0} {1} : au plus {2} par foyer (limite de la simulation)", list.size(),
                                            core::tr(noun), max));
}

} // namespace

core::HouseholdComposition composition_from_json(const json& doc, core::Date today, const SimulationLimits& limits) {
    if (!doc.is_object()) throw ValidationError("", core::tr("le document doit être un objet JSON"));
    core::HouseholdComposition h;
    h.type = enum_of<core::HouseholdType>(doc, "type_foyer", "", core::household_type_from_code,
                                          "seul, couple, couple_enfants, monoparental, autre");
    const json& members = require_array(doc, "membres");
    if (members.empty()) throw ValidationError("membres", core::tr("au moins une personne est nécessaire"));
    refuse_longer_than(members, "membres", limits.max_members, core::to_translate("personnes"));
    for (std::size_t i = 0; i < members.size(); ++i) {
        const std::string path = "membres[" + std::to_string(i) + "]";
        const json& m = members[i];
        core::Member member;
        if (m.contains("prenom") && m["prenom"].is_string()) member.first_name = m["prenom"].get<std::string>();
        if (m.contains("nom") && m["nom"].is_string()) member.last_name = m["nom"].get<std::string>();
        member.birth_date = core::parse_date(require_string(m, "date_naissance", path), path + ".date_naissance");
        if (member.birth_date > today) throw ValidationError(path + ".date_naissance", core::tr("date de naissance dans le futur"));
        if (m.contains("sexe"))
            member.sex = enum_of<core::Sex>(m, "sexe", path, core::sex_from_code, "f, m, x");
        if (m.contains("lien"))
            member.relationship = enum_of<core::Relationship>(m, "lien", path, core::relationship_from_code,
                                                              "demandeur, conjoint, enfant, parent, autre");
        if (m.contains("handicap")) {
            if (!m["handicap"].is_boolean()) throw ValidationError(path + ".handicap", core::tr("true ou false attendu"));
            member.disabled = m["handicap"].get<bool>();
        }
        h.members.push_back(member);
    }
    if (doc.contains("ressources")) {
        const json& arr = require_array(doc, "ressources");
        refuse_longer_than(arr, "ressources", limits.max_lines, core::to_translate("lignes de ressources"));
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const std::string path = "ressources[" + std::to_string(i) + "]";
            core::ResourceLine line;
            line.kind = enum_of<core::ResourceKind>(arr[i], "nature", path, core::resource_kind_from_code,
                                                    core::tr("voir docs/simulate_format.md"));
            line.monthly = amount_of(require(arr[i], "montant", path), path + ".montant");
            if (arr[i].contains("libelle") && arr[i]["libelle"].is_string()) line.label = arr[i]["libelle"].get<std::string>();
            h.resources.push_back(line);
        }
    }
    if (doc.contains("charges")) {
        const json& arr = require_array(doc, "charges");
        refuse_longer_than(arr, "charges", limits.max_lines, core::to_translate("lignes de charges"));
        for (std::size_t i = 0; i < arr.size(); ++i) {
            const std::string path = "charges[" + std::to_string(i) + "]";
            core::ChargeLine line;
            line.kind = enum_of<core::ChargeKind>(arr[i], "nature", path, core::charge_kind_from_code,
                                                  core::tr("voir docs/simulate_format.md"));
            line.monthly = amount_of(require(arr[i], "montant", path), path + ".montant");
            if (arr[i].contains("libelle") && arr[i]["libelle"].is_string()) line.label = arr[i]["libelle"].get<std::string>();
            h.charges.push_back(line);
        }
    }
    if (doc.contains("qf_atteste") && !doc["qf_atteste"].is_null())
        h.attested_qf = amount_of(doc["qf_atteste"], "qf_atteste");
    for (auto& [key, value] : doc.items()) {
        static const char* known[] = {"type_foyer", "membres", "ressources", "charges", "qf_atteste", "commentaire"};
        bool ok = false;
        for (const char* k : known) ok = ok || key == k;
        if (!ok) throw ValidationError(key, core::tr("champ inconnu (faute de frappe ?)"));
        (void)value;
    }
    return h;
}

namespace {

std::string mode_label(core::EligibilityMode mode) {
    switch (mode) {
    case core::EligibilityMode::RavPerPersonDay: return core::tr("reste à vivre par personne et par jour");
    case core::EligibilityMode::RavPerUcDay: return core::tr("reste à vivre par unité de consommation et par jour");
    case core::EligibilityMode::QuotientFamilial: return core::tr("quotient familial");
    case core::EligibilityMode::MonthlyRav: return core::tr("reste à vivre mensuel");
    }
    return "";
}

/// The exact quotient with four decimals, for the line "= 8,63 (8,6250)".
std::string exact_quotient(const core::EligibilityWorking& w) {
    std::int64_t ten_thousandths = core::divide_half_up(w.quotient_numerator * 100, w.quotient_denominator);
    std::int64_t mag = ten_thousandths < 0 ? -ten_thousandths : ten_thousandths;
    std::string frac = std::to_string(mag % 10000);
    frac.insert(0, 4 - frac.size(), '0');
    return (ten_thousandths < 0 ? "-" : "") + std::to_string(mag / 10000) + "," + frac;
}

void add_lines(TextTable& table, const std::vector<core::WorkingLine>& lines) {
    for (const auto& line : lines)
        table.row("  " + line.label, core::format_euros(line.amount), line.counted ? "" : "(" + line.note + ")");
}

std::string tenths(int v) { return std::to_string(v / 10) + (v % 10 ? "," + std::to_string(v % 10) : ""); }
std::string halves(int v) { return std::to_string(v / 2) + (v % 2 ? ",5" : ""); }

} // namespace

std::string render_working_text(const core::EligibilityDecision& d, const core::Bareme& b, core::Date on) {
    const core::EligibilityWorking& w = d.working;
    std::ostringstream out;
    out << core::tr("Simulation d'éligibilité au {0} — barème v{1} ({2})", on.french(), w.bareme_version, b.label) << "\n";
    out << core::tr("Mode : {0}", mode_label(w.mode)) << "\n\n";
    TextTable table;
    table.row(core::tr("Ressources mensuelles"), "", "");
    add_lines(table, w.resources);
    table.row("  " + core::tr("Total des ressources"), core::format_euros(w.total_resources), "");
    table.row(core::tr("Charges mensuelles"), "", "");
    add_lines(table, w.charges);
    table.row("  " + core::tr("Total des charges retenues"), core::format_euros(w.total_charges), "");
    table.row(core::tr("Reste à vivre mensuel"), core::format_euros(w.reste_a_vivre), "");
    out << table.render() << "\n";
    out << (w.persons > 1 ? core::tr("Composition : {0} personnes (UC {1} ; parts CAF {2})", w.persons, tenths(w.uc_tenths),
                                     halves(w.parts_halves))
                          : core::tr("Composition : {0} personne (UC {1} ; parts CAF {2})", w.persons, tenths(w.uc_tenths),
                                     halves(w.parts_halves)))
        << "\n";
    if (w.mode == core::EligibilityMode::QuotientFamilial) {
        out << (w.qf_estimated ? core::tr("QF estimé : ressources ÷ parts = {0}", core::format_euros(w.result))
                               : core::tr("QF attesté (CAF/MSA) : {0}", core::format_euros(w.result)))
            << "\n";
    } else if (w.mode == core::EligibilityMode::MonthlyRav) {
        out << core::tr("Calcul : reste à vivre mensuel = {0}", core::format_euros(w.result)) << "\n";
    } else {
        out << core::tr("Calcul : {0} ÷ ({1}) = {2} {3} (exact : {4})", core::format_euros(w.reste_a_vivre), w.divisor_text,
                        core::format_decimal(w.result), w.result_unit, exact_quotient(w))
            << "\n";
    }
    std::string thresholds = core::tr("Seuils : éligible ≤ {0}, commission ≤ {1}", core::format_euros(w.eligible_max),
                                      core::format_euros(w.commission_max));
    if (w.free_aid_below) thresholds = core::tr("{0}, aide gratuite < {1}", thresholds, core::format_euros(*w.free_aid_below));
    out << thresholds << "\n" << core::tr("Tranche : {0}", w.band) << "\n";
    out << core::tr("Décision : {0}", core::label_of(d.outcome)) << "\n";
    return out.str();
}

core::HouseholdComposition composition_from_text(std::string_view bytes, const std::string& file, core::Date today,
                                                 const SimulationLimits& limits) {
    const json doc = io::parse_json_document(bytes, file, {limits.max_bytes, limits.max_depth});
    try {
        return composition_from_json(doc, today, limits);
    } catch (const ValidationError& e) {
        throw ValidationError(file + ": " + e.field(), e.reason());
    }
}

namespace {
json money_json(core::Money m) { return json{{"centimes", m.cents()}, {"texte", core::format_decimal(m)}}; }

json lines_json(const std::vector<core::WorkingLine>& lines) {
    json arr = json::array();
    for (const auto& l : lines)
        arr.push_back({{"nature", l.code}, {"libelle", l.label}, {"montant", money_json(l.amount)},
                       {"retenue", l.counted}, {"note", l.note}});
    return arr;
}
} // namespace

json working_to_json(const core::EligibilityDecision& d, const core::Bareme& b, core::Date on) {
    const core::EligibilityWorking& w = d.working;
    json j;
    j["date"] = on.iso();
    j["bareme"] = {{"version", w.bareme_version}, {"libelle", b.label}, {"date_effet", b.effective_from.iso()}};
    j["mode"] = core::to_code(w.mode);
    j["ressources"] = lines_json(w.resources);
    j["charges"] = lines_json(w.charges);
    j["total_ressources"] = money_json(w.total_resources);
    j["total_charges"] = money_json(w.total_charges);
    j["reste_a_vivre_mensuel"] = money_json(w.reste_a_vivre);
    j["personnes"] = w.persons;
    j["uc_dixiemes"] = w.uc_tenths;
    j["parts_caf_demies"] = w.parts_halves;
    j["jours"] = w.days;
    j["diviseur"] = w.divisor_text;
    j["quotient_exact"] = {{"numerateur_centimes", w.quotient_numerator}, {"denominateur", w.quotient_denominator}};
    j["resultat"] = money_json(w.result);
    j["unite"] = w.result_unit;
    j["qf_estime"] = w.qf_estimated;
    j["seuil_eligible"] = money_json(w.eligible_max);
    j["seuil_commission"] = money_json(w.commission_max);
    j["seuil_aide_gratuite"] = w.free_aid_below ? money_json(*w.free_aid_below) : json(nullptr);
    j["tranche"] = w.band;
    j["rav_personne_jour"] = money_json(d.rav_per_person_day);
    j["decision"] = core::to_code(d.outcome);
    j["decision_libelle"] = core::label_of(d.outcome);
    return j;
}

} // namespace cabas::services
