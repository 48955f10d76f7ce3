// The barème JSON format: a lossless round trip of every field, and strict reading where each
// bad value, missing or unknown key is named by its JSON path.
#include "core/error.hpp"
#include "services/io/bareme_json.hpp"
#include "services/io/json_document.hpp"

#include <catch2/catch.hpp>

using namespace cabas::services::io;
namespace core = cabas::core;
using cabas::ValidationError;
using nlohmann::json;

namespace {

void check_same(const core::DailyThresholds& a, const core::DailyThresholds& b) {
    CHECK(a.eligible_max == b.eligible_max);
    CHECK(a.commission_max == b.commission_max);
    CHECK(a.free_aid_below == b.free_aid_below);
}

/// Field-by-field equality: Bareme has no operator==, and a forgotten field must show here.
void check_same(const core::Bareme& a, const core::Bareme& b) {
    CHECK(a.version == b.version);
    CHECK(a.effective_from == b.effective_from);
    CHECK(a.label == b.label);
    CHECK(a.mode == b.mode);
    CHECK(a.counted_charges == b.counted_charges);
    CHECK(a.housing_benefit == b.housing_benefit);
    CHECK(a.days_per_month == b.days_per_month);
    check_same(a.per_person, b.per_person);
    check_same(a.per_uc, b.per_uc);
    CHECK(a.single_person_bonus == b.single_person_bonus);
    CHECK(a.qf_eligible_max == b.qf_eligible_max);
    CHECK(a.qf_commission_max == b.qf_commission_max);
    REQUIRE(a.monthly.size() == b.monthly.size());
    for (const auto& [type, t] : a.monthly) {
        CHECK(t.eligible_max == b.monthly.at(type).eligible_max);
        CHECK(t.commission_max == b.monthly.at(type).commission_max);
    }
    CHECK(a.rate_policy == b.rate_policy);
    CHECK(a.flat_rate == b.flat_rate);
    REQUIRE(a.rate_bands.size() == b.rate_bands.size());
    for (std::size_t i = 0; i < a.rate_bands.size(); ++i) {
        CHECK(a.rate_bands[i].below == b.rate_bands[i].below);
        CHECK(a.rate_bands[i].rate == b.rate_bands[i].rate);
    }
    CHECK(a.food_bank_cap == b.food_bank_cap);
    CHECK(a.access.initial_months == b.access.initial_months);
    CHECK(a.access.renewal_months == b.access.renewal_months);
    CHECK(a.access.window_max_months == b.access.window_max_months);
    CHECK(a.access.window_months == b.access.window_months);
    CHECK(a.access.waiting_months == b.access.waiting_months);
    CHECK(a.credit.per_uc_month == b.credit.per_uc_month);
    CHECK(a.credit.rounding_step == b.credit.rounding_step);
    CHECK(a.credit.monthly_cap == b.credit.monthly_cap);
    CHECK(a.credit.weekly_cap_enabled == b.credit.weekly_cap_enabled);
    CHECK(a.credit.weekly_rounding_step == b.credit.weekly_rounding_step);
    CHECK(a.credit.carry_over == b.credit.carry_over);
    CHECK(a.credit.fse_counts_against_credit == b.credit.fse_counts_against_credit);
    CHECK(a.credit.visits_per_week == b.credit.visits_per_week);
    CHECK(a.credit.visits_per_month == b.credit.visits_per_month);
    CHECK(a.credit.limits_scale_with_size == b.credit.limits_scale_with_size);
    CHECK(a.card_prefix == b.card_prefix);
}

/// A barème with every field away from its default, so the round trip cannot pass by luck.
core::Bareme unusual_bareme() {
    auto b = core::Bareme::defaults();
    b.version = 7;
    b.effective_from = core::Date::from_ymd(2026, 9, 1);
    b.label = "Barème « rentrée » 2026";
    b.mode = core::EligibilityMode::MonthlyRav;
    b.counted_charges = {core::ChargeKind::Rent, core::ChargeKind::ConsumerLoan};
    b.housing_benefit = core::HousingBenefitMode::DeductedFromRent;
    b.days_per_month = 31;
    b.per_person = {core::Money::from_cents(1050), core::Money::from_cents(1275), core::Money::from_cents(199)};
    b.single_person_bonus = core::Money::from_cents(150);
    b.qf_eligible_max = core::Money::from_cents(71050);
    b.monthly[core::HouseholdType::Single] = {core::Money::from_cents(41001), core::Money::from_cents(52000)};
    b.rate_policy = core::RatePolicy::ByRavBand;
    b.flat_rate = core::Rate{1250};
    b.rate_bands = {{core::Money::from_cents(450), core::Rate{500}}, {core::Money::from_euros(9), core::Rate{2550}}};
    b.food_bank_cap = core::Rate{0};
    b.access = {2, 4, 10, 24, 6};
    b.credit.per_uc_month = core::Money::from_cents(9550);
    b.credit.weekly_cap_enabled = false;
    b.credit.carry_over = true;
    b.credit.fse_counts_against_credit = true;
    b.credit.visits_per_week = 2;
    b.credit.limits_scale_with_size = true;
    b.card_prefix = "2912";
    return b;
}

/// Expects bareme_from_json to refuse `doc` naming `path`, with `reason` in the message.
void check_refused(const json& doc, const std::string& path, const std::string& reason) {
    try {
        bareme_from_json(doc);
        FAIL("accepted; expected an error at " << path);
    } catch (const ValidationError& e) {
        CHECK(e.field() == path);
        CHECK_THAT(e.reason(), Catch::Contains(reason));
    }
}

} // namespace

