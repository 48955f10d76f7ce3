// Accessibility rules of pos/ that a grep can hold: every colour comes from the palette
// (pos/palette.cpp), so a high-contrast theme reaches every screen; and every table is the
// native ui::ListView, since wxListCtrl and wxGrid are drawn by wx and a screen reader cannot
// read them on GTK.
#include "source_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path source_dir = CABAS_SOURCE_DIR;

/// The code of one line without its // comment (a comment may name a colour).
std::string code_of(const std::string& line) {
    const auto comment = line.find("//");
    return comment == std::string::npos ? line : line.substr(0, comment);
}

struct Rule {
    const char* what;
    std::regex pattern;
};

const std::vector<Rule>& colour_rules() {
    static const std::vector<Rule> rules = {
        {"a colour built in place", std::regex(R"(\bwxColour\s*[({]|\bwxColour\s+\w+\s*\{|\bwxColour\s+\w+\s*\(\s*(0x|\d|"))")},
        {"a stock colour", std::regex(R"(\bwx(WHITE|BLACK|RED|GREEN|BLUE|CYAN|YELLOW|LIGHT_GREY)\b)")},
        {"a named or system colour", std::regex(R"(wxTheColourDatabase|wxSystemSettings::GetColour)")},
        {"a colour written as text", std::regex(R"(#[0-9A-Fa-f]{6}\b)")},
    };
    return rules;
}

const std::vector<Rule>& table_rules() {
    static const std::vector<Rule> rules = {
        {"a table drawn by wx (use ui::ListView)", std::regex(R"(\bwx(ListCtrl|ListView|Grid)\b|<wx/(listctrl|grid)\.h>)")},
    };
    return rules;
}

/// "file:line: what: code" for each line of `text` that breaks a rule.
std::vector<std::string> breaches(const std::string& file, const std::string& text, const std::vector<Rule>& rules) {
    std::vector<std::string> out;
    std::istringstream lines(text);
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
        const std::string code = code_of(line);
        for (const Rule& rule : rules)
            if (std::regex_search(code, rule.pattern))
                out.push_back(file + ":" + std::to_string(number) + ": " + rule.what + ": " + line);
    }
    return out;
}

std::vector<std::string> pos_breaches(const std::vector<Rule>& rules, const std::vector<std::string>& allowed) {
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(source_dir / "pos")) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
        if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
        for (auto& b : breaches("pos/" + name, cabas::testing::read_text(entry.path()), rules)) out.push_back(b);
    }
    return out;
}

std::string listed(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines) out += "\n  " + line;
    return out;
}

} // namespace

TEST_CASE("the colour rules catch every way of writing a colour, and only those", "[architecture][palette]") {
    struct Case {
        const char* line;
        bool breaks;
    };
    const Case cases[] = {
        {"SetBackgroundColour(wxColour(0xF5, 0xF5, 0xF5));", true},
        {"const wxColour amber_text{0xA0, 0x5A, 0x00};", true},
        {"wxColour pale(255, 0, 0);", true},
        {"wxColour named(\"red\");", true},
        {"text->SetForegroundColour(*wxWHITE);", true},
        {"m_session_warning->SetForegroundColour(*wxBLACK);", true},
        {"wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)", true},
        {"wxTheColourDatabase->Find(\"RED\")", true},
        {"label->SetMarkup(\"<span color='#C62828'>\")", true},
        {"const char* c = \"#C62828\";", true},
        {"SetBackgroundColour(palette().background(Tone::Ok));", false},
        {"wxColour TillPanel::message_colour() const { return m_strip->GetBackgroundColour(); }", false},
        {"const wxColour colour = palette().ink(Tone::Ok);", false},
        {"// green #2E7D32 like wxColour(0x2E, 0x7D, 0x32)", false},
    };
    for (const Case& c : cases) {
        INFO(c.line);
        CHECK(breaches("sample", c.line, colour_rules()).empty() != c.breaks);
    }
}

TEST_CASE("pos/ names no colour outside the palette", "[architecture][palette]") {
    const auto found = pos_breaches(colour_rules(), {"palette.cpp", "palette.hpp"});
    INFO("colours written outside pos/palette.cpp:" << listed(found));
    CHECK(found.empty());
}

TEST_CASE("pos/ shows its tables in native lists a screen reader can read", "[architecture][accessibility]") {
    CHECK_FALSE(breaches("sample", "auto* list = new wxListCtrl(this);", table_rules()).empty());
    CHECK_FALSE(breaches("sample", "#include <wx/grid.h>", table_rules()).empty());
    CHECK(breaches("sample", "auto* keys = new wxGridSizer(2, 3, 6, 6);", table_rules()).empty());
    const auto found = pos_breaches(table_rules(), {});
    INFO("tables drawn by wx:" << listed(found));
    CHECK(found.empty());
}
