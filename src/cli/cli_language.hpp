// The language cabas-cli speaks: --lang fr|en, else the environment's locale (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG, the first one set, as gettext reads them), English only for "en…";
// French otherwise, C and POSIX included, since French is Cabas' language.
#pragma once

#include "core/messages.hpp"

#include <functional>
#include <optional>
#include <string>

namespace cabas::cli {

/// `lookup(name)` reads one environment variable (nullopt when unset or empty).
core::Language language_from_environment(const std::function<std::optional<std::string>(const char*)>& lookup);

/// The process's own environment.
core::Language language_from_environment();

} // namespace cabas::cli
