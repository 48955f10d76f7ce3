// `cabas-cli simulate FILE.json [--on DATE] [--json]`: the social worker's calculator.
#include "cli/arguments.hpp"
#include "cli/command_context.hpp"
#include "cli/exit_codes.hpp"
#include "core/eligibility.hpp"
#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/bareme_service.hpp"
#include "services/simulation.hpp"

#include <ostream>

namespace cabas::cli {

int run_simulate(CommandContext& ctx) {
    Arguments args(ctx.words(), {"json"}, {"on"});
    const std::string& file = args.require(0, core::tr("fichier JSON du foyer"));
    args.expect_at_most(1);
    const core::Date on = date_option(args, ctx.clock());
    const services::SimulationLimits limits;
    const core::HouseholdComposition household =
        services::composition_from_text(read_input_file(file, limits.max_bytes), file, on, limits);
    const core::Bareme bareme = services::bareme_in_force(ctx.store(), on);
    const core::EligibilityDecision decision = core::evaluate_eligibility(household, bareme, on);
    if (args.flag("json"))
        ctx.out() << services::working_to_json(decision, bareme, on).dump(2) << "\n";
    else
        ctx.out() << services::render_working_text(decision, bareme, on);
    return decision.outcome == core::EligibilityOutcome::Eligible ? kExitDone : kExitRefused;
}

} // namespace cabas::cli
