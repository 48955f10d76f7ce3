// Writing and reading archive files (see journal_archive_file.hpp). nlohmann-json writes each
// line; the seal covers the exact bytes written, so reading checks the bytes, not a re-encoding.
#include "services/till/journal_archive_file.hpp"
#include "services/till/journal_file_texts.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/till/journal.hpp"
#include "storage/private_file.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace cabas::services::till {

namespace {

using nlohmann::json;

template <class T>
json nullable(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

json record_json(const storage::JournalRecord& r) {
    return {{"sequence", r.sequence}, {"kind", r.kind}, {"occurred_at", r.occurred_at},
            {"payload", r.payload}, {"previous_hash", r.previous_hash}, {"hash", r.hash}};
}

json signature_json(const storage::JournalSignature& s) {
    return {{"sequence", s.sequence}, {"public_key", s.public_key}, {"signature", s.signature}};
}

json session_json(const storage::TillSession& s) {
    return {{"type", "session"}, {"id", s.id}, {"till_id", s.till_id}, {"opened_at", s.opened_at},
            {"float_cents", s.float_amount.cents()}, {"closed_at", nullable(s.closed_at)},
            {"counted_cents", s.counted ? json(s.counted->cents()) : json(nullptr)}};
}

json sale_json(const storage::SaleRecord& s) {
    json lines = json::array(), payments = json::array();
    for (const auto& l : s.lines)
        lines.push_back({{"product_id", l.product_id}, {"lot_id", nullable(l.lot_id)}, {"quantity", l.quantity},
                         {"value_cents", l.value.cents()}, {"rate_bp", l.rate.bp}, {"paid_cents", l.paid.cents()},
                         {"counts_against_credit", l.counts_against_credit}});
    for (const auto& p : s.payments) payments.push_back({{"method", core::to_code(p.method)}, {"amount_cents", p.amount.cents()}});
    return {{"type", "sale"}, {"id", s.id}, {"session_id", s.session_id}, {"sequence", s.sequence},
            {"household_code", s.household_code}, {"sold_at", s.sold_at},
            {"total_value_cents", s.total_value.cents()}, {"total_paid_cents", s.total_paid.cents()},
            {"overridden", s.override_by.has_value()}, {"corrects_sale_id", nullable(s.corrects_sale_id)},
            {"cash_given_cents", s.cash_given ? json(s.cash_given->cents()) : json(nullptr)},
            {"lines", lines}, {"payments", payments}};
}

json header_json(const ArchiveHeader& h) {
    json out = {{"type", "header"}, {"format", kArchiveFormat}, {"version", kArchiveFormatVersion},
                {"description", kArchiveDescription},
                {"epicerie", h.epicerie}, {"until", h.until}, {"created_at", h.created_at},
                {"first_sequence", h.first_sequence}, {"last_sequence", h.last_sequence}, {"head_hash", h.head_hash},
                {"first_at", h.first_at}, {"last_at", h.last_at}, {"unsigned_until", h.unsigned_until},
                {"previous_archive", h.previous_archive ? record_json(*h.previous_archive) : json(nullptr)},
                {"previous_archive_signature",
                 h.previous_archive_signature ? signature_json(*h.previous_archive_signature) : json(nullptr)}};
    return out;
}

template <class T>
std::optional<T> optional_of(const json& j, const char* key) {
    const json& v = j.at(key);
    if (v.is_null()) return std::nullopt;
    return v.get<T>();
}

storage::JournalRecord record_of(const json& j) {
    return {j.at("sequence").get<std::int64_t>(), j.at("kind").get<std::string>(), j.at("occurred_at").get<std::string>(),
            j.at("payload").get<std::string>(), j.at("previous_hash").get<std::string>(), j.at("hash").get<std::string>()};
}

storage::JournalSignature signature_of(const json& j) {
    return {j.at("sequence").get<std::int64_t>(), j.at("public_key").get<std::string>(), j.at("signature").get<std::string>()};
}

core::Money cents_of(const json& j, const char* key) { return core::Money::from_cents(j.at(key).get<std::int64_t>()); }

storage::TillSession session_of(const json& j) {
    storage::TillSession s;
    s.id = j.at("id").get<std::int64_t>();
    s.till_id = j.at("till_id").get<std::string>();
    s.opened_at = j.at("opened_at").get<std::string>();
    s.float_amount = cents_of(j, "float_cents");
    s.closed_at = optional_of<std::string>(j, "closed_at");
    if (const auto counted = optional_of<std::int64_t>(j, "counted_cents")) s.counted = core::Money::from_cents(*counted);
    return s;
}

storage::SaleRecord sale_of(const json& j) {
    storage::SaleRecord s;
    s.id = j.at("id").get<std::int64_t>();
    s.session_id = j.at("session_id").get<std::int64_t>();
    s.sequence = j.at("sequence").get<std::int64_t>();
    s.household_code = j.at("household_code").get<std::string>();
    s.sold_at = j.at("sold_at").get<std::string>();
    s.total_value = cents_of(j, "total_value_cents");
    s.total_paid = cents_of(j, "total_paid_cents");
    if (j.at("overridden").get<bool>()) s.override_by = std::string();
    s.corrects_sale_id = optional_of<std::int64_t>(j, "corrects_sale_id");
    if (const auto given = optional_of<std::int64_t>(j, "cash_given_cents")) s.cash_given = core::Money::from_cents(*given);
    for (const json& l : j.at("lines"))
        s.lines.push_back({0, l.at("product_id").get<std::int64_t>(), optional_of<std::int64_t>(l, "lot_id"),
                           l.at("quantity").get<std::int64_t>(), cents_of(l, "value_cents"),
                           core::Rate{l.at("rate_bp").get<std::int32_t>()}, cents_of(l, "paid_cents"),
                           l.at("counts_against_credit").get<bool>()});
    for (const json& p : j.at("payments")) {
        const std::string code = p.at("method").get<std::string>();
        const auto method = core::payment_method_from_code(code);
        if (!method) throw std::invalid_argument(core::tr("moyen de paiement inconnu « {0} »", code));
        s.payments.push_back({*method, cents_of(p, "amount_cents")});
    }
    return s;
}

ArchiveHeader header_of(const json& j) {
    if (j.at("format").get<std::string>() != kArchiveFormat || j.at("version").get<int>() != kArchiveFormatVersion)
        throw std::invalid_argument(core::tr("format « {0} » version {1} attendu", kArchiveFormat, kArchiveFormatVersion));
    ArchiveHeader h;
    h.epicerie = j.at("epicerie").get<std::string>();
    h.until = j.at("until").get<std::string>();
    h.created_at = j.at("created_at").get<std::string>();
    h.first_sequence = j.at("first_sequence").get<std::int64_t>();
    h.last_sequence = j.at("last_sequence").get<std::int64_t>();
    h.head_hash = j.at("head_hash").get<std::string>();
    h.first_at = j.at("first_at").get<std::string>();
    h.last_at = j.at("last_at").get<std::string>();
    h.unsigned_until = j.at("unsigned_until").get<std::int64_t>();
    if (!j.at("previous_archive").is_null()) h.previous_archive = record_of(j.at("previous_archive"));
    if (!j.at("previous_archive_signature").is_null())
        h.previous_archive_signature = signature_of(j.at("previous_archive_signature"));
    return h;
}

std::string body_of(const ArchiveContents& c) {
    std::string body = header_json(c.header).dump() + "\n";
    for (const auto& r : c.records) {
        json line = record_json(r);
        line["type"] = "record";
        body += line.dump() + "\n";
    }
    for (const auto& s : c.signatures) {
        json line = signature_json(s);
        line["type"] = "signature";
        body += line.dump() + "\n";
    }
    for (const auto& s : c.sessions) body += session_json(s).dump() + "\n";
    for (const auto& s : c.sales) body += sale_json(s).dump() + "\n";
    return body;
}

void remove_quietly(const std::string& path) noexcept {
    std::error_code ec;
    std::filesystem::remove(path, ec);
}

} // namespace

std::string write_archive_file(const std::string& path, const ArchiveContents& contents, const JournalKey& key) {
    std::string text = body_of(contents);
    const json seal = {{"type", "seal"}, {"public_key", key.public_key_hex()}, {"signature", key.sign_hex(sha256_hex(text))}};
    text += seal.dump() + "\n";
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        throw StorageError(core::tr("L'archive « {0} » existe déjà : choisissez un autre nom (rien n'a été archivé)", path));
    // The temporary name does not end like an archive, so a file cut short never looks finished.
    const std::string temporary = path + ".partiel-" + std::to_string(::getpid());
    remove_quietly(temporary);
    storage::create_private_file(temporary);
    bool renamed = false;
    try {
        {
            std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
            out << text;
            out.flush();
            if (!out) throw StorageError(core::tr("Impossible d'écrire « {0} » (disque plein ?)", temporary));
        }
        storage::flush_to_disk(temporary);
        if (std::filesystem::exists(path, ec))
            throw StorageError(core::tr("L'archive « {0} » existe déjà : choisissez un autre nom (rien n'a été archivé)", path));
        std::filesystem::rename(temporary, path, ec);
        if (ec) throw StorageError(core::tr("Impossible de nommer l'archive « {0} » : {1}", path, ec.message()));
        renamed = true;
        const std::string folder = std::filesystem::path(path).parent_path().string();
        storage::flush_directory(folder.empty() ? "." : folder);
    } catch (...) {
        remove_quietly(renamed ? path : temporary);
        throw;
    }
    return sha256_hex(text);
}

ArchiveFile read_archive_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw StorageError(core::tr("Impossible de lire l'archive « {0} »", path));
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    ArchiveFile file;
    file.digest = sha256_hex(text);
    bool header_seen = false, seal_seen = false;
    std::size_t sealed_length = 0;
    std::size_t line_number = 0;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        ++line_number;
        const std::string where = path + ":" + std::to_string(line_number);
        if (seal_seen) throw ValidationError(where, core::tr("rien ne doit suivre le sceau de l'archive"));
        try {
            const json j = json::parse(line);
            const std::string type = j.at("type").get<std::string>();
            if (!header_seen && type != "header") throw std::invalid_argument(core::tr("l'archive doit commencer par son en-tête"));
            if (type == "header") {
                if (header_seen) throw std::invalid_argument(core::tr("deuxième en-tête"));
                file.contents.header = header_of(j);
                header_seen = true;
            } else if (type == "record") file.contents.records.push_back(record_of(j));
            else if (type == "signature") file.contents.signatures.push_back(signature_of(j));
            else if (type == "session") file.contents.sessions.push_back(session_of(j));
            else if (type == "sale") file.contents.sales.push_back(sale_of(j));
            else if (type == "seal") {
                file.seal = {j.at("public_key").get<std::string>(), j.at("signature").get<std::string>()};
                sealed_length = start;
                seal_seen = true;
            } else throw std::invalid_argument(core::tr("type de ligne inconnu « {0} »", type));
        } catch (const ValidationError&) {
            throw;
        } catch (const std::exception& e) {
            throw ValidationError(where, core::tr("ligne illisible : {0}", e.what()));
        }
        if (end == std::string::npos) break;
        start = end + 1;
    }
    if (!header_seen) throw ValidationError(path + ":1", core::tr("ce n'est pas une archive Cabas (fichier vide)"));
    if (!seal_seen)
        throw ValidationError(path + ":" + std::to_string(line_number), core::tr("l'archive n'a pas de sceau (fichier incomplet)"));
    file.seal_valid = signature_valid(file.seal.public_key, sha256_hex(text.substr(0, sealed_length)), file.seal.signature);
    return file;
}

} // namespace cabas::services::till
