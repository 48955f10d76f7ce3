// The separate demonstration database of the first-run wizard: created once beside the real
// one, private, seeded; never reseeded or overwritten.
#include "services/demo/demo_database.hpp"
#include "services/till/journal_seal.hpp"
#include "storage/store.hpp"
#include "support/test_database.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sys/stat.h>

using namespace cabas;

TEST_CASE("the demonstration database is created beside the real one, once", "[demo][sqlite]") {
    test_support::FreshDatabase scratch{"cabas-demo-db"};
    const std::string real = scratch.file("cabas.db");
    const std::string demo = services::demo::demo_database_path(real);
    CHECK(demo == scratch.file("demo.db"));
    CHECK(services::demo::demo_database_path("postgresql://cabas@serveur/epicerie").ends_with("/cabas/demo.db"));

    REQUIRE(services::demo::ensure_demo_database(demo, core::Date::from_ymd(2026, 12, 3)));
    struct stat info {};
    REQUIRE(::stat(demo.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK_FALSE(std::filesystem::exists(real));
    {
        auto store = storage::open_store(demo);
        CHECK(store->households().count() > 10);
        CHECK(store->users().list().size() == 4);
    }
    const auto size = std::filesystem::file_size(demo);
    CHECK_FALSE(services::demo::ensure_demo_database(demo, core::Date::from_ymd(2026, 12, 4)));
    CHECK(std::filesystem::file_size(demo) == size);
    services::till::attach_seal(std::nullopt);
}
