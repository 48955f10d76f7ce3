// Printer settings and the dispatch of tickets to a PDF file, a device or a CUPS queue.
// Every failure is caught here and becomes a PrintResult: the sale is already recorded.
#include "reports/receipt_printer.hpp"

#include "core/error.hpp"
#include "reports/escpos.hpp"
#include "reports/raw_print.hpp"
#include "reports/receipt_pdf.hpp"

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace cabas::reports {
namespace {

namespace fs = std::filesystem;

std::string value_or(const std::map<std::string, std::string>& settings, const std::string& key, std::string fallback) {
    const auto it = settings.find(key);
    return it == settings.end() || it->second.empty() ? fallback : it->second;
}

std::string default_pdf_directory() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && xdg[0] == '/') return (fs::path(xdg) / "cabas" / "tickets").string();  // the spec ignores relative values
    const char* home = std::getenv("HOME");
    if (home && home[0] != '\0') return (fs::path(home) / ".local" / "share" / "cabas" / "tickets").string();
    return (fs::temp_directory_path() / "cabas-tickets").string();
}

// Till ids come from settings; keep file names portable and inside the directory.
std::string file_safe(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        out += plain ? c : '_';
    }
    return out;
}

// Writes next to the target, then renames: a crash never leaves half a PDF under the real name.
PrintResult write_pdf(const std::string& directory, const std::string& file_name, const std::string& bytes) {
    std::error_code ec;
    fs::create_directories(directory, ec);
    if (ec) return {false, "Impossible de créer le dossier des tickets " + directory + " (" + ec.message() + ")", {}};
    const fs::path target = fs::path(directory) / file_name;
    const fs::path temporary = fs::path(target).concat(".part");
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            fs::remove(temporary, ec);
            return {false, "Impossible d'écrire le ticket PDF " + target.string() + " (disque plein ?)", {}};
        }
    }
    fs::rename(temporary, target, ec);
    if (ec) return {false, "Impossible d'enregistrer le ticket PDF " + target.string() + " (" + ec.message() + ")", {}};
    return {true, "Ticket enregistré : " + target.string(), target.string()};
}

PrintResult send_raw(const PrinterSettings& settings, const std::string& bytes) {
    const raw_print::Outcome outcome = settings.mode == PrinterSettings::EscposDevice
                                           ? raw_print::to_device(settings.device_path, bytes)
                                           : raw_print::to_cups_queue(settings.cups_queue, bytes);
    return {outcome.ok, outcome.message, {}};
}

// Runs `print`, turning any exception (a missing font, memory) into a failed PrintResult.
template <typename Print>
PrintResult guarded(Print&& print) {
    try {
        return print();
    } catch (const std::exception& e) {
        return {false, std::string("Impression impossible : ") + e.what(), {}};
    }
}

} // namespace

PrinterSettings from_settings(const std::map<std::string, std::string>& settings) {
    PrinterSettings s;
    const std::string mode = value_or(settings, "printer.mode", "pdf");
    if (mode == "pdf") s.mode = PrinterSettings::Pdf;
    else if (mode == "escpos-device") s.mode = PrinterSettings::EscposDevice;
    else if (mode == "escpos-cups") s.mode = PrinterSettings::EscposCupsQueue;
    else
        throw ValidationError("printer.mode", "mode d'impression inconnu « " + mode +
                                                  " » (attendu : pdf, escpos-device ou escpos-cups)");
    s.device_path = value_or(settings, "printer.device", "/dev/usb/lp0");
    s.cups_queue = value_or(settings, "printer.queue", "");
    s.pdf_directory = value_or(settings, "printer.pdf_dir", default_pdf_directory());
    const std::string columns = value_or(settings, "printer.columns", "42");
    const auto [end, ec] = std::from_chars(columns.data(), columns.data() + columns.size(), s.columns);
    if (ec != std::errc() || end != columns.data() + columns.size() || s.columns < 32 || s.columns > 64)
        throw ValidationError("printer.columns", "nombre de colonnes invalide « " + columns + " » (entre 32 et 64)");
    if (s.mode == PrinterSettings::EscposCupsQueue && s.cups_queue.empty())
        throw ValidationError("printer.queue", "le mode escpos-cups demande le nom de la file CUPS");
    const std::string drawer = value_or(settings, "drawer.mode", "none");
    if (drawer == "pin2") s.drawer_pin = 2;
    else if (drawer == "pin5") s.drawer_pin = 5;
    else if (drawer != "none")
        throw ValidationError("drawer.mode", "tiroir-caisse inconnu « " + drawer + " » (attendu : none, pin2 ou pin5)");
    if (s.drawer_pin != 0 && s.mode == PrinterSettings::Pdf)
        throw ValidationError("drawer.mode", "le tiroir-caisse s'ouvre par l'imprimante de tickets : choisissez une imprimante thermique");
    return s;
}

PrintResult print_receipt(const ReceiptModel& receipt, const PrinterSettings& settings, const FontPaths& fonts) {
    return guarded([&] {
        if (settings.mode != PrinterSettings::Pdf) return send_raw(settings, receipt_job(receipt, settings));
        std::string name = receipt.test_print ? "essai-" + file_safe(receipt.till_id)
                                              : "ticket-" + file_safe(receipt.till_id) + "-" + std::to_string(receipt.sequence);
        if (receipt.duplicate) name += "-duplicata-" + std::to_string(receipt.reprint_number);
        return write_pdf(settings.pdf_directory, name + ".pdf", render_receipt_pdf(receipt, fonts));
    });
}

PrintResult print_z_report(const ZReportModel& report, const PrinterSettings& settings, const FontPaths& fonts) {
    return guarded([&] {
        if (settings.mode != PrinterSettings::Pdf) return send_raw(settings, render_z_report_escpos(report, settings.columns));
        const std::string name = "z-" + file_safe(report.till_id) + "-" + std::to_string(report.session_id);
        return write_pdf(settings.pdf_directory, name + (report.duplicate ? "-duplicata" : "") + ".pdf",
                         render_z_report_pdf(report, fonts));
    });
}

std::string receipt_job(const ReceiptModel& receipt, const PrinterSettings& settings) {
    const bool cash = receipt.cash_given.cents() > 0;
    std::string job = settings.drawer_pin != 0 && cash && !receipt.duplicate ? escpos_drawer_kick(settings.drawer_pin) : "";
    return job + render_receipt_escpos(receipt, settings.columns);
}

PrintResult open_drawer(const PrinterSettings& settings) {
    if (settings.drawer_pin == 0) return {false, "Aucun tiroir-caisse n'est réglé (Paramètres, F8)", {}};
    return guarded([&] {
        PrintResult sent = send_raw(settings, escpos_drawer_kick(settings.drawer_pin));
        if (sent.ok) sent.message = "Tiroir-caisse ouvert";
        return sent;
    });
}

} // namespace cabas::reports
