// The journal's seal: key file, signatures and anchor (see journal_seal.hpp). libsodium does the
// cryptography; the files are small text files so an auditor can read what they hold.
#include "services/till/journal_seal.hpp"
#include "services/till/journal_file_texts.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/app_paths.hpp"
#include "services/till/journal.hpp"
#include "storage/private_file.hpp"
#include "storage/store.hpp"

#include <sodium.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <unistd.h>

namespace cabas::services::till {

namespace {

constexpr std::string_view kKeyHeader = "cabas-cle-journal 1";
constexpr std::string_view kAnchorHeader = "cabas-ancre-journal 1";

std::optional<SealFiles>& seal_slot() {
    static std::optional<SealFiles> seal;
    return seal;
}

std::mutex& anchor_mutex() {
    static std::mutex m;
    return m;
}

void start_sodium() {
    if (sodium_init() < 0) throw InternalError(core::tr("libsodium n'a pas pu démarrer (sodium_init)"));
}

std::string to_hex(std::string_view bytes) {
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    hex.pop_back();
    return hex;
}

std::optional<std::string> from_hex(const std::string& hex, std::size_t bytes) {
    if (hex.size() != bytes * 2) return std::nullopt;
    std::string out(bytes, '\0');
    std::size_t length = 0;
    if (sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), bytes, hex.data(), hex.size(), nullptr, &length,
                       nullptr) != 0 ||
        length != bytes)
        return std::nullopt;
    return out;
}

/// The file's lines; nullopt when it does not exist.
std::optional<std::vector<std::string>> read_lines(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw StorageError(core::tr("Impossible de lire « {0} »", path));
    std::vector<std::string> lines;
    std::string line;
    while (lines.size() < 4 && std::getline(in, line)) lines.push_back(line);
    return lines;
}

/// Writes `content` to a private temporary file beside `path`, then renames it into place, so
/// a reader never sees half a file. `durable`: fsync before the rename (the key).
void replace_private_file(const std::string& path, const std::string& content, bool durable) {
    storage::create_private_directories(std::filesystem::path(path).parent_path().string());
    const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
    std::error_code ec;
    std::filesystem::remove(temporary, ec);
    storage::create_private_file(temporary);
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << content;
        out.flush();
        if (!out) throw StorageError(core::tr("Impossible d'écrire « {0} »", temporary));
    }
    if (durable) storage::flush_to_disk(temporary);
    std::filesystem::rename(temporary, path, ec);
    if (ec) throw StorageError(core::tr("Impossible de remplacer « {0} » : {1}", path, ec.message()));
}

} // namespace

SealFiles seal_files_for(const std::string& location) {
    if (storage::is_server_location(location)) {
        const std::string folder = std::filesystem::path(default_database_path()).parent_path().string();
        const std::string name = folder + "/serveur-" + sha256_hex(location).substr(0, 16);
        return {name + ".cle", name + ".ancre"};
    }
    return {location + ".cle", location + ".ancre"};
}

void attach_seal(std::optional<SealFiles> seal) { seal_slot() = std::move(seal); }
const std::optional<SealFiles>& attached_seal() { return seal_slot(); }

std::optional<JournalKey> JournalKey::load(const std::string& path) {
    start_sodium();
    const auto lines = read_lines(path);
    if (!lines) return std::nullopt;
    if (lines->empty() || (*lines)[0] != kKeyHeader)
        throw ValidationError(path + ":1", core::tr("ce n'est pas une clé de journal Cabas (« {0} » attendu)", kKeyHeader));
    const auto secret = lines->size() > 1 ? from_hex((*lines)[1], crypto_sign_SECRETKEYBYTES) : std::nullopt;
    if (!secret) throw ValidationError(path + ":2", core::tr("clé secrète illisible (128 chiffres hexadécimaux attendus)"));
    JournalKey key;
    key.m_secret = *secret;
    unsigned char public_key[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(public_key, reinterpret_cast<const unsigned char*>(key.m_secret.data()));
    key.m_public_hex = to_hex({reinterpret_cast<const char*>(public_key), sizeof public_key});
    return key;
}

JournalKey JournalKey::load_or_create(const std::string& path) {
    if (auto key = load(path)) return *key;
    unsigned char public_key[crypto_sign_PUBLICKEYBYTES];
    unsigned char secret[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(public_key, secret);
    const std::string secret_hex = to_hex({reinterpret_cast<const char*>(secret), sizeof secret});
    sodium_memzero(secret, sizeof secret);
    replace_private_file(path,
                         std::string(kKeyHeader) + "\n" + secret_hex + "\n" + std::string(kPublicKeyComment) +
                             to_hex({reinterpret_cast<const char*>(public_key), sizeof public_key}) + "\n",
                         true);
    return *load(path);
}

std::string JournalKey::sign_hex(std::string_view message) const {
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         reinterpret_cast<const unsigned char*>(m_secret.data()));
    return to_hex({reinterpret_cast<const char*>(signature), sizeof signature});
}

bool signature_valid(const std::string& public_key_hex, std::string_view message, const std::string& signature_hex) {
    start_sodium();
    const auto key = from_hex(public_key_hex, crypto_sign_PUBLICKEYBYTES);
    const auto signature = from_hex(signature_hex, crypto_sign_BYTES);
    if (!key || !signature) return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature->data()),
                                       reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                                       reinterpret_cast<const unsigned char*>(key->data())) == 0;
}

