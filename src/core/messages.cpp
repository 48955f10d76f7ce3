#include "core/messages.hpp"

#include <algorithm>
#include <atomic>
#include <unordered_map>

namespace cabas::core {

namespace detail {
// Generated from assets/locale/en_*.po by cmake/embed_catalogue.cmake.
extern const CatalogueEntry kEnglishCatalogue[];
extern const std::size_t kEnglishCatalogueSize;
} // namespace detail

namespace {

std::atomic<Language> g_language{Language::French};

const std::unordered_map<std::string_view, std::string_view>& english_table() {
    static const auto table = [] {
        std::unordered_map<std::string_view, std::string_view> map;
        map.reserve(detail::kEnglishCatalogueSize);
        for (std::size_t i = 0; i < detail::kEnglishCatalogueSize; ++i)
            map.emplace(detail::kEnglishCatalogue[i].french, detail::kEnglishCatalogue[i].english);
        return map;
    }();
    return table;
}

} // namespace

void set_language(Language language) { g_language.store(language); }

Language current_language() { return g_language.load(); }

std::optional<Language> language_from_code(std::string_view code) {
    if (code == "fr") return Language::French;
    if (code == "en") return Language::English;
    return std::nullopt;
}

std::string_view translate(std::string_view french) {
    if (current_language() == Language::French) return french;
    const auto& table = english_table();
    const auto found = table.find(french);
    return found == table.end() ? french : found->second;
}

std::string fill_places(std::string_view text, std::initializer_list<std::string_view> values) {
    std::string out;
    out.reserve(text.size() + 16 * values.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        if (text[i] == '{') {
            const std::size_t close = text.find('}', i);
            const std::string_view digits =
                close == std::string_view::npos ? std::string_view{} : text.substr(i + 1, close - i - 1);
            const bool numbered = !digits.empty() && digits.size() <= 2 &&
                                  std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (numbered) {
                const std::size_t index = static_cast<std::size_t>(std::stoi(std::string(digits)));
                if (index < values.size()) {
                    out += *(values.begin() + index);
                    i = close;
                    continue;
                }
            }
        }
        out += text[i];
    }
    return out;
}

std::size_t english_catalogue_size() { return detail::kEnglishCatalogueSize; }

const CatalogueEntry* english_catalogue() { return detail::kEnglishCatalogue; }

} // namespace cabas::core