TEST_CASE("the default barème survives a round trip through JSON field by field", "[bareme]") {
    const auto defaults = core::Bareme::defaults();
    check_same(bareme_from_json(to_json(defaults)), defaults);
}

TEST_CASE("a barème with every field changed survives a round trip through text", "[bareme]") {
    const auto original = unusual_bareme();
    const std::string text = bareme_to_text(original);
    check_same(bareme_from_text(text, "bareme.json"), original);
    check_same(bareme_from_json(to_json(original)), original);
}

TEST_CASE("writes amounts as French text, rates with a percent sign, enums as codes", "[bareme]") {
    const json doc = to_json(unusual_bareme());
    CHECK(doc["format"] == "cabas-bareme-1");
    CHECK(doc["date_effet"] == "2026-09-01");
    CHECK(doc["mode"] == "rav_mensuel");
    CHECK(doc["seuils"]["par_personne"]["eligible_max"] == "10,50");
    CHECK(doc["seuils"]["mensuel"]["seul"]["eligible_max"] == "410,01");
    CHECK(doc["participation"]["taux_fixe"] == "12,5 %");
    CHECK(doc["participation"]["tranches"][1]["taux"] == "25,5 %");
    CHECK(doc["charges_comptees"] == json::array({"loyer", "credit_conso"}));
    CHECK(doc["credit"]["report"] == true);
}

TEST_CASE("writes the text form in the documented key order", "[bareme]") {
    const std::string text = bareme_to_text(core::Bareme::defaults());
    CHECK(text.rfind("{\n  \"format\": \"cabas-bareme-1\",\n  \"version\": 1,\n  \"libelle\"", 0) == 0);
    CHECK(text.find("\"seuils\"") < text.find("\"participation\""));
    CHECK(text.find("\"participation\"") < text.find("\"prefixe_carte\""));
    CHECK(text.back() == '\n');
}

TEST_CASE("refuses each bad value naming its JSON path", "[bareme]") {
    struct Case { json::json_pointer pointer; json value; const char* path; const char* reason; };
    const auto c = GENERATE(values<Case>({
        {json::json_pointer("/seuils/par_personne/eligible_max"), "1O", "seuils.par_personne.eligible_max", "montant invalide « 1O »"},
        {json::json_pointer("/seuils/par_uc/commission_max"), 18, "seuils.par_uc.commission_max", "entre guillemets"},
        {json::json_pointer("/participation/taux_fixe"), "dix %", "participation.taux_fixe", "taux invalide"},
        {json::json_pointer("/participation/tranches/1/taux"), "120 %", "participation.tranches[1].taux", "supérieur à 100 %"},
        {json::json_pointer("/mode"), "rav_foyer", "mode", "attendu : rav_personne_jour"},
        {json::json_pointer("/aide_logement"), 1, "aide_logement", "texte entre guillemets"},
        {json::json_pointer("/charges_comptees/2"), "cantine", "charges_comptees[2]", "code inconnu « cantine »"},
        {json::json_pointer("/charges_comptees/1"), "loyer", "charges_comptees[1]", "en double"},
        {json::json_pointer("/date_effet"), "2026-02-30", "date_effet", "date impossible"},
        {json::json_pointer("/jours_par_mois"), 30.5, "jours_par_mois", "nombre entier attendu"},
        {json::json_pointer("/jours_par_mois"), 40, "jours_par_mois", "entre 1 et 31"},
        {json::json_pointer("/credit/report"), "non", "credit.report", "true ou false"},
        {json::json_pointer("/seuils/mensuel/famille"), json{{"eligible_max", "1,00"}, {"commission_max", "2,00"}},
         "seuils.mensuel.famille", "type de foyer inconnu"},
        {json::json_pointer("/format"), "cabas-bareme-2", "format", "non reconnu"},
        {json::json_pointer("/acces"), json::array(), "acces", "objet { ... } attendu"},
    }));
    json doc = to_json(core::Bareme::defaults());
    doc[c.pointer] = c.value;
    check_refused(doc, c.path, c.reason);
}

