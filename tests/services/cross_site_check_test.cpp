// The duplicate check between the épiceries of one CCAS: two site schemas and the CCAS register
// on the test server. A person filed at one site is flagged to the other with the end of rights
// only; another birth date is another person; accents and case are not; no name, file or site
// reaches the register or the second site; every lookup is logged at the asking site.
#include "cross_site_fixtures.hpp"

#include "core/error.hpp"
#include "services/households/cross_site_check.hpp"
#include "storage/ccas_register.hpp"
#include "storage/postgres_uri.hpp"
#include "storage/store.hpp"
#include "support/test_ccas_database.hpp"

#include <catch2/catch.hpp>

#include <pqxx/pqxx>
#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace cabas;
using namespace cabas::services::households;
using services::testing::HouseholdWorld;
using services::testing::kHouseholdDay;
using services::testing::random_key;
using services::testing::Site;
using services::testing::TwoSites;
using core::Role;

namespace {

core::HouseholdFile file_of(const std::string& number, core::Member adult) {
    core::HouseholdFile f = services::testing::worked_check_file(number);
    f.composition.type = core::HouseholdType::Single;
    f.composition.members = {adult};
    f.composition.members[0].relationship = core::Relationship::Applicant;
    return f;
}

core::Member person(const char* first, const char* last, core::Date birth) {
    return {first, last, birth, core::Sex::Female, core::Relationship::Applicant, false};
}

std::int64_t accept(HouseholdService& s, std::int64_t id) {
    DecisionRequest d;
    d.decision = core::Decision::Accepted;
    d.end = core::Date::from_ymd(2027, 2, 28);
    s.decide(id, d);
    return id;
}

/// Every value of every row of the register's tables for `codes`, as text.
std::string register_content(const std::string& uri, const std::vector<std::string>& codes) {
    pqxx::connection c(storage::checked_postgres_uri(uri));
    pqxx::read_transaction tx(c);
    std::string all;
    for (const auto& code : codes) {
        for (const auto& r : tx.exec_params("SELECT f::text FROM cabas_ccas.adult_fingerprint f WHERE site_code = $1", code))
            all += std::string(r[0].c_str()) + "\n";
    }
    return all;
}

const core::Date kBirth = core::Date::from_ymd(1979, 6, 3);

} // namespace

TEST_CASE("the same person filed at a second épicerie is flagged with the other site's end of rights only",
          "[postgres][households][cross_site]") {
    TwoSites ccas_sites;
    Site& centre = ccas_sites.centre;
    Site& nord = ccas_sites.nord;

    auto at_centre = centre.social_worker();
    const auto first = accept(at_centre, at_centre.create(file_of("C-0001", person("Zoé", "Dupont-Lefèvre", kBirth))));
    REQUIRE(at_centre.cross_site_result());
    CHECK(at_centre.cross_site_result()->available);
    CHECK(at_centre.cross_site_result()->warnings.empty());
    (void)first;

    auto at_nord = nord.social_worker();
    SECTION("the same person, typed with other accents, case and separators") {
        at_nord.create(file_of("N-0001", person("ZOE", "dupont lefevre", kBirth)));
        const auto& r = at_nord.cross_site_result();
        REQUIRE(r);
        REQUIRE(r->available);
        CHECK(r->adults_compared == 1);
        REQUIRE(r->warnings.size() == 1);
        CHECK(r->warnings[0] == "ZOE dupont lefevre : déjà suivi par une autre épicerie du CCAS (droits jusqu'au 28/02/2027)");
        CHECK(r->text() == r->warnings[0] + "\n");
        CHECK(nord.logged("controle_doublons_ccas") == 1);
        CHECK(centre.logged("controle_doublons_ccas") == 2);  // its own filing and its decision
    }
    SECTION("the same names with another birth date are another person") {
        at_nord.create(file_of("N-0002", person("Zoé", "Dupont-Lefèvre", kBirth.plus_days(1))));
        REQUIRE(at_nord.cross_site_result());
        CHECK(at_nord.cross_site_result()->available);
        CHECK(at_nord.cross_site_result()->warnings.empty());
        CHECK(nord.logged("controle_doublons_ccas") == 1);  // a lookup that found nothing is logged too
    }
    SECTION("a household that left the other site is no longer followed there") {
        at_centre.exit(first, kHouseholdDay, core::ExitReason::Moved, "déménagement");
        services::FixedClock next_day{kHouseholdDay.plus_days(1)};
        HouseholdService later(*nord.store, next_day, services::testing::user_with(Role::SocialWorker), nord.serials);
        later.use_cross_site_check(nord.link.get());
        later.create(file_of("N-0003", person("Zoé", "Dupont-Lefèvre", kBirth)));
        REQUIRE(later.cross_site_result()->available);
        CHECK(later.cross_site_result()->warnings.empty());
    }
    SECTION("the first site is told in turn when the second one renews or files") {
        at_nord.create(file_of("N-0004", person("Zoé", "Dupont-Lefèvre", kBirth)));
        at_centre.update([&] {
            auto f = *centre.store->households().get(first);
            return f;
        }());
        REQUIRE(at_centre.cross_site_result()->warnings.size() == 1);
        CHECK(at_centre.cross_site_result()->warnings[0] ==
              "Zoé Dupont-Lefèvre : déjà suivi par une autre épicerie du CCAS (dossier en attente de commission)");
    }
}

