// Sends a receipt or a Z report to where the till's settings say: a PDF file, a thermal
// printer's device node, or a CUPS raw queue. Printing happens after the sale is recorded,
// so a printer failure is a result to show, never an exception that could look like a lost sale.
#pragma once

#include "reports/hpdf_document.hpp"
#include "reports/receipt_model.hpp"

#include <map>
#include <string>

namespace cabas::reports {

/// Where and how tickets are printed. Built from the settings table with from_settings().
struct PrinterSettings {
    enum Mode { Pdf, EscposDevice, EscposCupsQueue };
    Mode mode = Pdf;
    std::string device_path;    ///< EscposDevice: "/dev/usb/lp0"
    std::string cups_queue;     ///< EscposCupsQueue: a queue created with "-m raw"
    std::string pdf_directory;  ///< Pdf: where ticket files are written
    int columns = 42;           ///< characters per line in Font A (42 at 80 mm, 32 at 58 mm)
    int drawer_pin = 0;         ///< 0: no cash drawer; 2 or 5: a drawer on the printer's port
};

/// Reads "printer.mode" ("pdf" | "escpos-device" | "escpos-cups"), "printer.device",
/// "printer.queue", "printer.pdf_dir", "printer.columns" and "drawer.mode" ("none" | "pin2" |
/// "pin5"; a drawer needs a thermal printer). Missing keys take defaults: PDF
/// into $XDG_DATA_HOME/cabas/tickets (or ~/.local/share/cabas/tickets), /dev/usb/lp0, 42
/// columns. Throws ValidationError naming the key when a value is not understood.
PrinterSettings from_settings(const std::map<std::string, std::string>& settings);

/// What happened, in words a volunteer can act on. `pdf_path` is set in Pdf mode.
struct PrintResult {
    bool ok = false;
    std::string message;
    std::string pdf_path;
};

/// Never throw: every failure (printer offline, lp missing, font missing, disk full) comes
/// back as ok == false with a French message.
PrintResult print_receipt(const ReceiptModel& receipt, const PrinterSettings& settings, const FontPaths& fonts = {});
PrintResult print_z_report(const ZReportModel& report, const PrinterSettings& settings, const FontPaths& fonts = {});

/// The receipt's ESC/POS job: with a drawer set, an original receipt paid partly in cash starts
/// with the drawer kick, so the drawer opens as the ticket prints (never for a duplicate).
std::string receipt_job(const ReceiptModel& receipt, const PrinterSettings& settings);

/// Opens the drawer alone (a manager's key). Fails with a message when no drawer is set.
PrintResult open_drawer(const PrinterSettings& settings);

} // namespace cabas::reports