TEST_CASE("refuses a missing key naming it, except the version", "[bareme]") {
    struct Case { const char* parent; const char* key; const char* path; };
    const auto c = GENERATE(values<Case>({
        {"", "libelle", "libelle"},
        {"", "format", "format"},
        {"/seuils", "qf", "seuils.qf"},
        {"/seuils/par_personne", "aide_gratuite_sous", "seuils.par_personne.aide_gratuite_sous"},
        {"/credit", "passages_par_mois", "credit.passages_par_mois"},
    }));
    json doc = to_json(core::Bareme::defaults());
    doc[json::json_pointer(c.parent)].erase(c.key);
    check_refused(doc, c.path, "clé manquante");

    json without_version = to_json(core::Bareme::defaults());
    without_version.erase("version");
    CHECK(bareme_from_json(without_version).version == core::Bareme{}.version);
}

TEST_CASE("refuses an unknown key as a probable typo, listing the keys allowed there", "[bareme]") {
    json doc = to_json(core::Bareme::defaults());
    doc["seuils"]["par_personne"]["eligble_max"] = "10,00";
    check_refused(doc, "seuils.par_personne.eligble_max", "clé inconnue (faute de frappe ?) ; clés possibles ici : eligible_max");
    json top = to_json(core::Bareme::defaults());
    top["commentaire"] = "x";
    check_refused(top, "commentaire", "clé inconnue");
}

TEST_CASE("reports the barème rules core refuses under their JSON paths", "[bareme]") {
    struct Case { json::json_pointer pointer; json value; const char* path; };
    const auto c = GENERATE(values<Case>({
        {json::json_pointer("/seuils/par_personne/commission_max"), "9,00", "seuils.par_personne.commission_max"},
        {json::json_pointer("/seuils/par_uc/aide_gratuite_sous"), "99,00", "seuils.par_uc.aide_gratuite_sous"},
        {json::json_pointer("/participation/tranches/1/sous"), "1,00", "participation.tranches[1].sous"},
        {json::json_pointer("/acces/carence_mois"), 0, "acces.carence_mois"},
        {json::json_pointer("/credit/arrondi_mois"), "0,00", "credit.arrondi_mois"},
        {json::json_pointer("/prefixe_carte"), "39", "prefixe_carte"},
    }));
    json doc = to_json(core::Bareme::defaults());
    doc[c.pointer] = c.value;
    check_refused(doc, c.path, "");
}

TEST_CASE("refuses a monthly threshold table missing a household type", "[bareme]") {
    json doc = to_json(core::Bareme::defaults());
    doc["seuils"]["mensuel"].erase("monoparental");
    check_refused(doc, "seuils.mensuel.monoparental", "manquant");
}

TEST_CASE("reports JSON syntax errors with file, line and column", "[bareme]") {
    struct Case { std::string text; const char* field; };
    const auto c = GENERATE(values<Case>({
        {"{\n  \"a\": 1,\n  }\n", "bareme.json:3:3"},
        {"{\n  \"libellé\": \"é\" x\n}", "bareme.json:2:18"},
        {"{\"a\": ", "bareme.json:1:7"},
    }));
    try {
        parse_json_document(c.text, "bareme.json");
        FAIL("accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == c.field);
        CHECK_THAT(e.reason(), Catch::StartsWith("JSON invalide ligne"));
    }
}

TEST_CASE("reads JSON saved with a BOM or in Windows-1252, refuses UTF-16", "[bareme]") {
    CHECK(parse_json_document("\xEF\xBB\xBF{\"a\": \"\xC3\xA9\"}", "x.json")["a"] == "é");
    CHECK(parse_json_document("{\"a\": \"\xE9\"}", "x.json")["a"] == "é");
    CHECK_THROWS_WITH(parse_json_document(std::string("\xFF\xFE{\0}\0", 6), "x.json"), Catch::Contains("UTF-16"));
}
