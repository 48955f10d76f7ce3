// Import use cases: file-level parsing comes from io/, database-level checks (keys already
// present) and the single write transaction live here.
#include "services/import_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/enrolment_service.hpp"
#include "services/io/household_import.hpp"
#include "services/io/product_import.hpp"
#include "storage/store.hpp"

#include <map>

namespace cabas::services {

namespace {

void sort_errors(std::vector<io::ImportError>& errors) {
    std::stable_sort(errors.begin(), errors.end(),
                     [](const io::ImportError& a, const io::ImportError& b) { return a.line < b.line; });
}

} // namespace

ImportReport import_households(storage::Store& store, const LoggedUser& by, std::string_view bytes,
                               const std::string& file_name, core::Date today, bool dry_run, SerialSource& serials) {
    require(store, by, Capability::EditFile);
    const std::string& user = by.login;
    ImportReport report;
    report.dry_run = dry_run;
    io::HouseholdImport parsed = io::parse_households_csv(bytes, file_name, today);
    if (parsed.encoding) report.encoding = io::label_of(*parsed.encoding);
    report.errors = parsed.errors;
    for (const auto& h : parsed.households) {
        if (store.households().find_by_file_number(h.file.file_number))
            report.errors.push_back({file_name, h.first_line, "dossier",
                                     core::tr("le dossier « {0} » existe déjà dans la base", h.file.file_number)});
    }
    sort_errors(report.errors);
    if (!report.ok()) return report;
    report.rows_ready = static_cast<int>(parsed.households.size());
    if (dry_run) return report;

    int current_line = 0;
    try {
        store.transaction([&] {
            for (const auto& h : parsed.households) {
                current_line = h.first_line;
                EnrolmentRequest request;
                request.file = h.file;
                request.access_start = h.access_start;
                request.access_end = h.access_end;
                request.decided_on = h.access_start.value_or(today);
                request.decided_by = user;
                request.decision_reason = "import " + file_name;
                EnrolmentResult r = enrol_household(store, request, serials);
                store.access_log().append(user, "import_file", r.household_id, file_name);
                report.created.emplace_back(h.first_line, r.household_id);
                if (!r.card_number.empty()) ++report.cards_issued;
                ++report.written;
            }
        });
    } catch (const ValidationError& e) {
        // Everything was rolled back: report the row that a rule refused.
        report.written = 0;
        report.cards_issued = 0;
        report.created.clear();
        report.errors.push_back({file_name, current_line, e.field(), e.reason()});
    }
    return report;
}

std::string cross_site_summary(const ImportReport& report) {
    std::string out;
    if (!report.cross_site_unavailable.empty())
        out += core::tr("Contrôle des doublons entre épiceries du CCAS indisponible : {0}.", report.cross_site_unavailable) + "\n";
    for (const auto& line : report.cross_site) out += line.to_string() + "\n";
    if (!report.cross_site.empty())
        out += core::tr("{0} adulte(s) déjà suivi(s) par une autre épicerie du CCAS : dossiers importés, à examiner.",
                        report.cross_site.size()) + "\n";
    return out;
}

ImportReport import_products(storage::Store& store, const LoggedUser& by, std::string_view bytes,
                             const std::string& file_name, bool dry_run) {
    require(store, by, Capability::ManageStock);
    ImportReport report;
    report.dry_run = dry_run;
    io::ProductImport parsed = io::parse_products_csv(bytes, file_name);
    if (parsed.encoding) report.encoding = io::label_of(*parsed.encoding);
    report.errors = parsed.errors;
    for (const auto& p : parsed.products) {
        for (const auto& code : p.product.barcodes) {
            if (auto holder = store.catalogue().find_by_barcode(code))
                report.errors.push_back({file_name, p.line, "codes_barres",
                                         core::tr("le code {0} appartient déjà au produit « {1} »", code, holder->name)});
        }
    }
    sort_errors(report.errors);
    if (!report.ok()) return report;
    report.rows_ready = static_cast<int>(parsed.products.size());
    if (dry_run) return report;

    int current_line = 0;
    try {
        store.transaction([&] {
            std::map<std::string, std::int64_t> category_ids;
            for (const auto& c : store.catalogue().categories()) category_ids[c.code] = c.id;
            for (const auto& p : parsed.products) {
                current_line = p.line;
                auto it = category_ids.find(p.category_code);
                if (it == category_ids.end()) {
                    core::Category category;
                    category.code = p.category_code;
                    category.name = p.category_name.empty() ? p.category_code : p.category_name;
                    it = category_ids.emplace(p.category_code, store.catalogue().add_category(category)).first;
                }
                core::Product product = p.product;
                product.category_id = it->second;
                store.catalogue().add_product(product);
                ++report.written;
            }
        });
    } catch (const ValidationError& e) {
        report.written = 0;
        report.errors.push_back({file_name, current_line, e.field(), e.reason()});
    }
    return report;
}

} // namespace cabas::services
