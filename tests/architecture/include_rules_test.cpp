// The layers' arrows, checked on the sources: each test reads every #include of one layer and
// names the lines that break its rule. It backs up the include views of the build
// (cmake/CabasLayers.cmake), which cannot see a quote include that reaches a folder by a
// relative path, nor tell one storage header from another.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Include {
    std::string file;    ///< relative to the source tree: "reports/fse_layout.cpp"
    int line = 0;
    std::string target;  ///< what is included: "core/money.hpp", "wx/panel.h"
    bool angle = false;  ///< <...> rather than "..."
};

const fs::path source_dir = CABAS_SOURCE_DIR;

bool is_source(const fs::path& p) {
    const auto ext = p.extension().string();
    return ext == ".hpp" || ext == ".cpp" || ext == ".h";
}

/// Every #include of the C++ files under `folder` (relative to the source tree).
std::vector<Include> includes_under(const std::string& folder) {
    static const std::regex directive(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
    std::vector<Include> out;
    for (const auto& entry : fs::recursive_directory_iterator(source_dir / folder)) {
        if (!entry.is_regular_file() || !is_source(entry.path())) continue;
        std::ifstream in(entry.path());
        std::string text;
        int n = 0;
        while (std::getline(in, text)) {
            ++n;
            std::smatch m;
            if (std::regex_search(text, m, directive))
                out.push_back({fs::relative(entry.path(), source_dir).generic_string(), n, m[2], m[1] == "<"});
        }
    }
    std::sort(out.begin(), out.end(), [](const Include& a, const Include& b) {
        return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
    return out;
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }
bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// The folders a layer's files may not include, as include prefixes.
bool reaches_any(const Include& i, const std::vector<std::string>& prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& p) { return starts_with(i.target, p); });
}

std::string describe(const Include& i) {
    return i.file + ":" + std::to_string(i.line) + ": #include " + (i.angle ? "<" : "\"") + i.target + (i.angle ? ">" : "\"");
}

/// Fails with one line per offending include, so the message is the list to fix.
void require_none(const std::vector<Include>& offending, const std::string& rule) {
    if (offending.empty()) {
        SUCCEED(rule);
        return;
    }
    std::ostringstream s;
    s << rule << "; " << offending.size() << " include(s) break it:\n";
    for (const auto& i : offending) s << "  " << describe(i) << "\n";
    FAIL_CHECK(s.str());  // not FAIL: a test may check more after the list
}

template <class Pred>
std::vector<Include> offending(const std::vector<Include>& all, Pred breaks) {
    std::vector<Include> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), breaks);
    return out;
}

std::vector<Include> concat(std::vector<Include> a, const std::vector<Include>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

const std::vector<std::string> kAllLayers{"core/", "storage/", "services/", "reports/", "cli/", "pos/"};

bool is_wx(const Include& i) { return starts_with(i.target, "wx/"); }

} // namespace

TEST_CASE("src/core includes only core and the standard library", "[architecture]") {
    // Standard headers have neither an extension nor a folder (<vector>, <cstdint>); <unistd.h>,
    // <sqlite3.h>, <wx/...> or <nlohmann/json.hpp> have one or the other.
    static const std::regex standard_header("^[a-z_0-9]+$");
    require_none(offending(includes_under("src/core"),
                           [](const Include& i) {
                               return i.angle ? !std::regex_match(i.target, standard_header) : !starts_with(i.target, "core/");
                           }),
                 "src/core includes only \"core/...\" and standard headers");
}

TEST_CASE("src/storage includes neither services, reports, cli, the till nor wx", "[architecture]") {
    require_none(offending(includes_under("src/storage"),
                           [](const Include& i) { return reaches_any(i, {"services/", "reports/", "cli/", "pos/"}) || is_wx(i); }),
                 "src/storage sees core and storage only");
}

TEST_CASE("reports/ includes neither services, storage, cli, the till nor wx", "[architecture]") {
    require_none(offending(includes_under("reports"),
                           [](const Include& i) { return reaches_any(i, {"services/", "storage/", "cli/", "pos/"}) || is_wx(i); }),
                 "reports/ renders models: it sees core and reports only");
}

