// The till's bridge to the ticket printers of reports/: reads the printer settings from the
// database and turns every failure into words, never an exception (the sale is already recorded).
#pragma once

#include "reports/receipt_model.hpp"

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

PrintOutcome print_receipt(storage::Store& store, const reports::ReceiptModel& receipt);
PrintOutcome print_z_report(storage::Store& store, const reports::ZReportModel& report);

} // namespace cabas::ui
