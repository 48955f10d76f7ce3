// What the architecture tests read from the tree: a file's text, and the entries of the
// gettext catalogues under assets/locale.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace cabas::testing {

/// The whole file, byte for byte.
std::string read_text(const std::filesystem::path& file);

/// msgid → msgstr of every catalogue of `locale_dir` whose name starts with `prefix` ("fr",
/// "en_"), in their escaped form (as written in C++ literals), continuation lines joined; the
/// header's empty msgid left out.
std::map<std::string, std::string> po_catalogue(const std::filesystem::path& locale_dir, std::string_view prefix);

} // namespace cabas::testing
