// Printing receipts and Z reports from the till (see receipt_printing.hpp).
#include "pos/receipt_printing.hpp"

#include "reports/receipt_printer.hpp"
#include "services/settings_keys.hpp"
#include "services/settings_service.hpp"

#include <exception>

namespace cabas::ui {

namespace {

std::string& default_tickets_directory() {
    static std::string directory;
    return directory;
}

template <class Model>
PrintOutcome print_with_values(std::map<std::string, std::string> values, const Model& model) {
    try {
        if (!default_tickets_directory().empty() && values[services::keys::printer_pdf_dir].empty())
            values[services::keys::printer_pdf_dir] = default_tickets_directory();
        const reports::PrinterSettings settings = reports::from_settings(values);
        reports::PrintResult result;
        if constexpr (std::is_same_v<Model, reports::ReceiptModel>) result = reports::print_receipt(model, settings);
        else result = reports::print_z_report(model, settings);
        return PrintOutcome{result.ok, result.message, result.pdf_path};
    } catch (const std::exception& e) {
        return PrintOutcome{false, e.what(), {}};
    }
}

template <class Model>
PrintOutcome print_with_settings(storage::Store& store, const Model& model) {
    try {
        return print_with_values(services::current_settings(store), model);
    } catch (const std::exception& e) {
        return PrintOutcome{false, e.what(), {}};
    }
}
} // namespace

void set_default_tickets_directory(const std::string& directory) { default_tickets_directory() = directory; }

std::string default_tickets_folder() { return default_tickets_directory(); }

PrintOutcome print_receipt(storage::Store& store, const reports::ReceiptModel& receipt) {
    return print_with_settings(store, receipt);
}

PrintOutcome print_z_report(storage::Store& store, const reports::ZReportModel& report) {
    return print_with_settings(store, report);
}

PrintOutcome print_test_ticket(std::map<std::string, std::string> printer_values, const reports::ReceiptModel& ticket) {
    return print_with_values(std::move(printer_values), ticket);
}

} // namespace cabas::ui
