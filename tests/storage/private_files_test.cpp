// Personal data at rest: the database, its -wal and -shm, backups and the folders Cabas
// creates are private to their owner whatever the umask, and a readable database is noticed.
#include "temp_dir.hpp"

#include "core/error.hpp"
#include "storage/database.hpp"
#include "storage/private_file.hpp"
#include "support/files.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace cabas::storage;
using cabas::storage::testing::TempDir;
using cabas::testing::mode_of;
using cabas::testing::ScopedUmask;

TEST_CASE("the database, its WAL and shared-memory files and a backup are 0600 whatever the umask",
          "[storage][privacy][sqlite]") {
    const mode_t mask = GENERATE(mode_t{022}, mode_t{0});
    CAPTURE(mask);
    ScopedUmask umask(mask);
    TempDir dir;
    const std::string path = dir.file("cabas.db");
    Database db(path);
    db.exec("INSERT INTO settings (key, value) VALUES ('nom', 'x')");  // the WAL now holds a frame
    REQUIRE(std::filesystem::exists(path + "-wal"));
    REQUIRE(std::filesystem::exists(path + "-shm"));
    CHECK(mode_of(path) == 0600);
    CHECK(mode_of(path + "-wal") == 0600);
    CHECK(mode_of(path + "-shm") == 0600);
    db.backup_to(dir.file("copie.db"));
    CHECK(mode_of(dir.file("copie.db")) == 0600);
}

TEST_CASE("an empty file handed over to become the database is made private", "[storage][privacy][sqlite]") {
    ScopedUmask umask(0);
    TempDir dir;
    const std::string path = dir.file("cabas.db");
    { std::ofstream touch(path); }
    std::filesystem::permissions(path, std::filesystem::perms::all);
    Database db(path);
    CHECK(mode_of(path) == 0600);
}

TEST_CASE("created folders are 0700 and existing ones keep their mode", "[storage][privacy][sqlite]") {
    ScopedUmask umask(0);
    TempDir dir;
    std::filesystem::create_directory(dir.file("partage"));
    std::filesystem::permissions(dir.file("partage"), std::filesystem::perms(0755));
    create_private_directories(dir.file("partage/cabas/donnees"));
    CHECK(mode_of(dir.file("partage")) == 0755);
    CHECK(mode_of(dir.file("partage/cabas")) == 0700);
    CHECK(mode_of(dir.file("partage/cabas/donnees")) == 0700);
}

TEST_CASE("a private file is created 0600 even under umask 0000 and never over an existing one", "[storage][privacy][sqlite]") {
    ScopedUmask umask(0);
    TempDir dir;
    create_private_file(dir.file("a"));
    CHECK(mode_of(dir.file("a")) == 0600);
    CHECK_THROWS_AS(create_private_file(dir.file("a")), cabas::StorageError);
}

TEST_CASE("a file readable by group or others is reported with its mode", "[storage][privacy][sqlite]") {
    TempDir dir;
    const std::string path = dir.file("cabas.db");
    create_private_file(path);
    CHECK_FALSE(exposed_permissions(path).has_value());
    for (unsigned m : {0640u, 0604u, 0644u, 0666u}) {
        std::filesystem::permissions(path, std::filesystem::perms(m));
        CHECK(exposed_permissions(path) == m);
    }
    CHECK_FALSE(exposed_permissions(dir.file("absent")).has_value());
}
