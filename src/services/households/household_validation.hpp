// Field-level checks of a household file, shared by the service (which refuses to store a bad
// file) and the form (which shows the reason beside the field as it loses focus).
#pragma once

#include "core/date.hpp"
#include "core/household_file.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cabas::services::households {

/// One problem: the field ("membres[2].date_naissance", "charges[1].montant") and why.
struct FieldProblem {
    std::string field;
    std::string reason;
};

/// Problems of the referral alone ("orientation.date", "orientation.par", "orientation.motif"):
/// a date from 2000 to `today`, who referred (required, 120 characters at most), a reason of 300
/// characters at most.
std::vector<FieldProblem> check_referral(const core::Referral&, core::Date today);

/// Every problem of the file, in form order; empty when it may be stored.
std::vector<FieldProblem> check_household_file(const core::HouseholdFile&, core::Date today);

/// Throws ValidationError for the first problem of check_household_file().
void validate_household_file(const core::HouseholdFile&, core::Date today);

/// A monthly amount typed in a field: French, non-negative ("12,50"). ValidationError names
/// `field` and quotes the text ("montant invalide : « 12,5O »").
core::Money parse_monthly_amount(std::string_view text, const std::string& field);

/// A birth date typed in a field: "23/11/1980" or ISO, not after `today`, not before 1900.
core::Date parse_birth_date(std::string_view text, core::Date today, const std::string& field);

} // namespace cabas::services::households