std::string key_fingerprint(const std::string& public_key_hex) {
    std::string out;
    for (std::size_t i = 0; i < 16 && i < public_key_hex.size(); ++i) {
        if (i > 0 && i % 4 == 0) out += ' ';
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(public_key_hex[i])));
    }
    return out;
}

std::optional<Anchor> read_anchor(const std::string& path) {
    const auto lines = read_lines(path);
    if (!lines) return std::nullopt;
    if (lines->empty() || (*lines)[0] != kAnchorHeader)
        throw ValidationError(path + ":1", core::tr("ce n'est pas une ancre de journal Cabas (« {0} » attendu)", kAnchorHeader));
    std::istringstream second(lines->size() > 1 ? (*lines)[1] : std::string());
    Anchor anchor;
    if (!(second >> anchor.sequence >> anchor.hash) || anchor.sequence < 0 ||
        (anchor.sequence > 0 && anchor.hash.size() != 64))
        throw ValidationError(path + ":2", core::tr("« NUMÉRO EMPREINTE » attendu (numéro du dernier enregistrement et son SHA-256)"));
    return anchor;
}

void write_anchor(const std::string& path, const Anchor& anchor) {
    replace_private_file(path,
                         std::string(kAnchorHeader) + "\n" + std::to_string(anchor.sequence) + " " +
                             (anchor.sequence > 0 ? anchor.hash : std::string(kGenesisHash)) + "\n",
                         false);
}

bool adopt_seal(const SealFiles& from, const SealFiles& to) {
    bool copied = false;
    const auto copy_missing = [&](const std::string& source, const std::string& target, bool durable) {
        std::error_code ec;
        if (std::filesystem::exists(target, ec) || !std::filesystem::exists(source, ec)) return;
        std::ifstream in(source, std::ios::binary);
        std::stringstream content;
        content << in.rdbuf();
        if (!in) throw StorageError("Impossible de lire « " + source + " »");
        replace_private_file(target, content.str(), durable);
        copied = true;
    };
    // Read back as what they are first: a damaged file is refused, not carried over.
    if (JournalKey::load(from.key_path)) copy_missing(from.key_path, to.key_path, true);
    if (read_anchor(from.anchor_path)) copy_missing(from.anchor_path, to.anchor_path, false);
    return copied;
}

std::optional<std::string> sign_closure(storage::Store& store, const storage::JournalRecord& record) {
    const auto& seal = attached_seal();
    if (!seal) return std::nullopt;
    const JournalKey key = JournalKey::load_or_create(seal->key_path);
    store.journal().add_signature({record.sequence, key.public_key_hex(), key.sign_hex(record.hash)});
    return key.public_key_hex();
}

bool note_written(const storage::JournalRecord& record) noexcept {
    const auto& seal = attached_seal();
    if (!seal) return true;
    try {
        std::lock_guard lock(anchor_mutex());
        const auto current = read_anchor(seal->anchor_path);
        if (current && current->sequence >= record.sequence) return true;
        write_anchor(seal->anchor_path, {record.sequence, record.hash});
        return true;
    } catch (...) {
        // The sale is committed whatever happens here; an unreadable or unwritable anchor is
        // what verify reports, never a reason to tell the till the sale failed.
        return false;
    }
}

void reset_anchor(storage::Store& store) {
    const auto& seal = attached_seal();
    if (!seal) return;
    std::lock_guard lock(anchor_mutex());
    const auto head = store.journal().head();
    write_anchor(seal->anchor_path, head ? Anchor{head->sequence, head->hash} : Anchor{});
}

} // namespace cabas::services::till
