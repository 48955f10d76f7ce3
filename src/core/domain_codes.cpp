// Stable codes of the roles, payment methods, decisions and stock kinds. They are the values the
// schema's CHECK constraints accept and the words of the command line, so changing one needs a
// migration.
#include "core/decision.hpp"
#include "core/enum_codes.hpp"
#include "core/payment.hpp"
#include "core/role.hpp"
#include "core/stock_kinds.hpp"

namespace cabas::core {

using detail::code_of;
using detail::parse_code;

namespace {

constexpr std::array<std::pair<Decision, const char*>, 4> decision_codes{{
    {Decision::Accepted, "accepted"}, {Decision::Refused, "refused"}, {Decision::Postponed, "postponed"},
    {Decision::Derogation, "derogation"}}};

constexpr std::array<std::pair<Role, const char*>, 4> role_codes{{
    {Role::Volunteer, "volunteer"}, {Role::Manager, "manager"}, {Role::SocialWorker, "social_worker"},
    {Role::Admin, "admin"}}};

constexpr std::array<std::pair<PaymentMethod, const char*>, 4> payment_codes{{
    {PaymentMethod::Cash, "cash"}, {PaymentMethod::Card, "card"}, {PaymentMethod::Cheque, "cheque"},
    {PaymentMethod::Free, "free"}}};

constexpr std::array<std::pair<ExpiryKind, const char*>, 2> expiry_codes{{
    {ExpiryKind::Dlc, "dlc"}, {ExpiryKind::Ddm, "ddm"}}};

constexpr std::array<std::pair<MovementKind, const char*>, 5> movement_codes{{
    {MovementKind::Reception, "reception"}, {MovementKind::Sale, "sale"}, {MovementKind::Loss, "loss"},
    {MovementKind::Adjustment, "adjustment"}, {MovementKind::Correction, "correction"}}};

} // namespace

std::string to_code(Decision v) { return code_of(decision_codes, v); }
std::optional<Decision> decision_from_code(std::string_view s) { return parse_code(decision_codes, s); }
std::string to_code(Role v) { return code_of(role_codes, v); }
std::optional<Role> role_from_code(std::string_view s) { return parse_code(role_codes, s); }
std::string to_code(PaymentMethod v) { return code_of(payment_codes, v); }
std::optional<PaymentMethod> payment_method_from_code(std::string_view s) { return parse_code(payment_codes, s); }
std::string to_code(ExpiryKind v) { return code_of(expiry_codes, v); }
std::optional<ExpiryKind> expiry_kind_from_code(std::string_view s) { return parse_code(expiry_codes, s); }
std::string to_code(MovementKind v) { return code_of(movement_codes, v); }
std::optional<MovementKind> movement_kind_from_code(std::string_view s) { return parse_code(movement_codes, s); }

} // namespace cabas::core
