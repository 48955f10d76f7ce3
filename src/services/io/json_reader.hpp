// Strict reading of JSON documents that people write by hand (the barème, and any later
// format): each value must have its documented type, every key must be known, and every
// error is a ValidationError whose field is the JSON path ("seuils.qf.eligible_max").
#pragma once

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/money.hpp"
#include "services/io/enum_lists.hpp"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <vector>

namespace cabas::services::io {

[[noreturn]] void fail_at(const std::string& path, const std::string& reason);

// Value readers: `path` names the value in errors.
std::string text_at(const nlohmann::json& value, const std::string& path);
/// A French amount written as text ("10,00"), not negative. A JSON number is refused: binary
/// fractions have no place in money, and the message says how to write it.
core::Money money_at(const nlohmann::json& value, const std::string& path);
/// A rate written as text ("10 %", "12,5 %").
core::Rate rate_at(const nlohmann::json& value, const std::string& path);
int integer_at(const nlohmann::json& value, const std::string& path, int min, int max);
bool boolean_at(const nlohmann::json& value, const std::string& path);
/// "2026-01-01" (a French "01/01/2026" is tolerated).
core::Date date_at(const nlohmann::json& value, const std::string& path);

/// An enum code as text; an unknown code is refused with the list of allowed codes.
template <class Enum, class FromCode>
Enum code_at(const nlohmann::json& value, const std::string& path, FromCode from_code, const std::vector<Enum>& all) {
    const std::string text = text_at(value, path);
    try {
        return detail::parse_code(text, from_code, all);
    } catch (const ValidationError& e) {
        fail_at(path, e.reason());
    }
}

/// One JSON object being read. Unknown keys are refused on construction, so a typo
/// ("eligble_max") is reported as such rather than as the missing key it hides. The reader
/// refers to `value`, which must outlive it.
class JsonObjectReader {
public:
    /// `path` is empty for the document root.
    JsonObjectReader(const nlohmann::json& value, std::string path, std::initializer_list<const char*> keys);

    std::string path_of(const std::string& key) const { return m_path.empty() ? key : m_path + "." + key; }
    bool has(const std::string& key) const { return m_value.contains(key); }
    /// The value of a required key; "clé manquante" when absent.
    const nlohmann::json& take(const std::string& key) const;
    JsonObjectReader object(const std::string& key, std::initializer_list<const char*> keys) const {
        return JsonObjectReader(take(key), path_of(key), keys);
    }

    std::string text(const std::string& key) const { return text_at(take(key), path_of(key)); }
    core::Money money(const std::string& key) const { return money_at(take(key), path_of(key)); }
    core::Rate rate(const std::string& key) const { return rate_at(take(key), path_of(key)); }
    bool boolean(const std::string& key) const { return boolean_at(take(key), path_of(key)); }
    core::Date date(const std::string& key) const { return date_at(take(key), path_of(key)); }
    /// Counts default to 0..1000: wide enough for any rule, narrow enough to catch nonsense.
    int integer(const std::string& key, int min = 0, int max = 1000) const {
        return integer_at(take(key), path_of(key), min, max);
    }
    template <class Enum, class FromCode>
    Enum code(const std::string& key, FromCode from_code, const std::vector<Enum>& all) const {
        return code_at(take(key), path_of(key), from_code, all);
    }

private:
    const nlohmann::json& m_value;
    std::string m_path;
};

} // namespace cabas::services::io
