// Consolidating the sites' monthly reports (consolidated_report.hpp).
#include "services/ccas/consolidated_report.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/login.hpp"
#include "services/reports/monthly_report.hpp"
#include "storage/ccas_register.hpp"
#include "storage/postgres_admin.hpp"
#include "storage/postgres_uri.hpp"
#include "storage/store.hpp"

namespace cabas::services::ccas {

reports::ConsolidatedMonthlyReport build_consolidated_monthly(const std::string& ccas_uri, const CcasReader& reader,
                                                              const Clock& clock, const std::string& ccas_name,
                                                              reports::Month month, const ReportOptions& options) {
    if (!storage::is_postgres_uri(ccas_uri))
        throw ValidationError("--db", core::tr("le rapport consolidé porte sur la base PostgreSQL du CCAS (postgresql://…)"));
    const std::string database = storage::database_uri_of(ccas_uri);
    const auto reg = storage::CcasRegister::open(database, false);
    const auto sites = reg ? reg->sites() : std::vector<storage::CcasSite>{};
    if (sites.empty())
        throw ValidationError("--db", core::tr("aucune épicerie n'est inscrite au registre du CCAS de cette base "
                                               "(cabas-cli ccas add-site)"));
    std::vector<reports::SiteMonthlyReport> parts;
    for (const storage::CcasSite& site : sites) {
        const auto store = storage::open_store(storage::schema_uri(database, site.schema), storage::OpenMode::ExistingOnly);
        const auto attempt = attempt_login(*store, clock, reader.login, reader.pin, LoginPlace::CommandLine);
        if (!attempt.user) throw PermissionError(core::tr("épicerie {0} : {1}", site.name, attempt.refusal));
        try {
            parts.push_back({site.code, site.name, build_monthly_report(*store, *attempt.user, month, options)});
        } catch (const PermissionError& e) {
            throw PermissionError(core::tr("épicerie {0} : {1}", site.name, e.what()));
        }
    }
    return reports::consolidate_monthly(ccas_name, month, std::move(parts));
}

} // namespace cabas::services::ccas
