// CSV imports of households and products: parse everything, check against the database, and
// write all rows in one transaction, or nothing at all with every bad row reported.
#pragma once

#include "core/date.hpp"
#include "services/io/import_error.hpp"
#include "services/access_control.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
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
    /// Households written: the CSV line of each dossier's first row and its new id, in file order.
    std::vector<std::pair<int, std::int64_t>> created;
    /// The duplicate check with the other épiceries of the CCAS, run on each household written,
    /// as after filing one through the form: one line per adult followed elsewhere, placed at
    /// its dossier's first row ("Awa DIALLO : déjà suivi par une autre épicerie du CCAS (droits
    /// jusqu'au 31/05/2027)"). Such a household is imported, flagged, never refused.
    std::vector<io::ImportError> cross_site;
    /// Why the check could not be made (said once; the import stands), "" otherwise.
    std::string cross_site_unavailable;
};

/// Households (docs/import_formats.md). Rows with an access period get an accepted decision,
/// the period and a card. `by` (who may edit files) is written to the access log for each
/// created file.
ImportReport import_households(storage::Store&, const LoggedUser& by, std::string_view bytes,
                               const std::string& file_name, core::Date today, bool dry_run, SerialSource&);

/// What the duplicate check with the other épiceries said of the households an import wrote,
/// as the CLI and the import dialog show it: the unavailable reason, one line per adult
/// followed elsewhere ("menages.csv:4: Awa DIALLO : déjà suivi par une autre épicerie du CCAS
/// (droits jusqu'au 31/05/2027)"), then how many; "" when there is nothing to say.
std::string cross_site_summary(const ImportReport&);

/// Products with their barcodes; unknown category codes are created.
/// `by` must be allowed to manage the stock.
ImportReport import_products(storage::Store&, const LoggedUser& by, std::string_view bytes,
                             const std::string& file_name, bool dry_run);

} // namespace cabas::services