TEST_CASE("no name, file or address of one épicerie reaches the register or the other épicerie",
          "[postgres][households][cross_site]") {
    TwoSites ccas_sites;
    Site& centre = ccas_sites.centre;
    Site& nord = ccas_sites.nord;
    auto at_centre = centre.social_worker();
    core::HouseholdFile secret = file_of("C-SECRET-77", person("Philomène", "Quatrevingt", kBirth));
    secret.address = "9 impasse Discrète";
    accept(at_centre, at_centre.create(secret));

    auto at_nord = nord.social_worker();
    const auto id = at_nord.create(file_of("N-0100", person("Philomène", "Quatrevingt", kBirth)));
    REQUIRE(at_nord.cross_site_result()->warnings.size() == 1);

    // The register: its columns are the site's code, a number local to the site, the hash,
    // two dates. No column holds text a person typed.
    pqxx::connection c(storage::checked_postgres_uri(ccas_sites.ccas.uri()));
    pqxx::read_transaction tx(c);
    std::vector<std::string> columns;
    for (const auto& r : tx.exec("SELECT table_name || '.' || column_name FROM information_schema.columns "
                                 "WHERE table_schema = 'cabas_ccas' ORDER BY 1"))
        columns.push_back(r[0].c_str());
    CHECK(columns == std::vector<std::string>{
                         "adult_fingerprint.fingerprint", "adult_fingerprint.household_ref", "adult_fingerprint.recorded_on",
                         "adult_fingerprint.rights_until", "adult_fingerprint.site_code", "register_version.singleton",
                         "register_version.version", "site.code", "site.name", "site.schema_name"});
    const std::string content = register_content(ccas_sites.ccas.uri(), {centre.code, nord.code});
    CHECK(content.find("2027-02-28") != std::string::npos);  // the rows are there
    for (const char* typed : {"Philom", "philom", "Quatrevingt", "quatrevingt", "C-SECRET", "Discr", "1979-06-03"})
        CHECK(content.find(typed) == std::string::npos);

    // What the second site can see: its warning, its file, its access log, and nothing of the first's.
    std::string seen = at_nord.cross_site_result()->text();
    const auto view = at_nord.open(id);
    for (const auto& row : at_nord.list({})) seen += row.file_number + " " + row.display_name + "\n";
    storage::AccessLogFilter all;
    all.limit = -1;
    for (const auto& e : nord.store->access_log().list(all)) seen += e.action + " " + e.detail + "\n";
    (void)view;
    for (const char* foreign : {"C-SECRET", "Discrète", "centre", "CENTRE", "Épicerie du centre"})
        CHECK(seen.find(foreign) == std::string::npos);
}

