// cabas-cli user: a brand-new database gets its first admin, who then creates the others; other
// roles are refused; the accounts made here log in at the till (checked through `user list`).
#include "cli_runner.hpp"

#include <catch2/catch.hpp>

using cabas::testing::CliSandbox;

TEST_CASE("a new database gets its first admin, then the admin creates the team", "[cli][users]") {
    CliSandbox box;
    const auto init = box.run({"init"});
    REQUIRE(init.exit_code == 0);
    CHECK(init.out.find("cabas-cli user add IDENTIFIANT --name NOM --role admin --new-pin CODE") != std::string::npos);

    const auto not_admin = box.run({"user", "add", "marie", "--name", "Marie", "--role", "volunteer", "--new-pin", "1111"});
    CHECK(not_admin.exit_code == 2);
    CHECK(not_admin.err.find("le premier compte d'une base neuve doit être un administrateur") != std::string::npos);

    const auto first = box.run({"user", "add", "claire", "--name", "Claire", "--role", "admin", "--new-pin", "9876"});
    INFO(first.err);
    CHECK(first.exit_code == 0);
    CHECK(first.out == "Compte créé : claire (administrateur)\n");

    CHECK(box.run({"user", "add", "marie", "--name", "Marie", "--role", "volunteer", "--new-pin", "1111"}).exit_code == 1);
    const auto bad_pin = box.run({"user", "add", "marie", "--name", "Marie", "--role", "volunteer", "--new-pin", "11a1",
                                  "--user", "claire", "--pin", "9876"});
    CHECK(bad_pin.exit_code == 2);
    CHECK(bad_pin.err.find("code: des chiffres seulement") != std::string::npos);
    CHECK(box.run({"user", "add", "marie", "--name", "Marie (bénévole)", "--role", "volunteer", "--new-pin", "1111",
                   "--user", "claire", "--pin", "9876"})
              .exit_code == 0);

    const auto refused = box.run({"user", "list", "--user", "marie", "--pin", "1111"});
    CHECK(refused.exit_code == 1);
    CHECK(refused.out.empty());
    const auto wrong_pin = box.run({"user", "list", "--user", "claire", "--pin", "0000"});
    CHECK(wrong_pin.exit_code == 1);

    CHECK(box.run({"user", "pin", "marie", "--new-pin", "2468", "--user", "marie", "--pin", "1111"}).exit_code == 0);
    CHECK(box.run({"user", "disable", "marie", "--user", "claire", "--pin", "9876"}).exit_code == 0);
    const auto list = box.run({"user", "list", "--user", "claire", "--pin", "9876"});
    CHECK(list.exit_code == 0);
    CHECK(list.out == "claire\tClaire\tadministrateur\nmarie\tMarie (bénévole)\tbénévole\tdésactivé\n");
    CHECK(box.run({"user", "disable", "claire", "--user", "claire", "--pin", "9876"}).exit_code == 2);
}
