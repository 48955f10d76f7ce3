// Households CSV import: a complete valid file, then every malformed case the format
// documentation promises to catch, each with its line and column, and never a partial result.
#include "services/io/household_import.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace cabas::services::io;
namespace core = cabas::core;

namespace {

const core::Date k_today = core::Date::from_ymd(2026, 3, 15);

const std::vector<std::string> k_columns = {"dossier", "type_foyer", "prenom", "nom", "date_naissance", "sexe", "lien",
                                            "handicap", "qf_atteste", "ressource_salaire", "charge_loyer",
                                            "acces_debut", "acces_fin"};

/// A one-member dossier row, with some cells replaced.
std::string row(const std::map<std::string, std::string>& changes = {}) {
    const std::map<std::string, std::string> base = {
        {"dossier", "D-1"}, {"type_foyer", "seul"}, {"prenom", "Awa"}, {"nom", "Diallo"},
        {"date_naissance", "12/04/1985"}, {"sexe", "F"}, {"lien", "demandeur"}, {"handicap", "non"},
        {"qf_atteste", ""}, {"ressource_salaire", "1 200,00"}, {"charge_loyer", "500"},
        {"acces_debut", ""}, {"acces_fin", ""}};
    std::string out;
    for (const auto& column : k_columns) {
        if (&column != &k_columns.front()) out += ';';
        const auto it = changes.find(column);
        out += it != changes.end() ? it->second : base.at(column);
    }
    return out + "\n";
}

std::string header() {
    std::string out;
    for (const auto& c : k_columns) out += (out.empty() ? "" : ";") + c;
    return out + "\n";
}

HouseholdImport parse(const std::string& text) { return parse_households_csv(text, "menages.csv", k_today); }

} // namespace

TEST_CASE("reads a household of several members with its resources, charges and access", "[import]") {
    const std::string text =
        "Dossier;Type foyer;Prénom;Nom;Date naissance;Sexe;Lien;Handicap;Logement;Ressource principale;"
        "Prescripteur;Travailleur social;QF atteste;Projet;Projet description;Projet montant;Accès début;Accès fin;"
        "Ressource salaire;Ressource aide_logement;Charge loyer;Charge energie\n"
        "D-2026-0042;couple_enfants;Karim;Benali;03/02/1984;M;demandeur;non;locataire_social;salaire;CCAS de Montreuil;"
        "Mme Durand;;energie;Facture EDF;350,00;2026-03-01;31/05/2026;1400;300,00;750;120\n"
        "D-2026-0042;;Sonia;Benali;1986-07-21;F;conjoint;;;;;;;;;;;;;;;\n"
        "D-2026-0042;couple_enfants;Lina;Benali;10/09/2019;F;enfant;oui;;;;;;;;;;;;;;\n"
        "D-2026-0043;seul;Marc;;01/01/1950;X;demandeur;;sans_domicile;retraite;;;612,40;;;;;;;;;\n";
    const auto result = parse(text);
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK(result.encoding == TextEncoding::Utf8);
    REQUIRE(result.households.size() == 2);

    const auto& first = result.households[0];
    CHECK(first.first_line == 2);
    CHECK(first.file.file_number == "D-2026-0042");
    CHECK(first.file.composition.type == core::HouseholdType::CoupleWithChildren);
    REQUIRE(first.file.composition.members.size() == 3);
    CHECK(first.file.composition.members[1].first_name == "Sonia");
    CHECK(first.file.composition.members[1].birth_date == core::Date::from_ymd(1986, 7, 21));
    CHECK(first.file.composition.members[1].relationship == core::Relationship::Spouse);
    CHECK(first.file.composition.members[2].disabled);
    CHECK(first.file.fse.disability);
    CHECK(first.file.housing == core::Housing::SocialTenant);
    CHECK(first.file.main_resource == core::MainResource::Wages);
    REQUIRE(first.file.referrer.has_value());
    CHECK(first.file.referrer->organisation == "CCAS de Montreuil");
    CHECK(first.file.referrer->social_worker == "Mme Durand");
    REQUIRE(first.file.project.has_value());
    CHECK(first.file.project->type == core::ProjectType::Energy);
    CHECK(first.file.project->target == core::Money::from_cents(35000));
    CHECK(first.access_start == core::Date::from_ymd(2026, 3, 1));
    CHECK(first.access_end == core::Date::from_ymd(2026, 5, 31));
    // No referral columns: referred when its rights started, by its referrer.
    CHECK(first.file.referral.on == core::Date::from_ymd(2026, 3, 1));
    CHECK(first.file.referral.referred_by == "CCAS de Montreuil — Mme Durand");
    REQUIRE(first.file.composition.resources.size() == 2);
    CHECK(first.file.composition.resources[0].kind == core::ResourceKind::Wages);
    CHECK(first.file.composition.resources[0].monthly == core::Money::from_euros(1400));
    CHECK(first.file.composition.resources[1].kind == core::ResourceKind::HousingBenefit);
    REQUIRE(first.file.composition.charges.size() == 2);
    CHECK(first.file.composition.charges[1].kind == core::ChargeKind::Energy);
    CHECK(first.file.composition.charges[1].monthly == core::Money::from_euros(120));

    const auto& second = result.households[1];
    CHECK(second.first_line == 5);
    CHECK(second.file.composition.members[0].sex == core::Sex::Unspecified);
    CHECK(second.file.composition.attested_qf == core::Money::from_cents(61240));
    CHECK(second.file.fse.homeless);
    CHECK_FALSE(second.file.referrer.has_value());
    CHECK_FALSE(second.access_start.has_value());
    CHECK(second.file.composition.resources.empty());
    CHECK(second.file.referral.on == k_today);
    CHECK(second.file.referral.referred_by == "non renseigné");
}

