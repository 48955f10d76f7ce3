// The back office's section table (see back_office_sections.hpp).
#include "pos/back_office_sections.hpp"

#include "pos/access_log_panel.hpp"
#include "pos/bareme_panel.hpp"
#include "pos/commission_panel.hpp"
#include "pos/households_panel.hpp"
#include "pos/reports_panel.hpp"
#include "pos/settings_panel.hpp"
#include "pos/stock_panel.hpp"
#include "pos/users_panel.hpp"

#include <algorithm>

namespace cabas::ui {

// Keys: F2 is the till and F12 leaves (both owned by the back office panel); the sections take
// the keys between, in the order a manager's week goes.
std::vector<BackOfficeSection> back_office_sections() {
    // Each section opens for whoever has its capability; the services check it again on every call.
    return {
        {WXK_F3, "F3", _("Households"), services::Capability::ListHouseholds,
         [](wxWindow* parent, const BackOfficeContext& c) -> wxWindow* {
             return new HouseholdsPanel(parent, c.store, c.clock, c.user);
         }},
        {WXK_F4, "F4", _("Commission"), services::Capability::Decide,
         [](wxWindow* parent, const BackOfficeContext& c) -> wxWindow* {
             return new CommissionPanel(parent, c.store, c.clock, c.user);
         }},
        {WXK_F5, "F5", _("Stock"), services::Capability::ManageStock,
         [](wxWindow* parent, const BackOfficeContext& c) -> wxWindow* {
             return new StockPanel(parent, c.store, c.clock, c.user);
         }},
        {WXK_F6, "F6", _("Reports"), services::Capability::BuildReports,
         [](wxWindow* parent, const BackOfficeContext& c) -> wxWindow* {
             return new ReportsPanel(parent, c.store, c.clock, c.user);
         }},
        {WXK_F7, "F7", _("Access log"), services::Capability::ReadAccessLog,
         [](wxWindow* parent, const BackOfficeContext& c) -> wxWindow* {
             return new AccessLogPanel(parent, c.store, c.clock, c.user);
         }},
        {WXK_F8, "F8", _("Settings"), services::Capability::EditSettings,
         [](wxWindow* parent, const BackOfficeContext& context) -> wxWindow* { return new SettingsPanel(parent, context); }},
        {WXK_F9, "F9", _("Accounts"), services::Capability::ManageAccounts,
         [](wxWindow* parent, const BackOfficeContext& context) -> wxWindow* { return new UsersPanel(parent, context); }},
        {WXK_F10, "F10", _("Bareme"), services::Capability::SetBareme,
         [](wxWindow* parent, const BackOfficeContext& context) -> wxWindow* { return new BaremePanel(parent, context); }},
    };
}

std::vector<BackOfficeSection> back_office_sections_for(const services::LoggedUser& user) {
    std::vector<BackOfficeSection> allowed;
    for (BackOfficeSection& section : back_office_sections())
        if (services::may(user, section.capability)) allowed.push_back(std::move(section));
    return allowed;
}

} // namespace cabas::ui
