// The first run of an empty database: the till's wizard gathers the épicerie's name and
// address, the first administrator, the barème, the printer and the backup folder, checks
// each step as it is filled, and writes nothing until the last step; then `apply` writes it
// all in one transaction, so an interrupted first run leaves the database as empty as it was.
// Who may do it: anyone at the computer, but only while the database has no account at all —
// exactly the rule of `add_user` for the first admin (there is nobody yet to ask).
#pragma once

#include "core/bareme.hpp"

#include <map>
#include <string>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::first_run {

/// True while the database has no account: the till opens on the wizard instead of the login.
bool needed(storage::Store&);

struct ShopStep {
    std::string name;
    std::string address;   ///< may be several lines; optional
};

struct AdminStep {
    std::string login;
    std::string name;
    std::string pin;
    std::string pin_again;
};

struct BaremeStep {
    std::string file_path;  ///< empty: the default barème
    std::string document;   ///< the file's bytes, read by the wizard when it was chosen
};

struct PrinterStep {
    std::string mode = "pdf";  ///< "pdf" | "escpos-device" | "escpos-cups", as printer.mode
    std::string pdf_dir;
    std::string device;
    std::string queue;
};

struct Setup {
    ShopStep shop;
    AdminStep admin;
    BaremeStep bareme;
    PrinterStep printer;
    std::string backup_folder;  ///< empty: no automatic backup (the admin's home says so)
};

/// One refused field: its key ("nom", "code_confirmation", "printer.device") and why, in French.
struct FieldProblem {
    std::string field;
    std::string problem;
};
using Problems = std::vector<FieldProblem>;

Problems check_shop(const ShopStep&);
Problems check_admin(const AdminStep&);
/// A file that cannot be read or is not a valid barème gives one problem on "bareme.fichier"
/// naming the file and the bad field.
Problems check_bareme(const BaremeStep&);
Problems check_printer(const PrinterStep&);
/// Empty is allowed; otherwise an absolute path to an existing folder this account can write.
Problems check_backup_folder(const std::string& folder);

/// The barème the step chose: the default (effective on 1 January of `today`'s year) or the
/// file's. Throws ValidationError when the file is not valid.
core::Bareme chosen_bareme(const BaremeStep&, core::Date today);

/// The printer.* settings the step stands for.
std::map<std::string, std::string> printer_settings(const PrinterStep&);

/// Checks every step again, then writes everything in one transaction: the administrator,
/// the épicerie, the printer, the backup folder, the barème (the default is stored only when
/// the database has none). Throws ValidationError on the first bad field, PermissionError when
/// the database has an account already; nothing is written then.
void apply(storage::Store&, const Setup&, core::Date today);

} // namespace cabas::services::first_run