TEST_CASE("reads the referral columns, and refuses a bad one at its line and column", "[import][referral]") {
    const std::string head = "dossier;type_foyer;prenom;date_naissance;sexe;lien;orientation_date;oriente_par;orientation_motif\n";
    const auto good = parse(head + "D-1;seul;Awa;1985-04-12;F;demandeur;02/03/2026;CCAS — Mme Durand;Dettes de loyer\n");
    INFO(to_string(good.errors));
    REQUIRE(good.ok());
    REQUIRE(good.households.size() == 1);
    CHECK(good.households[0].file.referral.on == core::Date::from_ymd(2026, 3, 2));
    CHECK(good.households[0].file.referral.referred_by == "CCAS — Mme Durand");
    CHECK(good.households[0].file.referral.reason == "Dettes de loyer");

    struct Case { std::string date, by, reason; const char* column; const char* message; };
    const auto c = GENERATE(values<Case>({
        {"31/02/2026", "CCAS", "", "orientation_date", "date impossible « 31/02/2026 »"},
        {"16/03/2026", "CCAS", "", "orientation_date", "date d'orientation dans le futur (16/03/2026)"},
        {"31/12/1999", "CCAS", "", "orientation_date", "date d'orientation avant 2000"},
        {"02/03/2026", std::string(121, 'x'), "", "oriente_par", "orienteur trop long (121 caractères, 120 au plus)"},
        {"02/03/2026", "CCAS", std::string(301, 'x'), "orientation_motif", "motif d'orientation trop long"},
    }));
    const auto result = parse(head + "D-1;seul;Awa;1985-04-12;F;demandeur;02/03/2026;CCAS;\n" + "D-2;seul;Léa;1990-01-01;F;demandeur;" +
                              c.date + ";" + c.by + ";" + c.reason + "\n");
    CHECK(result.households.empty());
    INFO(to_string(result.errors));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 3);
    CHECK(result.errors[0].column == c.column);
    CHECK_THAT(result.errors[0].reason, Catch::Contains(c.message));
}

TEST_CASE("refuses each malformed cell with its line and column and returns no household", "[import]") {
    struct Case { std::map<std::string, std::string> cells; const char* column; const char* reason; };
    const auto c = GENERATE(values<Case>({
        {{{"date_naissance", "1985-13-01"}}, "date_naissance", "date impossible"},
        {{{"date_naissance", "31/02/2026"}}, "date_naissance", "date impossible « 31/02/2026 »"},
        {{{"date_naissance", "12.04.1985"}}, "date_naissance", "date illisible"},
        {{{"date_naissance", "16/03/2026"}}, "date_naissance", "date de naissance dans le futur : 16/03/2026"},
        {{{"date_naissance", "31/12/1899"}}, "date_naissance", "date impossible"},
        {{{"date_naissance", ""}}, "date_naissance", "valeur obligatoire manquante"},
        {{{"ressource_salaire", "-12,00"}}, "ressource_salaire", "négatif"},
        {{{"ressource_salaire", "99999999999999999"}}, "ressource_salaire", "trop grand"},
        {{{"charge_loyer", "10 000 000,00"}}, "charge_loyer", "montant invraisemblable"},
        {{{"ressource_salaire", "12,5O"}}, "ressource_salaire", "caractère inattendu « O »"},
        {{{"qf_atteste", "abc"}}, "qf_atteste", "caractère inattendu"},
        {{{"sexe", "Z"}}, "sexe", "attendu : F, M ou X"},
        {{{"lien", "chef"}}, "lien", "attendu : demandeur, conjoint, enfant, parent, autre"},
        {{{"type_foyer", "famille"}}, "type_foyer", "attendu : seul, couple, couple_enfants, monoparental, autre"},
        {{{"handicap", "peut-être"}}, "handicap", "« oui » ou « non »"},
        {{{"prenom", ""}}, "prenom", "valeur obligatoire manquante"},
        {{{"dossier", ""}}, "dossier", "valeur obligatoire manquante"},
        {{{"acces_debut", "01/03/2026"}}, "acces_fin", "les deux dates"},
        {{{"acces_debut", "01/03/2026"}, {"acces_fin", "28/02/2026"}}, "acces_fin", "avant le début"},
    }));
    auto cells = c.cells;
    cells.try_emplace("dossier", "D-2");
    const auto result = parse(header() + row() + row(cells));
    CHECK(result.households.empty());
    INFO(to_string(result.errors));
    REQUIRE(result.errors.size() == 1);
    const auto& e = result.errors.front();
    CHECK(e.line == 3);
    CHECK(e.column == c.column);
    CHECK_THAT(e.reason, Catch::Contains(c.reason));
}

