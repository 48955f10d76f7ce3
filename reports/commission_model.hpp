// The commission session's decisions as a plain model, anonymised: what the PDF prints.
#pragma once

#include <string>
#include <vector>

namespace cabas::reports {

struct CommissionDecisionRow {
    std::string file_number;
    std::string composition;     ///< "1 adulte, 2 enfants (3 et 7 ans)"
    std::string rav_band;
    std::string project;
    std::string referrer_kind;
    std::string decision;        ///< "acceptée", "refusée", "ajournée", "dérogation"
    std::string reason;
    std::string period;          ///< "du 01/12/2026 au 28/02/2027", empty when none opened
};

struct CommissionSessionModel {
    std::string shop_name;
    std::string session_date;    ///< "23/11/2026"
    std::string recorded_by;     ///< login(s) who recorded the decisions
    std::vector<CommissionDecisionRow> rows;
};

} // namespace cabas::reports
