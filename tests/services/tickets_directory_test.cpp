// PDF tickets go beside the database the till was started on, not to a fixed home folder.
#include "services/app_paths.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

TEST_CASE("tickets go to tickets/ beside the database whatever --db says", "[paths]") {
    using cabas::services::tickets_directory_beside;
    CHECK(tickets_directory_beside("/srv/epicerie/cabas.db") == "/srv/epicerie/tickets");
    CHECK(tickets_directory_beside("/tmp/x/y/base.sqlite") == "/tmp/x/y/tickets");
    // A relative --db is resolved against the folder the till was started in.
    const auto here = std::filesystem::current_path();
    CHECK(tickets_directory_beside("cabas.db") == (here / "tickets").string());
}