TEST_CASE("reports a wrong column count as a row error", "[import]") {
    const auto result = parse(header() + row() + "D-2;seul;Léa;;01/01/1990\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].to_string() == "menages.csv:3: 5 colonnes au lieu de 13");
    CHECK(result.households.empty());
}

TEST_CASE("reports stray and unterminated quotes with their line", "[import]") {
    SECTION("stray quote inside an unquoted cell") {
        const auto result = parse(header() + row() + row({{"dossier", "D-2"}, {"nom", "Dupont \"Jo\""}}) + row({{"dossier", "D-3"}}));
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 3);
        CHECK_THAT(result.errors[0].reason, Catch::Contains("guillemet"));
    }
    SECTION("quote opened and never closed") {
        const auto result = parse(header() + row() + row({{"dossier", "D-2"}, {"nom", "\"Dupont"}}) + row({{"dossier", "D-3"}}));
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].line == 3);
        CHECK_THAT(result.errors[0].reason, Catch::Contains("jamais fermé"));
        CHECK(result.households.empty());
    }
}

TEST_CASE("reads a Windows-1252 file and decodes its accents", "[import]") {
    const std::string text = header() + row({{"prenom", "H\xE9l\xE8ne"}, {"nom", "L\x9C" "uvre"}});
    const auto result = parse(text);
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK(result.encoding == TextEncoding::Windows1252);
    CHECK(result.households[0].file.composition.members[0].first_name == "Hélène");
    CHECK(result.households[0].file.composition.members[0].last_name == "Lœuvre");
}

TEST_CASE("reads a UTF-8 file with a byte order mark", "[import]") {
    const auto result = parse("\xEF\xBB\xBF" + header() + row({{"prenom", "Zoé"}}));
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    CHECK(result.encoding == TextEncoding::Utf8WithBom);
    CHECK(result.households[0].file.composition.members[0].first_name == "Zoé");
}

TEST_CASE("refuses a UTF-16 file as a file-level error", "[import]") {
    std::string utf16 = "\xFF\xFE";
    for (char c : header() + row()) {
        utf16 += c;
        utf16 += '\0';
    }
    const auto result = parse(utf16);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].to_string() == "menages.csv:0: fichier en UTF-16 : enregistrez-le en CSV UTF-8");
    CHECK_FALSE(result.encoding.has_value());
}

TEST_CASE("refuses a dossier that comes back after another one", "[import]") {
    const auto result = parse(header() + row() + row({{"dossier", "D-12"}}) + row({{"dossier", "D-1"}, {"lien", "enfant"}}));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 4);
    CHECK(result.errors[0].column == "dossier");
    CHECK_THAT(result.errors[0].reason, Catch::StartsWith("dossier D-1 déjà vu ligne 2"));
    CHECK(result.households.empty());
}

TEST_CASE("requires later rows of a dossier to repeat household cells or leave them empty", "[import]") {
    const auto same = parse(header() + row({{"type_foyer", "monoparental"}}) +
                            row({{"type_foyer", ""}, {"lien", "enfant"}, {"ressource_salaire", ""}, {"charge_loyer", "500"}}));
    INFO(to_string(same.errors));
    CHECK(same.ok());
    REQUIRE(same.households.size() == 1);
    CHECK(same.households[0].file.composition.members.size() == 2);

    const auto different = parse(header() + row() + row({{"lien", "enfant"}, {"charge_loyer", "450"}}));
    REQUIRE(different.errors.size() == 1);
    CHECK(different.errors[0].line == 3);
    CHECK(different.errors[0].column == "charge_loyer");
    CHECK_THAT(different.errors[0].reason, Catch::Contains("diffère de la ligne 2"));
}

