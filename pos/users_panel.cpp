// The accounts screen (see users_panel.hpp).

#include "pos/users_panel.hpp"

#include "pos/entry_dialog.hpp"
#include "pos/list_view.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/login.hpp"
#include "services/login_lock.hpp"
#include "services/user_service.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

namespace {

const std::vector<core::Role>& roles = services::all_roles();

wxString role_text(core::Role role) {
    switch (role) {
    case core::Role::Volunteer: return _("Volunteer");
    case core::Role::Manager: return _("Manager");
    case core::Role::SocialWorker: return _("Social worker");
    case core::Role::Admin: return _("Administrator");
    }
    return wxString();
}

} // namespace

UsersPanel::UsersPanel(wxWindow* parent, const BackOfficeContext& context) : wxPanel(parent), m_context(context) {
    use_font(this, base_points);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_list = new ListView(this, {{_("User"), 100}, {_("Name"), 210}, {_("Role"), 190}, {_("State"), 220}}, wxSize(-1, 260));
    // Widths that fit the 724 px the list has at 1024×768, the state's lock time included.
    sizer->Add(m_list, 1, wxEXPAND | wxBOTTOM, 8);

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    auto* pin_button = new wxButton(this, wxID_ANY, _("New PIN for the selected account"), wxDefaultPosition,
                                    wxSize(-1, target_height));
    auto* active_button = new wxButton(this, wxID_ANY, _("Deactivate / reactivate"), wxDefaultPosition,
                                       wxSize(-1, target_height));
    auto* unlock_button = new wxButton(this, wxID_ANY, _("Unlock"), wxDefaultPosition, wxSize(-1, target_height));
    actions->Add(pin_button, 1, wxRIGHT, 8);
    actions->Add(active_button, 1, wxRIGHT, 8);
    actions->Add(unlock_button, 0);
    sizer->Add(actions, 0, wxEXPAND | wxBOTTOM, 12);

    auto* title = new wxStaticText(this, wxID_ANY, _("New account"));
    title->SetFont(till_font(large_points, true));
    sizer->Add(title, 0, wxBOTTOM, 6);
    auto* grid = new wxFlexGridSizer(4, 8, 8);
    grid->AddGrowableCol(1);
    grid->AddGrowableCol(3);
    auto field = [&](const wxString& label, long style) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        auto* text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(200, target_height), style);
        grid->Add(text, 1, wxEXPAND);
        return text;
    };
    m_login = field(_("User"), 0);
    m_name = field(_("Name"), 0);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Role")), 0, wxALIGN_CENTER_VERTICAL);
    m_role = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxSize(200, target_height));
    for (core::Role role : roles) m_role->Append(role_text(role));
    m_role->SetSelection(0);
    grid->Add(m_role, 1, wxEXPAND);
    m_pin = field(_("PIN"), wxTE_PASSWORD);
    sizer->Add(grid, 0, wxEXPAND | wxBOTTOM, 8);
    auto* add = new wxButton(this, wxID_ADD, _("Create the account"), wxDefaultPosition, wxSize(280, target_height));
    sizer->Add(add, 0, wxBOTTOM, 8);
    m_status = new wxStaticText(this, wxID_ANY, wxString());
    m_status->SetFont(till_font(base_points, true));
    sizer->Add(m_status, 0, wxEXPAND);
    SetSizer(sizer);

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_account(); });
    pin_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { change_selected_pin(); });
    active_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { toggle_selected_active(); });
    unlock_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { unlock_selected(); });
    reload();
}

void UsersPanel::reload() {
    m_list->clear();
    m_logins.clear();
    std::vector<storage::User> users;
    std::vector<services::LoginLockView> locks;
    if (!guarded(
            [&] {
                users = services::list_users(m_context.store, m_context.user);
                locks = services::login_locks(m_context.store, m_context.user, m_context.clock);
            },
            [this](const wxString& message) { say(false, message); }))
        return;
    m_states.clear();
    for (const storage::User& user : users) {
        const int row = m_list->append_row({to_wx(user.login), to_wx(user.display_name), role_text(user.role)});
        // An active account shows only its lock, which is what the admin has to act on.
        wxString state = user.active ? _("active") : _("deactivated");
        for (const auto& lock : locks) {
            if (lock.login != user.login) continue;
            const wxString lock_text =
                lock.locked ? wxString::Format(_("locked until %s"),
                                               to_wx(services::local_time_text(lock.locked_until, m_context.clock.now_utc())))
                            : wxString::Format(wxPLURAL("%d wrong PIN", "%d wrong PINs", lock.failures), lock.failures);
            state = user.active ? lock_text : state + to_wx(", ") + lock_text;
        }
        m_list->set_cell(row, 3, state);
        m_logins.push_back(user.login);
        m_states.push_back(state);
    }
}

