// The CUPS queues offered by the printer step: lpstat's names, odd lines dropped, and a plain
// sentence when lpstat is missing.
#include "services/io/print_queues.hpp"
#include "support/test_database.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using Catch::Contains;

namespace {

/// PATH set to `dir` for the scope of the test.
struct PathOnly {
    explicit PathOnly(const std::string& dir) : m_saved(std::getenv("PATH") ? std::getenv("PATH") : "") {
        ::setenv("PATH", dir.c_str(), 1);
    }
    ~PathOnly() { ::setenv("PATH", m_saved.c_str(), 1); }
    std::string m_saved;
};

} // namespace

TEST_CASE("the printer step lists lpstat's queues and says when CUPS is missing", "[printer][sqlite]") {
    cabas::test_support::FreshDatabase scratch{"cabas-lpstat"};
    const std::string dir = std::filesystem::path(scratch.file("x")).parent_path().string();
    {
        PathOnly path(dir);
        const auto none = cabas::services::io::cups_queues();
        CHECK(none.names.empty());
        CHECK_THAT(none.problem, Contains("cups-client"));
    }
    const std::string fake = dir + "/lpstat";
    std::ofstream(fake) << "#!/bin/sh\n[ \"$1\" = -e ] || exit 9\nprintf 'TM-T20\\nbad name\\n\\nEpson_TM-m30\\n'\n";
    std::filesystem::permissions(fake, std::filesystem::perms::owner_all);
    PathOnly path(dir + ":/bin:/usr/bin");
    const auto queues = cabas::services::io::cups_queues();
    CHECK(queues.names == std::vector<std::string>{"TM-T20", "Epson_TM-m30"});
    CHECK(queues.problem.empty());
}
