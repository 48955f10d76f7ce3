// The sentences of core, services, storage and the CLI (core/messages.hpp): every sentence
// marked tr("…") or to_translate("…") has its English in assets/locale/en_*.po, with the same
// numbered places, and the folders already translated hold no French sentence left unmarked.
#include "source_files.hpp"
#include "source_literals.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>

namespace fs = std::filesystem;
using cabas::testing::Literal;

namespace {

const fs::path source_dir = CABAS_SOURCE_DIR;

/// Folders (or single files) whose every French sentence goes through tr(); a folder joins once
/// translated.
const std::vector<std::string> translated_folders = {
    "src/core",
    "src/cli",
    "src/storage",
    "src/services/till",
    "src/services/households",
    "src/services/stock",
    "src/services/backup",
    "src/services/io",
    "src/services/server",
    "src/services/ccas",
    "src/services/card_check_service.cpp",
    "src/services/card_service.cpp",
    "src/services/access_control.cpp",
    "src/services/login.cpp",
    "src/services/login_lock.cpp",
    "src/services/user_service.cpp",
    "src/services/settings_service.cpp",
    "src/services/first_run.cpp",
    "src/services/setup_checklist.cpp",
    "src/services/bareme_summary.cpp",
    "src/services/sales_archive_service.cpp",
    "src/services/app_paths.cpp",
    "src/services/import_service.cpp",
    "src/services/retention_service.cpp",
    "src/services/enrolment_service.cpp",
    "src/services/bareme_service.cpp",
    "src/services/bareme_editor.cpp",
    "src/services/clock.cpp",
    "src/services/simulation.cpp",
    "src/services/summary_service.cpp",
    "src/services/credit_position.cpp",
    "src/services/open_database.cpp",
    "src/services/text_table.cpp",
};

/// Files of those folders whose accented literals are data, not sentences.
const std::map<std::string, std::string> not_sentences = {
    {"src/core/bareme.hpp", "the default barème's name, stored in the database"},
    {"src/core/identity_text.cpp", "the accent-folding table of names"},
    {"src/core/scanned_code.cpp", "the keys of the AZERTY digit row"},
    {"src/core/text.cpp", "the French quotation marks themselves"},
    {"src/services/backup/backup_log_texts.hpp", "the access log's stored text, French in every language"},
    {"src/services/io/stored_words.hpp", "the word the household import stores when no referrer is given"},
    {"src/services/households/access_log_texts.hpp", "the access log's stored text, French in every language"},
    {"src/services/stock/stock_report_words.hpp", "the stock report's PDF words, French in every language"},
    {"src/services/till/journal_file_texts.hpp", "French words written into the journal's archive and key files"},
    {"src/services/till/search_fold.hpp", "the accent-folding table of the product search"},
    {"src/storage/migrations.cpp", "the SQLite migrations' names: the schema's history for developers, never shown"},
    {"src/storage/postgres_migrations.cpp", "the PostgreSQL migrations' names, as in migrations.cpp"},
};

std::map<std::string, std::string> english_catalogue() {
    return cabas::testing::po_catalogue(source_dir / "assets" / "locale", "en_");
}

std::multiset<std::string> places_of(const std::string& text) {
    static const std::regex place(R"re(\{[0-9]{1,2}\})re");
    std::multiset<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), place); it != std::sregex_iterator(); ++it)
        out.insert(it->str());
    return out;
}

std::vector<fs::path> sources_under(const fs::path& folder) {
    std::vector<fs::path> out;
    if (fs::is_regular_file(folder)) return {folder};
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        const auto ext = entry.path().extension();
        if (ext == ".cpp" || ext == ".hpp") out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool has_accented_letter(const std::string& text) {
    // UTF-8 lead bytes 0xC3 (À…ÿ) and 0xC5 (œ, Œ…): the letters of French words.
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == 0xC3 || byte == 0xC5;
    });
}

} // namespace

TEST_CASE("every sentence marked for translation has its English, with the same places",
          "[architecture][translation]") {
    const auto english = english_catalogue();
    std::size_t marked = 0;
    for (const char* folder : {"src"}) {
        for (const fs::path& file : sources_under(source_dir / folder)) {
            for (const Literal& literal : cabas::testing::string_literals(file)) {
                if (!literal.marked) continue;
                ++marked;
                INFO(fs::relative(file, source_dir).string() << ":" << literal.line << ": \"" << literal.text << "\"");
                const auto found = english.find(literal.text);
                REQUIRE(found != english.end());
                CHECK_FALSE(found->second.empty());
                CHECK(places_of(found->second) == places_of(literal.text));
            }
        }
    }
    CHECK(marked > 50);
}

TEST_CASE("the translated folders leave no French sentence unmarked", "[architecture][translation]") {
    for (const std::string& folder : translated_folders) {
        for (const fs::path& file : sources_under(source_dir / folder)) {
            const std::string relative = fs::relative(file, source_dir).string();
            if (not_sentences.count(relative) != 0) continue;
            for (const Literal& literal : cabas::testing::string_literals(file)) {
                if (literal.marked || literal.raw) continue;
                INFO(relative << ":" << literal.line << ": \"" << literal.text << "\" is French left out of tr()");
                CHECK_FALSE(has_accented_letter(literal.text));
            }
        }
    }
}

TEST_CASE("the English catalogue's entries all have places that match", "[architecture][translation]") {
    for (const auto& [french, english] : english_catalogue()) {
        INFO("msgid \"" << french << "\"");
        CHECK(places_of(english) == places_of(french));
    }
}
