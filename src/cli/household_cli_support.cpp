// Login, date and refusal handling for the household commands.
#include "cli/household_cli_support.hpp"

#include "cli/exit_codes.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "cli/login_support.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>

namespace cabas::cli {

std::set<std::string> with_login_options(std::set<std::string> options) {
    options = login_options(std::move(options));
    options.insert("on");
    return options;
}

HouseholdSession::HouseholdSession(CommandContext& ctx, const Arguments& args, services::Capability needed) {
    const services::LoggedUser user = logged_in_user(ctx, args, needed);
    if (auto on = args.option("on"))
        m_clock = std::make_unique<services::FixedClock>(core::parse_date(*on, "--on"));
    else
        m_clock = std::make_unique<services::SystemClock>();
    m_service = std::make_unique<services::households::HouseholdService>(ctx.store(), *m_clock, user, m_serials);
    // The duplicate check with the other épiceries of the CCAS, attached with the database.
    m_service->use_cross_site_check(services::households::attached_cross_site());
}

std::string HouseholdSession::cross_site_text(bool say_unavailable) const {
    const auto& result = m_service->cross_site_result();
    if (!result || (!result->available && !say_unavailable)) return {};
    return result->text();
}

int with_household_session(CommandContext& ctx, const Arguments& args, const std::function<int(HouseholdSession&)>& body,
                           services::Capability needed) {
    try {
        HouseholdSession session(ctx, args, needed);
        return body(session);
    } catch (const PermissionError& e) {
        ctx.err() << core::tr("cabas-cli : refusé : {0}", e.what()) << "\n";
        return kExitRefused;
    }
}

std::string status_text(const core::AccessStatus& s) {
    const std::string state = core::label_of(s.state);
    if (s.state == core::AccessState::Active && s.valid_until)
        return core::tr("{0} jusqu'au {1}", state, s.valid_until->french());
    if (s.state == core::AccessState::NotYetValid && s.valid_from)
        return core::tr("{0} à partir du {1}", state, s.valid_from->french());
    if (s.state == core::AccessState::Expired && s.valid_until)
        return core::tr("{0} le {1}", state, s.valid_until->french());
    if (s.state == core::AccessState::WaitingPeriod && s.waiting_until)
        return core::tr("{0} jusqu'au {1}", state, s.waiting_until->french());
    if (s.state == core::AccessState::Suspended && !s.suspension_reason.empty())
        return core::tr("{0} ({1})", state, s.suspension_reason);
    if (s.state == core::AccessState::Exited && s.exit_reason) return core::tr("{0} ({1})", state, core::label_of(*s.exit_reason));
    return state;
}

void write_output_file(const std::string& path, const std::string& bytes, bool force) {
    if (!force && std::filesystem::exists(path))
        throw ValidationError(core::tr("fichier"), core::tr("{0} existe déjà (--force pour l'écraser)", path));
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw ValidationError(core::tr("fichier"), core::tr("impossible d'écrire {0}", path));
    out << bytes;
    if (!out.flush()) throw ValidationError(core::tr("fichier"), core::tr("écriture incomplète de {0}", path));
}

} // namespace cabas::cli