TEST_CASE("requires exactly one applicant per dossier", "[import]") {
    const auto none = parse(header() + row({{"lien", "conjoint"}}) + row({{"lien", "enfant"}}));
    REQUIRE(none.errors.size() == 1);
    CHECK(none.errors[0].to_string() == "menages.csv:2: lien: le dossier D-1 n'a aucun membre « demandeur »");

    const auto two = parse(header() + row() + row({{"lien", "enfant"}}) + row());
    REQUIRE(two.errors.size() == 1);
    CHECK(two.errors[0].line == 4);
    CHECK_THAT(two.errors[0].reason, Catch::Contains("déjà ligne 2"));
}

TEST_CASE("refuses unknown columns and unknown resource or charge kinds, naming the column", "[import]") {
    struct Case { const char* column; const char* reason; };
    const auto c = GENERATE(values<Case>({
        {"couleur", "colonne inconnue"},
        {"ressource_loto", "type de ressource inconnu"},
        {"charge_cantine", "type de charge inconnu"},
    }));
    std::string text = header();
    text.insert(text.size() - 1, std::string(";") + c.column);
    std::string data = row();
    data.insert(data.size() - 1, ";1");
    const auto result = parse(text + data);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 0);
    CHECK(result.errors[0].column == c.column);
    CHECK_THAT(result.errors[0].reason, Catch::Contains(c.reason));
}

TEST_CASE("refuses a file missing a required column", "[import]") {
    const auto result = parse("dossier;type_foyer;prenom;date_naissance;lien\nD-1;seul;Awa;01/01/1980;demandeur\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].to_string() == "menages.csv:0: sexe: colonne obligatoire absente de l'en-tête");
}

TEST_CASE("refuses a column given twice under two spellings", "[import]") {
    const auto result = parse("dossier;type_foyer;prenom;Prénom;date_naissance;sexe;lien\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].column == "Prénom");
    CHECK_THAT(result.errors[0].reason, Catch::Contains("colonne en double (colonnes 3 et 4)"));
}

TEST_CASE("lists the errors of several lines together, in line order", "[import]") {
    std::string text = header() + row();                                          // line 2
    text += row({{"dossier", "D-2"}, {"date_naissance", "31/02/2026"}});          // line 3
    text += row({{"dossier", "D-3"}});                                            // line 4
    text += row({{"dossier", "D-4"}, {"ressource_salaire", "12,5O"}});            // line 5
    text += row({{"dossier", "D-5"}}) + row({{"dossier", "D-6"}}) + row({{"dossier", "D-7"}});
    text += row({{"dossier", "D-8"}, {"sexe", "?"}, {"charge_loyer", "-1"}});     // line 9
    const auto result = parse(text);
    CHECK(result.households.empty());
    REQUIRE(result.errors.size() == 4);
    CHECK(result.errors[0].line == 3);
    CHECK(result.errors[1].line == 5);
    CHECK(result.errors[2].line == 9);
    CHECK(result.errors[2].column == "sexe");
    CHECK(result.errors[3].line == 9);
    CHECK(result.errors[3].column == "charge_loyer");
}

TEST_CASE("reads comma-separated files with CRLF line endings", "[import]") {
    std::string text;
    for (char c : header() + row() + row({{"dossier", "D-2"}, {"ressource_salaire", "\"1 200,50\""}})) {
        if (c == ';') c = ',';
        if (c == '\n') text += '\r';
        text += c;
    }
    // Amounts with a decimal comma must be quoted in a comma-separated file.
    text.replace(text.find("1 200,00"), 8, "\"1 200,00\"");
    const auto result = parse(text);
    INFO(to_string(result.errors));
    REQUIRE(result.ok());
    REQUIRE(result.households.size() == 2);
    CHECK(result.households[1].file.composition.resources[0].monthly == core::Money::from_cents(120050));
}

TEST_CASE("reports an empty file", "[import]") {
    const auto result = parse("\n\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 0);
    CHECK_THAT(result.errors[0].reason, Catch::Contains("fichier vide"));
}

TEST_CASE("requires a project type when its description or amount is given", "[import]") {
    const auto result = parse("dossier;type_foyer;prenom;date_naissance;sexe;lien;projet;projet_montant\n"
                              "D-1;seul;Awa;01/01/1980;F;demandeur;;500\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].column == "projet");
}
