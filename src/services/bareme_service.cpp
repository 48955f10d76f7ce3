// Barème lookup and JSON exchange over the barème repository.
#include "services/bareme_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/io/bareme_json.hpp"
#include "services/io/json_document.hpp"
#include "storage/store.hpp"

#include <vector>

namespace cabas::services {

namespace {

core::Bareme parse(const storage::StoredBareme& stored) {
    core::Bareme b = io::bareme_from_json(nlohmann::json::parse(stored.json));
    b.version = stored.version;  // the stored number is authoritative
    return b;
}

/// The till asks for the barème at every card and basket; parsing its JSON cost more than all
/// the card's SQL together (cabas-bench profile). Versions are never edited, but two databases
/// may number different barèmes alike, so a parsed barème is reused only for the very same
/// version and JSON text. A few entries cover the versions one process meets.
core::Bareme load(const storage::StoredBareme& stored) {
    struct Entry {
        int version;
        std::string json;
        core::Bareme bareme;
    };
    thread_local std::vector<Entry> cache;
    for (const auto& e : cache)
        if (e.version == stored.version && e.json == stored.json) return e.bareme;
    core::Bareme b = parse(stored);
    if (cache.size() >= 4) cache.erase(cache.begin());
    cache.push_back({stored.version, stored.json, b});
    return b;
}

} // namespace

core::Bareme bareme_in_force(storage::Store& store, core::Date on) {
    auto& repo = store.baremes();
    if (auto stored = repo.at(on)) return load(*stored);
    auto all = repo.versions();
    if (all.empty())
        throw Error(core::tr("la base ne contient aucun barème : lancez « cabas-cli init » pour l'initialiser"));
    auto first = repo.by_version(all.front().version);
    return load(*first);
}

bool ensure_default_bareme(storage::Store& store, core::Date effective_from) {
    if (!store.baremes().versions().empty()) return false;
    core::Bareme b = core::Bareme::defaults();
    b.effective_from = effective_from;
    add_bareme(store, b);
    return true;
}

int add_bareme(storage::Store& store, const core::Bareme& bareme) {
    core::validate(bareme);
    return store.baremes().add(bareme, io::to_json(bareme).dump());
}

std::string export_bareme(storage::Store& store, core::Date on) {
    return io::bareme_to_text(bareme_in_force(store, on));
}

int import_bareme(storage::Store& store, const LoggedUser& by, const std::string& text, const std::string& file_name) {
    require(store, by, Capability::SetBareme);
    nlohmann::json doc = io::parse_json_document(text, file_name);
    core::Bareme b = io::bareme_from_json(doc);
    return add_bareme(store, b);
}

} // namespace cabas::services
