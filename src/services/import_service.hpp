// CSV imports of households and products: parse everything, check against the database, and
// write all rows in one transaction, or nothing at all with every bad row reported.
#pragma once

#include "core/date.hpp"
#include "services/io/import_error.hpp"
#include "services/access_control.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cabas::storage { class Store; }

namespace cabas::services {

class SerialSource;

struct ImportReport {
    int rows_ready = 0;        ///< households or products that passed every check
    int written = 0;           ///< 0 on a dry run or when there is any error
    int cards_issued = 0;
    bool dry_run = false;
    std::string encoding;      ///< "UTF-8", "UTF-8 avec BOM", "Windows-1252"
    std::vector<io::ImportError> errors;
    bool ok() const { return errors.empty(); }
};

/// Households (docs/import_formats.md). Rows with an access period get an accepted decision,
/// the period and a card. `by` (who may edit files) is written to the access log for each
/// created file.
ImportReport import_households(storage::Store&, const LoggedUser& by, std::string_view bytes,
                               const std::string& file_name, core::Date today, bool dry_run, SerialSource&);

/// Products with their barcodes; unknown category codes are created.
/// `by` must be allowed to manage the stock.
ImportReport import_products(storage::Store&, const LoggedUser& by, std::string_view bytes,
                             const std::string& file_name, bool dry_run);

} // namespace cabas::services
