// The CCAS key and the cross-épicerie comparison (cross_site_check.hpp).
#include "services/households/cross_site_check.hpp"

#include "core/error.hpp"
#include "core/identity_text.hpp"
#include "core/messages.hpp"
#include "services/app_paths.hpp"
#include "storage/postgres_uri.hpp"
#include "storage/private_file.hpp"

#include <sodium.h>

#include <filesystem>
#include <fstream>

namespace cabas::services::households {

namespace {

constexpr const char* kKeyHeader = "cabas-cle-ccas-v1";

void start_sodium() {
    if (sodium_init() < 0) throw InternalError(core::tr("libsodium n'a pas pu démarrer (sodium_init)"));
}

std::string hex_of(const unsigned char* bytes, std::size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

std::unique_ptr<CrossSiteLink>& link_slot() {
    static std::unique_ptr<CrossSiteLink> link;
    return link;
}

} // namespace

void attach_cross_site(std::unique_ptr<CrossSiteLink> link) { link_slot() = std::move(link); }
CrossSiteLink* attached_cross_site() { return link_slot().get(); }

std::string default_ccas_key_path() {
    return (std::filesystem::path(default_database_path()).parent_path() / "ccas.cle").string();
}

CcasKey CcasKey::from_bytes(std::string bytes) {
    if (bytes.size() != crypto_auth_hmacsha256_KEYBYTES) throw InternalError(core::tr("clé du CCAS : 32 octets attendus"));
    CcasKey key;
    key.m_key = std::move(bytes);
    return key;
}

std::optional<CcasKey> CcasKey::load(const std::string& path) {
    start_sodium();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return std::nullopt;
    if (auto mode = storage::exposed_permissions(path))
        throw ValidationError(path, core::tr("la clé du CCAS est lisible par d'autres comptes de ce poste : rendez-la privée "
                                             "(chmod 600 {0})",
                                             path));
    std::ifstream in(path, std::ios::binary);
    std::string header, hex;
    if (!in || !std::getline(in, header) || header != kKeyHeader)
        throw ValidationError(path + ":1", core::tr("ce n'est pas une clé du CCAS Cabas (« {0} » attendu)", kKeyHeader));
    std::getline(in, hex);
    std::string bytes(crypto_auth_hmacsha256_KEYBYTES, '\0');
    std::size_t length = 0;
    if (hex.size() != bytes.size() * 2 ||
        sodium_hex2bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), hex.data(), hex.size(), nullptr,
                       &length, nullptr) != 0 ||
        length != bytes.size())
        throw ValidationError(path + ":2", core::tr("clé illisible (64 chiffres hexadécimaux attendus)"));
    return from_bytes(std::move(bytes));
}

CcasKey CcasKey::create(const std::string& path) {
    start_sodium();
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        throw ValidationError(path, core::tr("une clé du CCAS existe déjà ici : elle n'est jamais remplacée (les empreintes de "
                                             "toutes les épiceries en dépendent)"));
    storage::create_private_directories(std::filesystem::path(path).parent_path().string());
    std::string bytes(crypto_auth_hmacsha256_KEYBYTES, '\0');
    crypto_auth_hmacsha256_keygen(reinterpret_cast<unsigned char*>(bytes.data()));
    storage::create_private_file(path);
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << kKeyHeader << "\n"
            << hex_of(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()) << "\n";
        if (!out.flush()) throw StorageError(core::tr("Impossible d'écrire la clé du CCAS « {0} »", path));
    }
    storage::flush_to_disk(path);
    return from_bytes(std::move(bytes));
}

std::string CcasKey::fingerprint(const core::Member& m) const {
    const std::string text = core::identity_text(m.last_name, m.first_name, m.birth_date);
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                           reinterpret_cast<const unsigned char*>(m_key.data()));
    return hex_of(mac, sizeof mac);
}

std::string CrossSiteResult::text() const {
    if (!available) return core::tr("Contrôle des doublons entre épiceries du CCAS indisponible : {0}.", unavailable_reason) + "\n";
    std::string out;
    for (const auto& w : warnings) out += w + "\n";
    return out;
}

std::string followed_elsewhere_text(const core::Member& m, const storage::FollowedElsewhere& f) {
    const std::string name = m.first_name + " " + m.last_name;
    if (f.rights_until)
        return core::tr("{0} : déjà suivi par une autre épicerie du CCAS (droits jusqu'au {1})", name, f.rights_until->french());
    return core::tr("{0} : déjà suivi par une autre épicerie du CCAS (dossier en attente de commission)", name);
}

CrossSiteLink::CrossSiteLink(std::string location, std::string key_path)
    : m_location(std::move(location)), m_key_path(std::move(key_path)) {}

CrossSiteLink::CrossSiteLink(std::unique_ptr<storage::CcasRegister> reg, CcasKey key)
    : m_register(std::move(reg)), m_key(std::move(key)) {}

CrossSiteLink::~CrossSiteLink() = default;

bool CrossSiteLink::ready() {
    if (!m_site_code.empty()) return true;
    if (m_tried) return false;
    m_tried = true;
    try {
        if (!m_register) {
            if (!storage::is_postgres_uri(m_location)) {
                m_unavailable = core::tr("la base est un fichier SQLite, propre à une seule épicerie");
                return false;
            }
            m_key = CcasKey::load(m_key_path);
            if (!m_key) {
                m_unavailable = core::tr("ce poste n'a pas la clé du CCAS ({0})", m_key_path);
                return false;
            }
            m_register = storage::CcasRegister::open(m_location, false);
            if (!m_register) {
                m_unavailable = core::tr("la base du serveur n'a pas de registre du CCAS");
                return false;
            }
        }
        const auto site = m_register->site_with_schema(m_register->connection_schema());
        if (!site) {
            m_unavailable = core::tr("cette épicerie (schéma {0}) n'est pas inscrite au registre du CCAS",
                                     m_register->connection_schema());
            return false;
        }
        m_site_code = site->code;
        return true;
    } catch (const Error& e) {
        m_unavailable = e.what();
        return false;
    }
}

std::optional<std::map<const core::Member*, storage::FollowedElsewhere>>
CrossSiteLink::compare(std::int64_t household_id, const std::vector<const core::Member*>& adults,
                       std::optional<core::Date> rights_until, core::Date today) {
    if (!ready()) return std::nullopt;
    std::vector<std::string> prints;
    for (const core::Member* m : adults) prints.push_back(m_key->fingerprint(*m));
    try {
        const auto found = m_register->record_and_compare(m_site_code, household_id, prints, rights_until, today);
        std::map<const core::Member*, storage::FollowedElsewhere> out;
        for (std::size_t i = 0; i < adults.size(); ++i)
            if (auto it = found.find(prints[i]); it != found.end()) out.emplace(adults[i], it->second);
        return out;
    } catch (const StorageError& e) {
        m_unavailable = core::tr("registre du CCAS injoignable : {0}", e.what());
        return std::nullopt;
    }
}

} // namespace cabas::services::households
