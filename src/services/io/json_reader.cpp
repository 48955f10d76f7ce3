// Strict JSON value readers. Messages show the offending value as it was written, so the
// person editing the file finds it at once.
#include "services/io/json_reader.hpp"

#include "core/messages.hpp"
#include "core/text.hpp"

#include <algorithm>

namespace cabas::services::io {

using nlohmann::json;

namespace {
std::string shown(const json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }
/// A value as JSON text, cut for a message (a whole array may be what was found).
std::string found(const json& value) { return core::excerpt(value.dump()); }
} // namespace

void fail_at(const std::string& path, const std::string& reason) { throw ValidationError(path, reason); }

std::string text_at(const json& value, const std::string& path) {
    if (!value.is_string()) fail_at(path, core::tr("texte entre guillemets attendu, trouvé {0}", found(value)));
    return value.get<std::string>();
}

core::Money money_at(const json& value, const std::string& path) {
    if (!value.is_string())
        fail_at(path, core::tr("montant attendu entre guillemets, par exemple \"10,00\" ; trouvé {0}", found(value)));
    try {
        return core::parse_amount(value.get<std::string>());
    } catch (const ValidationError& e) {
        fail_at(path, core::tr("montant invalide « {0} » ({1})", shown(value), e.reason()));
    }
}

core::Rate rate_at(const json& value, const std::string& path) {
    if (!value.is_string()) fail_at(path, core::tr("taux attendu entre guillemets, par exemple \"10 %\" ; trouvé {0}", found(value)));
    try {
        return core::parse_percent(value.get<std::string>());
    } catch (const ValidationError& e) {
        fail_at(path, core::tr("taux invalide « {0} » ({1})", shown(value), e.reason()));
    }
}

int integer_at(const json& value, const std::string& path, int min, int max) {
    if (!value.is_number_integer()) fail_at(path, core::tr("nombre entier attendu, trouvé {0}", found(value)));
    const auto n = value.get<std::int64_t>();
    if (n < min || n > max)
        fail_at(path, core::tr("entier entre {0} et {1} attendu, trouvé {2}", min, max, found(value)));
    return static_cast<int>(n);
}

bool boolean_at(const json& value, const std::string& path) {
    if (!value.is_boolean()) fail_at(path, core::tr("true ou false attendu, trouvé {0}", found(value)));
    return value.get<bool>();
}

core::Date date_at(const json& value, const std::string& path) {
    const std::string text = text_at(value, path);
    try {
        return core::parse_date(text);
    } catch (const ValidationError& e) {
        fail_at(path, e.reason());
    }
}

JsonObjectReader::JsonObjectReader(const json& value, std::string path, std::initializer_list<const char*> keys)
    : m_value(value), m_path(std::move(path)) {
    if (!value.is_object()) fail_at(m_path.empty() ? "document" : m_path, core::tr("objet { ... } attendu, trouvé {0}", found(value)));
    for (auto it = value.begin(); it != value.end(); ++it) {
        const bool known = std::any_of(keys.begin(), keys.end(), [&](const char* k) { return it.key() == k; });
        if (known) continue;
        std::string expected;
        for (const char* k : keys) expected += (expected.empty() ? "" : ", ") + std::string(k);
        fail_at(path_of(it.key()), core::tr("clé inconnue (faute de frappe ?) ; clés possibles ici : {0}", expected));
    }
}

const json& JsonObjectReader::take(const std::string& key) const {
    const auto it = m_value.find(key);
    if (it == m_value.end()) fail_at(path_of(key), core::tr("clé manquante"));
    return *it;
}

} // namespace cabas::services::io