TEST_CASE("without a key, without a register or on SQLite the check is said unavailable once, and filing goes on",
          "[households][cross_site]") {
    HouseholdWorld world;
    const auto dir = std::filesystem::temp_directory_path() / ("cabas-ccas-key-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string missing_key = (dir / "ccas.cle").string();
    CrossSiteLink link(world.store.location(), missing_key);
    auto s = world.as(Role::SocialWorker);
    s.use_cross_site_check(&link);
    const auto id = s.create(file_of("X-0001", person("Zoé", "Dupont", kBirth)));
    REQUIRE(s.cross_site_result());
    CHECK_FALSE(s.cross_site_result()->available);
    const std::string expected = storage::is_postgres_uri(world.store.location())
                                     ? "ce poste n'a pas la clé du CCAS (" + missing_key + ")"
                                     : "la base est un fichier SQLite, propre à une seule épicerie";
    CHECK(s.cross_site_result()->unavailable_reason == expected);
    CHECK(s.cross_site_result()->text() ==
          "Contrôle des doublons entre épiceries du CCAS indisponible : " + expected + ".\n");
    CHECK(world.logged("controle_doublons_ccas") == 0);  // no lookup was made
    CHECK(world.store->households().get(id));
    std::filesystem::remove_all(dir);
}

TEST_CASE("the CCAS key file is created 0600, read back, never replaced, and refused when others may read it",
          "[households][cross_site]") {
    const auto dir = std::filesystem::temp_directory_path() / ("cabas-ccas-key2-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    const std::string path = (dir / "sub" / "ccas.cle").string();
    const CcasKey made = CcasKey::create(path);
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    const auto loaded = CcasKey::load(path);
    REQUIRE(loaded);
    const core::Member m = person("Zoé", "Dupont", kBirth);
    CHECK(loaded->fingerprint(m) == made.fingerprint(m));
    CHECK(made.fingerprint(m).size() == 64);
    CHECK(random_key().fingerprint(m) != made.fingerprint(m));
    CHECK_THROWS_AS(CcasKey::create(path), ValidationError);
    ::chmod(path.c_str(), 0644);
    CHECK_THROWS_WITH(CcasKey::load(path), Catch::Contains("lisible par d'autres comptes"));
    ::chmod(path.c_str(), 0600);
    std::ofstream(path, std::ios::trunc) << "pas une clé\n";
    CHECK_THROWS_WITH(CcasKey::load(path), Catch::Contains("ce n'est pas une clé du CCAS"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("the HMAC is the one libsodium computes over the normalised identity", "[households][cross_site]") {
    const std::string raw(32, '\x2a');
    const CcasKey key = CcasKey::from_bytes(raw);
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    const std::string text = "dupontlefevre|zoe|1979-06-03";
    crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                           reinterpret_cast<const unsigned char*>(raw.data()));
    char hex[sizeof mac * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    CHECK(key.fingerprint(person("Zoé", "Dupont-Lefèvre", kBirth)) == hex);
    CHECK(key.fingerprint(person("ZOE", "DUPONT LEFEVRE", kBirth)) == hex);
}

TEST_CASE("the register refuses a malformed site, a code or schema registered twice, a schema without Cabas",
          "[postgres][cross_site]") {
    test_support::FreshCcasDatabase ccas;
    const std::string location = ccas.new_site_schema("seule");
    storage::open_store(location, storage::PinHashCost::minimum());
    CHECK_FALSE(storage::CcasRegister::open(location, false));  // no register until a site is added
    auto reg = storage::CcasRegister::open(location, true);
    CHECK(reg->version() == 1);
    const std::string schema = reg->connection_schema();
    CHECK(schema == "seule");
    CHECK_THROWS_WITH(reg->add_site({"centre", "x", schema}), Catch::Contains("lettres majuscules"));
    CHECK_THROWS_WITH(reg->add_site({"OK1", "", schema}), Catch::Contains("nom de l'épicerie"));
    CHECK_THROWS_WITH(reg->add_site({"OK2", "x", "pas_de_tel_schema"}), Catch::Contains("ne contient pas de base Cabas"));
    const std::string code = "SEULE";
    reg->add_site({code, "Épicerie", schema});
    CHECK(reg->sites().size() == 1);
    CHECK_THROWS_WITH(reg->add_site({code, "Autre", schema}), Catch::Contains("déjà celui d'une épicerie"));
    CHECK_THROWS_WITH(reg->add_site({"AUTRE", "Autre", schema}), Catch::Contains("déjà inscrit"));
    REQUIRE(reg->site_with_schema(schema));
    CHECK(reg->site_with_schema(schema)->name == "Épicerie");
    CHECK(storage::database_uri_of("postgresql://u@h/db?options=-csearch_path%3Dx&sslmode=disable") ==
          "postgresql://u@h/db?sslmode=disable");
    CHECK(storage::database_uri_of("postgresql://u@h/db?options=-csearch_path%3Dx") == "postgresql://u@h/db");
}
