// Key-value settings of the épicerie (name, till id, report options) stored as text.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace cabas::storage {

class SettingsRepository {
public:
    virtual ~SettingsRepository() = default;
    virtual std::optional<std::string> get(const std::string& key) = 0;
    virtual void set(const std::string& key, const std::string& value) = 0;
    virtual std::map<std::string, std::string> all() = 0;
};

} // namespace cabas::storage
