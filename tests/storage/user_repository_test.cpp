// Tests of users in SQLite: Argon2id PIN hashes, verification, deactivation, rehash on login.
#include "test_store.hpp"

#include "core/error.hpp"

#include <catch2/catch.hpp>

using namespace cabas;
using namespace cabas::storage;
using core::Decision, core::ExpiryKind, core::MovementKind, core::PaymentMethod, core::Role;
using core::to_code, core::decision_from_code, core::role_from_code, core::payment_method_from_code;
using core::expiry_kind_from_code, core::movement_kind_from_code;
using namespace cabas::storage::testing;

TEST_CASE("a user is verified with the right PIN and refused with a wrong one", "[storage]") {
    TestStore store;
    auto& users = store.users();
    const auto id = users.add("marie", "Marie Dupont", Role::Manager, "4821");
    auto user = users.verify("marie", "4821");
    REQUIRE(user);
    CHECK(user->id == id);
    CHECK(user->login == "marie");
    CHECK(user->display_name == "Marie Dupont");
    CHECK(user->role == Role::Manager);
    CHECK_FALSE(users.verify("marie", "4822").has_value());
    CHECK_FALSE(users.verify("paul", "4821").has_value());
}

TEST_CASE("PINs are stored as Argon2id hashes, never in clear", "[storage]") {
    TestStore store;
    store.users().add("marie", "Marie Dupont", Role::Admin, "4821");
    const std::string hash = store.query_text("SELECT pin_hash FROM users WHERE login = 'marie'");
    CHECK(hash.rfind("$argon2id$", 0) == 0);
    CHECK(hash.find("4821") == std::string::npos);
    CHECK(pin_matches("4821", hash));
    CHECK(hash_pin("4821", PinHashCost::minimum()) != hash);  // salted
}

TEST_CASE("the interactive cost is libsodium's interactive Argon2id preset", "[storage]") {
    const auto cost = PinHashCost::interactive();
    CHECK(cost.memlimit == 64u * 1024u * 1024u);
    CHECK(cost.opslimit == 2u);
}

TEST_CASE("a deactivated user cannot log in, and can again once reactivated", "[storage]") {
    TestStore store;
    auto& users = store.users();
    users.add("paul", "Paul", Role::Volunteer, "1234");
    users.set_active("paul", false);
    CHECK_FALSE(users.verify("paul", "1234").has_value());
    users.set_active("paul", true);
    CHECK(users.verify("paul", "1234").has_value());
    CHECK_THROWS_AS(users.set_active("personne", true), ValidationError);
}

TEST_CASE("a new PIN replaces the old one", "[storage]") {
    TestStore store;
    auto& users = store.users();
    users.add("paul", "Paul", Role::Volunteer, "1234");
    users.set_pin("paul", "9876");
    CHECK_FALSE(users.verify("paul", "1234").has_value());
    CHECK(users.verify("paul", "9876").has_value());
    CHECK_THROWS_AS(users.set_pin("personne", "9876"), ValidationError);
}

TEST_CASE("a taken login, an empty login or a short PIN is refused", "[storage]") {
    TestStore store;
    auto& users = store.users();
    users.add("paul", "Paul", Role::Volunteer, "1234");
    CHECK_THROWS_AS(users.add("paul", "Paul bis", Role::Admin, "5678"), ValidationError);
    CHECK_THROWS_AS(users.add("", "Personne", Role::Admin, "5678"), ValidationError);
    CHECK_THROWS_AS(users.add("lea", "Léa", Role::SocialWorker, "123"), ValidationError);
    auto list = users.list();
    REQUIRE(list.size() == 1);
    CHECK(list.front().role == Role::Volunteer);
}

TEST_CASE("users are listed by login with their roles", "[storage]") {
    TestStore store;
    auto& users = store.users();
    users.add("zoe", "Zoé", Role::SocialWorker, "1111");
    users.add("alain", "Alain", Role::Admin, "2222");
    auto list = users.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].login == "alain");
    CHECK(list[0].role == Role::Admin);
    CHECK(list[1].role == Role::SocialWorker);
    CHECK(to_code(Role::SocialWorker) == "social_worker");
    CHECK(role_from_code("volunteer") == Role::Volunteer);
}

TEST_CASE("a hash made with another cost is upgraded at the next good login", "[storage]") {
    TestStore store;
    store.users().add("marie", "Marie", Role::Admin, "4821");
    auto& db = store;
    const std::string before = db.query_text("SELECT pin_hash FROM users");
    PinHashCost stronger = PinHashCost::minimum();
    stronger.opslimit += 1;
    auto other = store.open_again(stronger);
    auto& upgraded = other->users();
    CHECK_FALSE(upgraded.verify("marie", "0000").has_value());
    CHECK(db.query_text("SELECT pin_hash FROM users") == before);
    REQUIRE(upgraded.verify("marie", "4821").has_value());
    const std::string after = db.query_text("SELECT pin_hash FROM users");
    CHECK(after != before);
    CHECK_FALSE(pin_needs_rehash(after, stronger));
    CHECK(upgraded.verify("marie", "4821").has_value());
}
