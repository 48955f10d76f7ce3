// libpq URI checks (see postgres_uri.hpp). The URI grammar is libpq's:
// postgresql://[user[:password]@][host][:port][,...][/dbname][?param=value&...].
#include "storage/postgres_uri.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

namespace cabas::storage {

namespace {

constexpr std::string_view kSchemes[] = {"postgresql://", "postgres://"};

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

/// The parameter names of the query part ("a=1&b=2" → {"a", "b"}), lower-cased.
std::vector<std::string> parameter_names(std::string_view query) {
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start <= query.size()) {
        const std::size_t end = std::min(query.find('&', start), query.size());
        const std::string_view part = query.substr(start, end - start);
        names.push_back(lower(part.substr(0, part.find('='))));
        start = end + 1;
    }
    return names;
}

[[noreturn]] void refuse_password() {
    throw ValidationError("--db", core::tr("l'adresse du serveur PostgreSQL ne doit pas contenir de mot de passe : "
                                           "Cabas ne garde aucun mot de passe. Mettez-le dans ~/.pgpass (ou le fichier "
                                           "désigné par PGPASSFILE), droits 0600, et donnez l'adresse sans lui, par "
                                           "exemple postgresql://cabas@serveur/cabas"));
}

} // namespace

bool is_postgres_uri(const std::string& location) {
    const std::string head = lower(std::string_view(location).substr(0, 13));
    return std::any_of(std::begin(kSchemes), std::end(kSchemes),
                       [&](std::string_view scheme) { return head.rfind(scheme, 0) == 0; });
}

std::string checked_postgres_uri(const std::string& uri) {
    if (!is_postgres_uri(uri))
        throw ValidationError("--db", core::tr("adresse PostgreSQL attendue (postgresql://...)"));
    const std::size_t body = uri.find("://") + 3;
    const std::size_t query = uri.find('?', body);
    const std::string_view authority =
        std::string_view(uri).substr(body, std::min(uri.find('/', body), query) - body);
    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos &&
                                                      authority.substr(0, at).find(':') != std::string_view::npos)
        refuse_password();
    std::vector<std::string> names;
    if (query != std::string::npos) names = parameter_names(std::string_view(uri).substr(query + 1));
    if (std::find(names.begin(), names.end(), "password") != names.end()) refuse_password();
    std::string out = uri;
    auto add = [&](const char* name, const char* value) {
        if (std::find(names.begin(), names.end(), name) != names.end()) return;
        out += out.find('?', body) == std::string::npos ? '?' : '&';
        out += std::string(name) + "=" + value;
    };
    add("connect_timeout", "5");
    add("application_name", "cabas");
    return out;
}

std::string shown_postgres_uri(const std::string& uri) { return uri.substr(0, uri.find('?')); }

} // namespace cabas::storage
