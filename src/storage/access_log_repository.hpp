// The append-only log of who opened or exported which household file (docs/design/domain.md §6).
// The schema refuses any change or deletion of an entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage {

struct AccessLogEntry {
    std::int64_t id = 0;
    std::string at;                            ///< UTC timestamp
    std::string user_login;
    std::string action;                        ///< "open_file", "export_file", ...
    std::optional<std::int64_t> household_id;
    std::string detail;
};

struct AccessLogFilter {
    std::optional<std::int64_t> household_id;
    std::optional<std::string> user_login;
    int limit = 100;
    std::optional<std::string> action;         ///< "card_print", ...
};

class AccessLogRepository {
public:
    virtual ~AccessLogRepository() = default;
    /// Appends an entry; `at` empty = now (UTC). Returns its id.
    virtual std::int64_t append(const std::string& user_login, const std::string& action,
                                std::optional<std::int64_t> household_id, const std::string& detail,
                                const std::string& at = {}) = 0;
    /// Newest first.
    virtual std::vector<AccessLogEntry> list(const AccessLogFilter& filter = {}) = 0;
};

} // namespace cabas::storage
