// The names of the épicerie's settings, in one style (`area.name`, English, lower case): every
// reader and writer uses these constants, so a key is spelled once. Migration 8 renamed the
// older keys (shop_name, report_threshold, ui.verrouillage_minutes…) to these.
#pragma once

namespace cabas::services::keys {

inline constexpr const char* shop_name = "shop.name";
inline constexpr const char* shop_address = "shop.address";
inline constexpr const char* till_id = "till.id";
inline constexpr const char* ui_language = "ui.language";
inline constexpr const char* ui_lock_minutes = "ui.lock_minutes";
inline constexpr const char* printer_mode = "printer.mode";
inline constexpr const char* printer_pdf_dir = "printer.pdf_dir";
inline constexpr const char* printer_device = "printer.device";
inline constexpr const char* printer_queue = "printer.queue";
inline constexpr const char* printer_columns = "printer.columns";
inline constexpr const char* drawer_mode = "drawer.mode";
inline constexpr const char* stock_expiry_alert_days = "stock.expiry_alert_days";
inline constexpr const char* report_threshold = "report.threshold";
inline constexpr const char* report_internal = "report.internal";
inline constexpr const char* retention_sales_years = "retention.sales_years";
/// Where automatic backups go (an absolute folder); empty: automatic backups are off.
inline constexpr const char* backup_folder = "backup.folder";

// What the automatic backups did last, written by them and never edited by hand (not in the
// settings screen): UTC timestamps, the file written, and the reason of the last failure.
inline constexpr const char* backup_last_success_at = "backup.last_success_at";
inline constexpr const char* backup_last_success_file = "backup.last_success_file";
inline constexpr const char* backup_last_failure_at = "backup.last_failure_at";
inline constexpr const char* backup_last_failure_reason = "backup.last_failure_reason";

// Written by `cabas-cli migrate` into the file it copied to the server, never by hand: where
// the épicerie went (the server database's URI) and when (UTC). A till started on that file
// opens the server instead (services/server/database_move.hpp).
inline constexpr const char* database_moved_to = "database.moved_to";
inline constexpr const char* database_moved_at = "database.moved_at";

/// The name tickets, cards and reports show before an épicerie has given its own.
inline constexpr const char* default_shop_name = "Épicerie solidaire";

} // namespace cabas::services::keys
