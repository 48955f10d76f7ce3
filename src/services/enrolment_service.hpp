// Enrolment: a household file stored with, when decided, its commission decision, its first
// access period and its card, all in one transaction (imports and the demo use it; the
// household screens will too).
#pragma once

#include "core/access.hpp"
#include "core/household_file.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace cabas::storage { class Store; }

namespace cabas::services {

class SerialSource;

struct EnrolmentRequest {
    core::HouseholdFile file;
    std::optional<core::Date> access_start;   ///< both or neither: an accepted file with its period
    std::optional<core::Date> access_end;
    core::Date decided_on;
    std::string decided_by;
    std::string decision_reason;
    bool issue_card = true;
};

struct EnrolmentResult {
    std::int64_t household_id = 0;
    std::optional<std::int64_t> period_id;
    std::string card_number;   ///< empty when no card was issued
};

/// Stores the file; with an access period, also an "accepted" commission decision, the period
/// (checked against the window maximum and the waiting period of the barème in force) and a
/// card. Throws ValidationError (nothing written) when a rule refuses the period.
EnrolmentResult enrol_household(storage::Store&, const EnrolmentRequest&, SerialSource&);

} // namespace cabas::services
