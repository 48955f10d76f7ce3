// The till's words: every _("...") in pos/ is an ASCII English msgid (a non-ASCII msgid comes out
// empty when the till runs in the C locale), and each has its French in assets/locale/fr*.po.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

const fs::path source_dir = CABAS_SOURCE_DIR;

std::string read(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Msgid {
    std::string file;
    std::string text;
};

std::vector<Msgid> till_msgids() {
    static const std::regex call(R"re(\b_\("((?:[^"\\]|\\.)*)"\))re");
    std::vector<Msgid> out;
    for (const auto& entry : fs::directory_iterator(source_dir / "pos")) {
        if (entry.path().extension() != ".cpp") continue;
        const std::string text = read(entry.path());
        for (auto it = std::sregex_iterator(text.begin(), text.end(), call); it != std::sregex_iterator(); ++it)
            out.push_back({entry.path().filename().string(), (*it)[1]});
    }
    return out;
}

/// The msgids of the French catalogues, their continuation lines joined ("a\n" "b" is "a\nb").
std::set<std::string> french_catalogue_msgids() {
    static const std::regex first(R"re(^msgid "((?:[^"\\]|\\.)*)"$)re");
    static const std::regex more(R"re(^"((?:[^"\\]|\\.)*)"$)re");
    std::set<std::string> out;
    for (const auto& file : fs::directory_iterator(source_dir / "assets" / "locale")) {
        if (file.path().extension() != ".po" || file.path().filename().string().rfind("fr", 0) != 0) continue;
        std::ifstream in(file.path());
        std::string line;
        std::string msgid;
        bool in_msgid = false;
        std::smatch m;
        while (std::getline(in, line)) {
            if (std::regex_match(line, m, first)) {
                msgid = m[1];
                in_msgid = true;
            } else if (in_msgid && std::regex_match(line, m, more)) {
                msgid += m[1];
            } else if (in_msgid) {
                out.insert(msgid);
                in_msgid = false;
            }
        }
    }
    return out;
}

} // namespace

TEST_CASE("every msgid of the till is ASCII and has its French translation", "[architecture][translation]") {
    const auto msgids = till_msgids();
    REQUIRE(msgids.size() > 300);  // the walk found the till's words
    const auto french = french_catalogue_msgids();
    for (const Msgid& m : msgids) {
        INFO(m.file << ": _(\"" << m.text << "\")");
        CHECK(std::all_of(m.text.begin(), m.text.end(), [](char c) { return static_cast<unsigned char>(c) < 128; }));
        CHECK(french.count(m.text) == 1);
    }
}
