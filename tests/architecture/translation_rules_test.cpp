// The till's words: every _("...") in pos/ is an ASCII English msgid (a non-ASCII msgid comes out
// empty when the till runs in the C locale), and each has its French in assets/locale/fr*.po.
#include "source_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <string>

namespace fs = std::filesystem;

namespace {

const fs::path source_dir = CABAS_SOURCE_DIR;

struct Msgid {
    std::string file;
    std::string text;
};

std::vector<Msgid> till_msgids() {
    static const std::regex call(R"re(\b_\("((?:[^"\\]|\\.)*)"\))re");
    std::vector<Msgid> out;
    for (const auto& entry : fs::directory_iterator(source_dir / "pos")) {
        if (entry.path().extension() != ".cpp") continue;
        const std::string text = cabas::testing::read_text(entry.path());
        for (auto it = std::sregex_iterator(text.begin(), text.end(), call); it != std::sregex_iterator(); ++it)
            out.push_back({entry.path().filename().string(), (*it)[1]});
    }
    return out;
}

/// The msgids of the French catalogues, their continuation lines joined ("a\n" "b" is "a\nb").
std::set<std::string> french_catalogue_msgids() {
    std::set<std::string> out;
    for (const auto& [msgid, msgstr] : cabas::testing::po_catalogue(source_dir / "assets" / "locale", "fr")) out.insert(msgid);
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
