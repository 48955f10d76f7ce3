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

PrintOutcome print_receipt(storage::Store& store, const reports::ReceiptModel& receipt);
PrintOutcome print_z_report(storage::Store& store, const reports::ZReportModel& report);

} // namespace cabas::ui
