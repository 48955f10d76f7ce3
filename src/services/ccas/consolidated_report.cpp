// Consolidating the sites' monthly and annual reports (consolidated_report.hpp).
#include "services/ccas/consolidated_report.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/login.hpp"
#include "services/reports/fse_report.hpp"
#include "services/reports/monthly_report.hpp"
#include "storage/ccas_register.hpp"
#include "storage/postgres_admin.hpp"
#include "storage/postgres_uri.hpp"
#include "storage/store.hpp"

namespace cabas::services::ccas {

namespace {

/// Each site of the register of `ccas_uri`, in code order, with `reader` logged in there:
/// `build(site, store, user)` gives that site's part. PermissionError naming the first site that
/// refuses the login or a right; nothing is built then.
template <typename Part, typename Build>
std::vector<Part> site_parts(const std::string& ccas_uri, const CcasReader& reader, const Clock& clock, Build build) {
    if (!storage::is_postgres_uri(ccas_uri))
        throw ValidationError("--db", core::tr("le rapport consolidé porte sur la base PostgreSQL du CCAS (postgresql://…)"));
    const std::string database = storage::database_uri_of(ccas_uri);
    const auto reg = storage::CcasRegister::open(database, false);
    const auto sites = reg ? reg->sites() : std::vector<storage::CcasSite>{};
    if (sites.empty())
        throw ValidationError("--db", core::tr("aucune épicerie n'est inscrite au registre du CCAS de cette base "
                                               "(cabas-cli ccas add-site)"));
    std::vector<Part> parts;
    for (const storage::CcasSite& site : sites) {
        const auto store = storage::open_store(storage::schema_uri(database, site.schema), storage::OpenMode::ExistingOnly);
        const auto attempt = attempt_login(*store, clock, reader.login, reader.pin, LoginPlace::CommandLine);
        if (!attempt.user) throw PermissionError(core::tr("épicerie {0} : {1}", site.name, attempt.refusal));
        try {
            parts.push_back(build(site, *store, *attempt.user));
        } catch (const PermissionError& e) {
            throw PermissionError(core::tr("épicerie {0} : {1}", site.name, e.what()));
        }
    }
    return parts;
}

} // namespace

reports::ConsolidatedMonthlyReport build_consolidated_monthly(const std::string& ccas_uri, const CcasReader& reader,
                                                              const Clock& clock, const std::string& ccas_name,
                                                              reports::Month month, const ReportOptions& options) {
    auto parts = site_parts<reports::SiteMonthlyReport>(
        ccas_uri, reader, clock, [&](const storage::CcasSite& site, storage::Store& store, const LoggedUser& user) {
            return reports::SiteMonthlyReport{site.code, site.name, build_monthly_report(store, user, month, options)};
        });
    return reports::consolidate_monthly(ccas_name, month, std::move(parts));
}

reports::ConsolidatedAnnualReport build_consolidated_annual(const std::string& ccas_uri, const CcasReader& reader,
                                                            const Clock& clock, const std::string& ccas_name, int year,
                                                            const ReportOptions& options) {
    const core::Date from = core::Date::from_ymd(year, 1, 1), to = core::Date::from_ymd(year, 12, 31);
    auto parts = site_parts<reports::SiteAnnualReport>(
        ccas_uri, reader, clock, [&](const storage::CcasSite& site, storage::Store& store, const LoggedUser& user) {
            return reports::SiteAnnualReport{site.code, site.name, build_fse_report(store, user, from, to, true, options)};
        });
    return reports::consolidate_annual(ccas_name, year, std::move(parts));
}

} // namespace cabas::services::ccas
