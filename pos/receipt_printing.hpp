// The till's bridge to the ticket printers of reports/: reads the printer settings from the
// database and turns every failure into words, never an exception (the sale is already recorded).
#pragma once

#include "reports/receipt_model.hpp"

#include <map>
#include <string>

namespace cabas::storage { class Store; }

namespace cabas::ui {

struct PrintOutcome {
    bool ok = false;
    std::string message;
    std::string pdf_path;
};

/// The folder PDF tickets go to when the settings name none (tickets/ beside the database);
/// set once by the application at start.
void set_default_tickets_directory(const std::string& directory);
std::string default_tickets_folder();

PrintOutcome print_receipt(storage::Store& store, const reports::ReceiptModel& receipt);
PrintOutcome print_z_report(storage::Store& store, const reports::ZReportModel& report);

/// The printer's test ticket with printer settings not saved yet (the first-run wizard):
/// `printer_values` holds printer.* keys; a PDF folder left empty means the default folder.
PrintOutcome print_test_ticket(std::map<std::string, std::string> printer_values, const reports::ReceiptModel& ticket);

} // namespace cabas::ui
