// One capability table: what a role may do is written in src/services/access_control.cpp and
// nowhere else. This test reads every source above src/core and names each line that compares a
// role or switches on one, so a second "manager or admin" rule cannot creep back in.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path source_dir = CABAS_SOURCE_DIR;

/// Files where naming a role in a comparison is the point: the table itself and the labels.
bool is_allowed(const std::string& file) {
    return file.rfind("src/core/", 0) == 0 || file.rfind("src/services/access_control.", 0) == 0 ||
           file == "pos/users_panel.cpp";  // the translated name of each role, no right attached
}

/// `x.role == core::Role::Admin`, `Role::Manager != r`, `case Role::Volunteer:`
const std::regex& role_rule() {
    static const std::regex rule(R"((==|!=)\s*(core::)?Role::\w+|(core::)?Role::\w+\s*(==|!=)|case\s+(core::)?Role::)");
    return rule;
}

std::vector<std::string> role_rules_under(const std::string& folder) {
    const std::regex& rule = role_rule();
    std::vector<std::string> out;
    for (const auto& entry : fs::recursive_directory_iterator(source_dir / folder)) {
        const auto ext = entry.path().extension().string();
        if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
        const std::string file = fs::relative(entry.path(), source_dir).generic_string();
        if (is_allowed(file)) continue;
        std::ifstream in(entry.path());
        int n = 0;
        for (std::string text; std::getline(in, text);) {
            ++n;
            if (std::regex_search(text, rule)) out.push_back(file + ":" + std::to_string(n) + ": " + text);
        }
    }
    return out;
}

} // namespace

TEST_CASE("no role is compared outside the capability table", "[architecture]") {
    std::vector<std::string> found;
    for (const char* folder : {"src", "pos", "reports"}) {
        const auto more = role_rules_under(folder);
        found.insert(found.end(), more.begin(), more.end());
    }
    std::ostringstream list;
    for (const auto& f : found) list << "  " << f << "\n";
    INFO("ask services::may(user, Capability::X) instead:\n" << list.str());
    CHECK(found.empty());
}

TEST_CASE("the role rule finds a comparison when there is one", "[architecture]") {
    // The guard must be able to fail: the pattern recognises the shapes it is meant to catch.
    const std::regex& rule = role_rule();
    CHECK(std::regex_search(std::string("if (user.role == core::Role::Admin)"), rule));
    CHECK(std::regex_search(std::string("return Role::Manager != r;"), rule));
    CHECK(std::regex_search(std::string("    case Role::Volunteer: return true;"), rule));
    CHECK_FALSE(std::regex_search(std::string("u.role = core::Role::Volunteer;"), rule));
}
