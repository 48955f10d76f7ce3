// Storage of barème versions. The barème is kept as JSON text serialised by the services (the
// (de)serialisation lives there); storage adds the version number, the date and the label.
#pragma once

#include "core/bareme.hpp"
#include "core/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cabas::storage {

/// One stored barème version. `version` is the authoritative number: the one inside `json`, if
/// any, was written before the version was assigned and must be replaced by this one on loading.
struct StoredBareme {
    int version = 0;
    core::Date effective_from;
    std::string label;
    std::string json;
    std::string created_at;  ///< UTC timestamp
};

class BaremeRepository {
public:
    virtual ~BaremeRepository() = default;

    /// Stores a new version: number = highest stored + 1 (bareme.version is ignored), with the
    /// barème's effective_from and label. Versions are never edited: a change is a new version.
    virtual int add(const core::Bareme& bareme, const std::string& json) = 0;

    /// The version with the highest number.
    virtual std::optional<StoredBareme> latest() = 0;
    /// The version in force on `on`: greatest effective_from <= on; ties go to the highest version.
    virtual std::optional<StoredBareme> at(core::Date on) = 0;
    virtual std::optional<StoredBareme> by_version(int version) = 0;
    /// Every version, ascending, without the JSON text.
    virtual std::vector<StoredBareme> versions() = 0;

    std::optional<std::string> latest_json() {
        auto b = latest();
        return b ? std::optional<std::string>(b->json) : std::nullopt;
    }
    std::optional<std::string> json_at(core::Date on) {
        auto b = at(on);
        return b ? std::optional<std::string>(b->json) : std::nullopt;
    }
};

} // namespace cabas::storage
