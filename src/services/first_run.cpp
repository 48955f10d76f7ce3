// The first run of an empty database (see first_run.hpp).
#include "services/first_run.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/bareme_service.hpp"
#include "services/io/bareme_json.hpp"
#include "services/settings_keys.hpp"
#include "services/settings_service.hpp"
#include "services/user_service.hpp"
#include "storage/store.hpp"

#include <filesystem>

#include <unistd.h>

namespace cabas::services::first_run {

namespace {

void add_if(Problems& problems, const std::string& field, const std::string& problem) {
    if (!problem.empty()) problems.push_back({field, problem});
}

void throw_first(const Problems& problems) {
    if (!problems.empty()) throw ValidationError(problems.front().field, problems.front().problem);
}

std::string folder_problem(const std::string& folder) {
    if (folder.front() != '/') return core::tr("un chemin absolu, qui commence par /");
    std::error_code ec;
    if (!std::filesystem::exists(folder, ec)) return core::tr("ce dossier n'existe pas (le disque est-il branché ?)");
    if (!std::filesystem::is_directory(folder, ec)) return core::tr("ce n'est pas un dossier");
    if (::access(folder.c_str(), W_OK | X_OK) != 0) return core::tr("Cabas ne peut pas écrire dans ce dossier");
    return {};
}

} // namespace

bool needed(storage::Store& store) { return needs_first_admin(store); }

Problems check_shop(const ShopStep& shop) {
    Problems problems;
    add_if(problems, keys::shop_name, setting_problem(keys::shop_name, shop.name));
    add_if(problems, keys::shop_address, setting_problem(keys::shop_address, shop.address));
    return problems;
}

Problems check_admin(const AdminStep& admin) {
    Problems problems;
    add_if(problems, "identifiant", login_problem(admin.login));
    add_if(problems, "nom", display_name_problem(admin.name));
    add_if(problems, "code", pin_problem(admin.pin));
    if (admin.pin_again.empty()) add_if(problems, "code_confirmation", core::tr("retapez le code"));
    else if (admin.pin_again != admin.pin) add_if(problems, "code_confirmation", core::tr("les deux codes ne sont pas les mêmes"));
    return problems;
}

Problems check_bareme(const BaremeStep& step) {
    if (step.file_path.empty()) return {};
    try {
        io::bareme_from_text(step.document, step.file_path);
        return {};
    } catch (const ValidationError& e) {
        return {{"bareme.fichier", core::tr("{0} : {1}", step.file_path, e.what())}};
    }
}

Problems check_printer(const PrinterStep& printer) {
    Problems problems;
    add_if(problems, keys::printer_mode, setting_problem(keys::printer_mode, printer.mode));
    if (printer.mode == "pdf") {
        if (!printer.pdf_dir.empty()) {
            add_if(problems, keys::printer_pdf_dir, setting_problem(keys::printer_pdf_dir, printer.pdf_dir));
            if (problems.empty()) {
                // The folder is created at the first ticket; its parent must be there already.
                const std::filesystem::path dir(printer.pdf_dir);
                std::error_code ec;
                const auto existing = std::filesystem::exists(dir, ec) ? dir : dir.parent_path();
                add_if(problems, keys::printer_pdf_dir, folder_problem(existing.string()));
            }
        }
    } else if (printer.mode == "escpos-device") {
        if (printer.device.empty()) add_if(problems, keys::printer_device, core::tr("obligatoire pour une imprimante branchée directement"));
        else add_if(problems, keys::printer_device, setting_problem(keys::printer_device, printer.device));
    } else if (printer.mode == "escpos-cups") {
        if (printer.queue.empty()) add_if(problems, keys::printer_queue, core::tr("choisissez la file CUPS de l'imprimante"));
        else add_if(problems, keys::printer_queue, setting_problem(keys::printer_queue, printer.queue));
    }
    return problems;
}

Problems check_backup_folder(const std::string& folder) {
    Problems problems;
    if (!folder.empty()) add_if(problems, keys::backup_folder, folder_problem(folder));
    return problems;
}

core::Bareme chosen_bareme(const BaremeStep& step, core::Date today) {
    if (step.file_path.empty()) {
        core::Bareme b = core::Bareme::defaults();
        b.effective_from = core::Date::from_ymd(today.year(), 1, 1);
        return b;
    }
    return io::bareme_from_text(step.document, step.file_path);
}

std::map<std::string, std::string> printer_settings(const PrinterStep& printer) {
    std::map<std::string, std::string> values{{keys::printer_mode, printer.mode}};
    if (printer.mode == "pdf" && !printer.pdf_dir.empty()) values[keys::printer_pdf_dir] = printer.pdf_dir;
    if (printer.mode == "escpos-device") values[keys::printer_device] = printer.device;
    if (printer.mode == "escpos-cups") values[keys::printer_queue] = printer.queue;
    return values;
}

void apply(storage::Store& store, const Setup& setup, core::Date today) {
    throw_first(check_shop(setup.shop));
    throw_first(check_admin(setup.admin));
    throw_first(check_bareme(setup.bareme));
    throw_first(check_printer(setup.printer));
    throw_first(check_backup_folder(setup.backup_folder));
    const core::Bareme bareme = chosen_bareme(setup.bareme, today);
    store.transaction([&] {
        if (!needed(store)) throw PermissionError(core::tr("cette base a déjà des comptes : l'installation est déjà faite"));
        add_user(store, std::nullopt, NewUser{setup.admin.login, setup.admin.name, core::Role::Admin, setup.admin.pin});
        store.settings().set(keys::shop_name, setup.shop.name);
        store.settings().set(keys::shop_address, setup.shop.address);
        for (const auto& [key, value] : printer_settings(setup.printer)) store.settings().set(key, value);
        store.settings().set(keys::backup_folder, setup.backup_folder);
        if (!setup.bareme.file_path.empty()) add_bareme(store, bareme);
        else ensure_default_bareme(store, bareme.effective_from);
    });
}

} // namespace cabas::services::first_run
