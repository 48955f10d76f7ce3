// Enrolment of a household file with its decision, period and card, as one transaction.
#include "services/enrolment_service.hpp"

#include "core/error.hpp"
#include "core/messages.hpp"
#include "services/bareme_service.hpp"
#include "services/card_service.hpp"
#include "storage/store.hpp"

namespace cabas::services {

EnrolmentResult enrol_household(storage::Store& store, const EnrolmentRequest& request, SerialSource& serials) {
    if (request.access_start.has_value() != request.access_end.has_value())
        throw ValidationError("acces", core::tr("indiquez le début et la fin de la période d'accès, ou aucun des deux"));
    return store.transaction([&] {
        EnrolmentResult result;
        result.household_id = store.households().add(request.file);
        if (!request.access_start) return result;

        const core::Bareme bareme = bareme_in_force(store, *request.access_start);
        // A new household has no earlier period, but an import may bring one that breaks the
        // rules (end before start): the core says why.
        auto check = core::check_new_period({}, bareme.access, *request.access_start, *request.access_end);
        if (!check.allowed())
            throw ValidationError("acces_debut", core::label_of(check.refusal));

        storage::CommissionDecision decision;
        decision.household_id = result.household_id;
        decision.decided_on = request.decided_on;
        decision.decision = core::Decision::Accepted;
        decision.reason = request.decision_reason;
        decision.decided_by = request.decided_by;
        decision.bareme_version = bareme.version;
        store.access().add_decision(decision);

        core::AccessPeriod period;
        period.start = *request.access_start;
        period.end = *request.access_end;
        result.period_id = store.access().add_period(result.household_id, period);
        if (request.issue_card) result.card_number = issue_card(store, result.household_id, request.decided_on, serials);
        return result;
    });
}

} // namespace cabas::services
