#include "cli/cli_language.hpp"

#include <cstdlib>

namespace cabas::cli {

core::Language language_from_environment(const std::function<std::optional<std::string>(const char*)>& lookup) {
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const auto value = lookup(name);
        if (!value || value->empty()) continue;
        // LANGUAGE may list several ("en_GB:fr"): the first is the one wanted.
        return value->rfind("en", 0) == 0 ? core::Language::English : core::Language::French;
    }
    return core::Language::French;
}

core::Language language_from_environment() {
    return language_from_environment([](const char* name) -> std::optional<std::string> {
        const char* value = std::getenv(name);
        if (value == nullptr || *value == '\0') return std::nullopt;
        return std::string(value);
    });
}

} // namespace cabas::cli
