// A delivery note typed in a spreadsheet (docs/stock_formats.md): one line per lot, products
// named by barcode. Read strictly; every problem is reported with its physical line.
#pragma once

#include "services/access_control.hpp"
#include "services/io/import_error.hpp"
#include "storage/stock_repository.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services::stock {

/// The lines of a delivery note, ready for receive(); `line_numbers[i]` is the file line of
/// `lines[i]`, so the reception's own checks name the same lines.
struct DeliveryNoteLines {
    std::vector<storage::ReceptionLine> lines;
    std::vector<int> line_numbers;
    std::vector<io::ImportError> errors;
    bool ok() const { return errors.empty(); }
};

/// Reads columns code_barres*, quantite*, lot, date_limite, type_date (DLC/DDM, required with a
/// date), cout_unitaire. An unknown barcode is an error naming it.
DeliveryNoteLines read_delivery_note_csv(storage::Store&, const LoggedUser& by, std::string_view bytes, const std::string& file_name);

} // namespace cabas::services::stock
