// The épicerie's settings a manager may change from the back office or the CLI: which keys
// exist, what each accepts, and saving a set of them all together or not at all. Values are
// stored as text in the settings table; readers (till, printer, reports) keep their defaults.
#pragma once

#include "services/access_control.hpp"
#include "services/settings_keys.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {

/// One editable setting. `choices` non-empty: the value must be one of them.
struct SettingSpec {
    std::string key;
    std::string default_value;
    std::vector<std::string> choices;
    bool integer = false;
    long min = 0;
    long max = 0;
    std::size_t max_length = 80;
    bool required = true;
};

/// Every setting shown in the settings screen, in screen order.
const std::vector<SettingSpec>& setting_specs();

/// The stored value of each spec'd key, or its default.
std::map<std::string, std::string> current_settings(storage::Store&);

/// The épicerie as tickets, cards and reports name it.
struct ShopIdentity {
    std::string name;       ///< keys::default_shop_name until the épicerie sets its own
    std::string address;    ///< may be empty
};
ShopIdentity shop_identity(storage::Store&);

/// Why `value` is not acceptable for `key` (in the process language, for the field), or empty when it is.
std::string setting_problem(const std::string& key, const std::string& value);

/// Checks every value (and the combinations: a device path for escpos-device, a queue for
/// escpos-cups), then writes them in one transaction. Throws ValidationError naming the first
/// key refused, and writes nothing; throws PermissionError unless a manager or an admin asks
/// (and, for a new backup.folder, unless the user may back up).
void save_settings(storage::Store&, const services::LoggedUser& by, const std::map<std::string, std::string>& values);

/// The small-cell threshold of docs/design/domain.md §7 below which only an admin may go.
constexpr int kDefaultReportThreshold = 11;

} // namespace cabas::services