TEST_CASE("src/services includes neither the till, the CLI nor wx", "[architecture]") {
    require_none(offending(includes_under("src/services"),
                           [](const Include& i) { return reaches_any(i, {"pos/", "cli/"}) || is_wx(i); }),
                 "src/services sees core, storage, services and reports only");
}

TEST_CASE("src/cli includes neither the till nor wx", "[architecture]") {
    require_none(offending(includes_under("src/cli"), [](const Include& i) { return reaches_any(i, {"pos/"}) || is_wx(i); }),
                 "cabas-cli is the till's sibling, not its user");
}

TEST_CASE("no file outside pos/ and tests/gui includes wx", "[architecture]") {
    auto all = concat(includes_under("src"), includes_under("reports"));
    for (const auto& i : includes_under("tests"))
        if (!starts_with(i.file, "tests/gui/")) all.push_back(i);
    require_none(offending(all, is_wx), "<wx/...> belongs to pos/ and tests/gui only");
}

TEST_CASE("SQLite is spoken in src/storage only", "[architecture]") {
    const auto all = concat(concat(includes_under("src/core"), includes_under("src/services")),
                            concat(concat(includes_under("src/cli"), includes_under("reports")), includes_under("pos")));
    require_none(offending(all,
                           [](const Include& i) {
                               return i.angle && (starts_with(i.target, "SQLiteCpp/") || starts_with(i.target, "sqlite3"));
                           }),
                 "no SQLite header above src/storage (tests may use one)");
}

TEST_CASE("no include reaches another folder by a relative or absolute path", "[architecture]") {
    // The include views cannot stop these: a quote include is looked up next to its file first.
    auto all = concat(concat(includes_under("src"), includes_under("reports")), includes_under("pos"));
    require_none(offending(all,
                           [](const Include& i) {
                               return !i.angle && (i.target.find("..") != std::string::npos || starts_with(i.target, "/"));
                           }),
                 "includes name a layer folder (\"core/x.hpp\"), never \"../\" or \"/\"");
}

namespace {

/// Includes of pos/ that break its rule today, each to be removed with the code that needs it.
/// A line that no longer matches an include fails the test too, so the list only shrinks.
struct Allowance {
    const char* file;
    const char* target;
};

// Renderers of reports/ the till calls itself on a model a service built (PDF, CSV, printing).
constexpr Allowance kPosRendererAllowances[] = {
    {"pos/commission_panel.cpp", "reports/commission_pdf.hpp"},
    {"pos/household_access_page.cpp", "reports/card_sheet_pdf.hpp"},
    {"pos/household_dialog.cpp", "reports/report_pdf.hpp"},
    {"pos/receipt_printing.cpp", "reports/receipt_printer.hpp"},
    {"pos/reports_panel.cpp", "reports/csv_export.hpp"},
    {"pos/reports_panel.cpp", "reports/report_pdf.hpp"},
    {"pos/stock_panel.cpp", "reports/stock_report_pdf.hpp"},
};

/// A plain value header of reports/: a model the services hand over, the layout document, a month.
bool is_report_model(const std::string& target) {
    return starts_with(target, "reports/") &&
           (ends_with(target, "_model.hpp") || target == "reports/report_document.hpp" || target == "reports/month.hpp");
}

bool pos_may_include(const Include& i) {
    if (i.angle) return true;  // wx and the standard library
    if (i.target == "cabas_version.hpp") return true;  // generated by cmake/version.cmake
    return starts_with(i.target, "pos/") || starts_with(i.target, "services/") || starts_with(i.target, "core/") ||
           i.target == "storage/store.hpp" || is_report_model(i.target);
}

} // namespace

TEST_CASE("pos/ includes services, core, report models, pos and storage/store.hpp only", "[architecture]") {
    std::set<std::pair<std::string, std::string>> allowed, used;
    for (const auto& a : kPosRendererAllowances) allowed.insert({a.file, a.target});
    std::vector<Include> breaking;
    for (const auto& i : includes_under("pos")) {
        if (pos_may_include(i)) continue;
        if (allowed.count({i.file, i.target})) used.insert({i.file, i.target});
        else breaking.push_back(i);
    }
    require_none(breaking, "the till goes through the services (store.hpp is the handle it passes on)");
    for (const auto& a : allowed) {
        INFO("allowance no longer needed, remove it from include_rules_test.cpp: " << a.first << " -> " << a.second);
        CHECK(used.count(a));
    }
}