void UsersPanel::say(bool ok, const wxString& text) {
    m_status->SetForegroundColour(palette().ink(ok ? Tone::Ok : Tone::Refused));
    m_status->SetLabel(text);
    if (GetClientSize().x > 100) m_status->Wrap(GetClientSize().x - 20);
    Layout();
}

std::string UsersPanel::selected_login() const {
    const long row = m_list->selected_row();
    return row < 0 ? std::string() : m_logins[static_cast<std::size_t>(row)];
}

void UsersPanel::select_login(const std::string& login) {
    for (std::size_t i = 0; i < m_logins.size(); ++i)
        if (m_logins[i] == login) m_list->select_row(static_cast<int>(i));
}

void UsersPanel::fill_new_account(const wxString& login, const wxString& name, const std::string& role,
                                  const wxString& pin) {
    m_login->ChangeValue(login);
    m_name->ChangeValue(name);
    for (std::size_t i = 0; i < roles.size(); ++i)
        if (core::to_code(roles[i]) == role) m_role->SetSelection(static_cast<int>(i));
    m_pin->ChangeValue(pin);
}

void UsersPanel::add_account() {
    services::NewUser user;
    user.login = from_wx(m_login->GetValue().Strip(wxString::both));
    user.display_name = from_wx(m_name->GetValue().Strip(wxString::both));
    user.role = roles[static_cast<std::size_t>(std::max(0, m_role->GetSelection()))];
    user.pin = from_wx(m_pin->GetValue());
    m_pin->Clear();
    // Which field is wrong, in the screen's words (the service says it too, by its own name).
    const std::pair<wxString, std::string> problems[] = {
        {_("User"), services::login_problem(user.login)},
        {_("Name"), services::display_name_problem(user.display_name)},
        {_("PIN"), services::pin_problem(user.pin)},
    };
    for (const auto& [label, problem] : problems)
        if (!problem.empty()) return say(false, _("Not created: ") + label + to_wx(" : ") + to_wx(problem));
    if (!guarded([&] { services::add_user(m_context.store, m_context.user, user); },
                 [this](const wxString& message) { say(false, _("Not created: ") + message); }))
        return;
    m_login->Clear();
    m_name->Clear();
    reload();
    say(true, wxString::Format(_("Account %s created."), to_wx(user.login)));
}

void UsersPanel::change_selected_pin(const wxString& pin) {
    const std::string login = selected_login();
    if (login.empty()) return say(false, _("Choose an account in the list first."));
    wxString new_pin = pin;
    if (new_pin.empty()) {
        EntryDialog dialog(this, _("New PIN"), wxString::Format(_("New PIN for %s"), to_wx(login)), wxString(),
                           [](const wxString& text) { return to_wx(services::pin_problem(from_wx(text))); });
        if (dialog.ShowModal() != wxID_OK) return;
        new_pin = dialog.value();
    }
    if (guarded([&] { services::change_pin(m_context.store, m_context.user, login, from_wx(new_pin)); },
                [this](const wxString& message) { say(false, _("PIN not changed: ") + message); }))
        say(true, wxString::Format(_("PIN changed for %s."), to_wx(login)));
}

void UsersPanel::toggle_selected_active() {
    const std::string login = selected_login();
    if (login.empty()) return say(false, _("Choose an account in the list first."));
    bool active = true;
    for (const storage::User& user : services::list_users(m_context.store, m_context.user))
        if (user.login == login) active = user.active;
    if (!guarded([&] { services::set_user_active(m_context.store, m_context.user, login, !active); },
                 [this](const wxString& message) { say(false, message); }))
        return;
    reload();
    say(true, wxString::Format(active ? _("Account %s deactivated.") : _("Account %s reactivated."), to_wx(login)));
}

void UsersPanel::unlock_selected() {
    const std::string login = selected_login();
    if (login.empty()) return say(false, _("Choose an account in the list first."));
    bool lifted = false;
    if (!guarded([&] { lifted = services::unlock_login(m_context.store, m_context.user, login); },
                 [this](const wxString& message) { say(false, message); }))
        return;
    reload();
    say(true, wxString::Format(lifted ? _("Account %s unlocked.") : _("Account %s was not locked."), to_wx(login)));
}

wxString UsersPanel::state_of(const std::string& login) const {
    for (std::size_t i = 0; i < m_logins.size(); ++i)
        if (m_logins[i] == login) return m_states[i];
    return wxString();
}

wxString UsersPanel::status_text() const { return m_status->GetLabel(); }

} // namespace cabas::ui
