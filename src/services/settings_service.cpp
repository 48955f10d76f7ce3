// Editable settings (see settings_service.hpp).
#include "services/settings_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "storage/store.hpp"

#include <algorithm>
#include <charconv>

namespace cabas::services {

namespace {

SettingSpec text(std::string key, std::string default_value, std::size_t max_length, bool required = true) {
    SettingSpec spec;
    spec.key = std::move(key);
    spec.default_value = std::move(default_value);
    spec.max_length = max_length;
    spec.required = required;
    return spec;
}

SettingSpec choice(std::string key, std::vector<std::string> choices) {
    SettingSpec spec;
    spec.key = std::move(key);
    spec.default_value = choices.front();
    spec.choices = std::move(choices);
    return spec;
}

SettingSpec integer(std::string key, long default_value, long min, long max) {
    SettingSpec spec;
    spec.key = std::move(key);
    spec.default_value = std::to_string(default_value);
    spec.integer = true;
    spec.min = min;
    spec.max = max;
    return spec;
}

const SettingSpec* find_spec(const std::string& key) {
    for (const SettingSpec& spec : setting_specs())
        if (spec.key == key) return &spec;
    return nullptr;
}

bool is_identifier(const std::string& value) {
    return std::all_of(value.begin(), value.end(), [](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

std::string value_of(const std::map<std::string, std::string>& values, const std::string& key) {
    const auto found = values.find(key);
    return found == values.end() ? std::string() : found->second;
}

} // namespace

const std::vector<SettingSpec>& setting_specs() {
    static const std::vector<SettingSpec> specs = {
        text(keys::shop_name, keys::default_shop_name, 60),
        text(keys::shop_address, "", 120, false),
        text(keys::till_id, "caisse-1", 20),
        choice(keys::ui_language, {"fr", "en"}),
        integer(keys::ui_lock_minutes, 10, 1, 240),
        choice(keys::printer_mode, {"pdf", "escpos-device", "escpos-cups"}),
        text(keys::printer_device, "/dev/usb/lp0", 200, false),
        text(keys::printer_queue, "", 100, false),
        text(keys::printer_pdf_dir, "", 300, false),
        integer(keys::printer_columns, 42, 32, 64),
        choice(keys::drawer_mode, {"none", "pin2", "pin5"}),
        integer(keys::stock_expiry_alert_days, 7, 0, 365),
        integer(keys::report_threshold, 11, 2, 100),
        choice(keys::report_internal, {"0", "1"}),
        // 6 years is the legal minimum for accounting documents (sales_archive_service.hpp).
        integer(keys::retention_sales_years, 6, 6, 10),
        text(keys::backup_folder, "", 300, false),
    };
    return specs;
}

std::map<std::string, std::string> current_settings(storage::Store& store) {
    const std::map<std::string, std::string> stored = store.settings().all();
    std::map<std::string, std::string> current;
    for (const SettingSpec& spec : setting_specs()) {
        const auto found = stored.find(spec.key);
        current[spec.key] = found == stored.end() ? spec.default_value : found->second;
    }
    return current;
}

ShopIdentity shop_identity(storage::Store& store) {
    ShopIdentity shop{keys::default_shop_name, ""};
    if (auto name = store.settings().get(keys::shop_name); name && !name->empty()) shop.name = *name;
    if (auto address = store.settings().get(keys::shop_address)) shop.address = *address;
    return shop;
}

std::string setting_problem(const std::string& key, const std::string& value) {
    const SettingSpec* spec = find_spec(key);
    if (!spec) return core::tr("paramètre inconnu");
    if (value.empty()) return spec->required ? core::tr("obligatoire") : std::string();
    if (value.size() > spec->max_length)
        return core::tr("trop long ({0} caractères au plus)", spec->max_length);
    if (value.find_first_of("\r\n\t") != std::string::npos) return core::tr("une seule ligne, sans tabulation");
    if (!spec->choices.empty() && std::find(spec->choices.begin(), spec->choices.end(), value) == spec->choices.end()) {
        std::string list;
        for (const std::string& option : spec->choices) list += (list.empty() ? "" : ", ") + option;
        return core::tr("« {0} » n'est pas une valeur possible ({1})", value, list);
    }
    if (spec->integer) {
        long number = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (ec != std::errc() || end != value.data() + value.size())
            return core::tr("« {0} » n'est pas un nombre entier", value);
        if (number < spec->min || number > spec->max)
            return core::tr("entre {0} et {1}", spec->min, spec->max);
    }
    if (key == "till.id" && !is_identifier(value)) return core::tr("lettres, chiffres, - et _ seulement");
    if ((key == "printer.device" || key == "printer.pdf_dir" || key == keys::backup_folder) && value.front() != '/')
        return core::tr("un chemin absolu, qui commence par /");
    return {};
}

void save_settings(storage::Store& store, const services::LoggedUser& by, const std::map<std::string, std::string>& values) {
    require(store, by, Capability::EditSettings);
    for (const auto& [key, value] : values)
        if (const std::string problem = setting_problem(key, value); !problem.empty()) throw ValidationError(key, problem);
    // Lifting small-cell suppression exposes counts that could identify a household.
    const auto threshold = values.find(keys::report_threshold);
    if (values.count(keys::report_internal) ||
        (threshold != values.end() && std::stol(threshold->second) < kDefaultReportThreshold))
        require(store, by, Capability::MakeReportInternal);
    // Whoever chooses the folder chooses where a copy of every personal datum goes each evening.
    if (values.count(keys::backup_folder) && value_of(values, keys::backup_folder) != value_of(current_settings(store), keys::backup_folder))
        require(store, by, Capability::BackUp);
    std::map<std::string, std::string> merged = current_settings(store);
    for (const auto& [key, value] : values) merged[key] = value;
    const std::string mode = value_of(merged, "printer.mode");
    if (mode == "escpos-device" && value_of(merged, "printer.device").empty())
        throw ValidationError("printer.device", core::tr("obligatoire pour une imprimante branchée directement"));
    if (mode == "escpos-cups" && value_of(merged, "printer.queue").empty())
        throw ValidationError("printer.queue", core::tr("obligatoire pour une file CUPS"));
    if (mode == "pdf" && value_of(merged, keys::drawer_mode) != "none")
        throw ValidationError(keys::drawer_mode, core::tr("le tiroir-caisse s'ouvre par l'imprimante de tickets : choisissez "
                                                          "d'abord une imprimante thermique"));
    store.transaction([&] {
        for (const auto& [key, value] : values) store.settings().set(key, value);
    });
}

} // namespace cabas::services
