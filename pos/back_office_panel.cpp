// The back office (see back_office_panel.hpp).
#include "pos/back_office_panel.hpp"

#include "pos/setup_checklist_view.hpp"
#include "pos/backup_status_line.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "pos/user_guide.hpp"
#include "services/till/cash_drawer.hpp"
#include "services/clock.hpp"
#include "services/retention_service.hpp"
#include "services/stock/stock_alerts.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace cabas::ui {

namespace {

constexpr int menu_width = 260;

wxButton* menu_button_for(wxWindow* parent, const wxString& key, const wxString& label) {
    auto* button = new wxButton(parent, wxID_ANY, key + "  " + label, wxDefaultPosition, wxSize(menu_width, target_height),
                                wxBU_LEFT);
    button->SetFont(till_font(base_points, true));
    return button;
}

} // namespace

BackOfficePanel::BackOfficePanel(wxWindow* parent, const BackOfficeContext& context, const wxString& shop_name,
                                 const wxString& leave_label, std::function<void()> leave,
                                 std::function<void()> open_till)
    : wxPanel(parent), m_context(context), m_sections(back_office_sections_for(context.user)),
      m_leave(std::move(leave)), m_open_till(std::move(open_till)) {
    use_font(this, base_points);
    SetBackgroundColour(palette().window());
    auto* outer = new wxBoxSizer(wxVERTICAL);

    auto* header = new wxPanel(this);
    header->SetBackgroundColour(palette().background(Tone::Header));
    auto* header_sizer = new wxBoxSizer(wxHORIZONTAL);
    auto* shop = new wxStaticText(header, wxID_ANY, shop_name);
    shop->SetFont(till_font(large_points, true));
    shop->SetForegroundColour(palette().text_on(Tone::Header));
    m_title = new wxStaticText(header, wxID_ANY, _("Back office"));
    m_title->SetFont(till_font(large_points, true));
    m_title->SetForegroundColour(palette().text_on(Tone::Header));
    auto* who = new wxStaticText(header, wxID_ANY, to_wx(context.user.display_name));
    who->SetFont(till_font(base_points));
    who->SetForegroundColour(palette().text_on(Tone::Header));
    header_sizer->Add(shop, 0, wxALL | wxALIGN_CENTER_VERTICAL, 10);
    header_sizer->Add(m_title, 1, wxALL | wxALIGN_CENTER_VERTICAL, 10);
    header_sizer->Add(who, 0, wxALL | wxALIGN_CENTER_VERTICAL, 10);
    header->SetSizer(header_sizer);
    outer->Add(header, 0, wxEXPAND);

    auto* body = new wxBoxSizer(wxHORIZONTAL);
    auto* menu = new wxBoxSizer(wxVERTICAL);
    auto add_button = [&](int key_code, const wxString& key, const wxString& label, std::function<void()> action) {
        wxButton* button = menu_button_for(this, key, label);
        button->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
        menu->Add(button, 0, wxBOTTOM | wxEXPAND, 6);
        m_buttons[key_code] = button;
        m_labels[key_code] = {key, label};
    };
    add_button(WXK_ESCAPE, _("Esc"), _("Home"), [this] { show_home(); });
    add_button(WXK_F1, "F1", _("Guide"), [this] { open_guide(); });  // "User guide" is too wide
    if (m_open_till) add_button(WXK_F2, "F2", _("Till"), [this] { m_open_till(); });
    for (const BackOfficeSection& section : m_sections) {
        const int key = section.key_code;
        add_button(key, section.key_name, section.label, [this, key] { open_section(key); });
    }
    if (services::may(m_context.user, services::Capability::OpenDrawer))
        add_button(WXK_F11, "F11", _("Open the drawer"), [this] { open_drawer(); });
    menu->AddStretchSpacer(1);
    add_button(WXK_F12, "F12", leave_label, [this] { m_leave(); });
    body->Add(menu, 0, wxALL | wxEXPAND, 10);

    m_content_sizer = new wxBoxSizer(wxVERTICAL);
    m_home = build_home();
    m_content_sizer->Add(m_home, 1, wxEXPAND);
    body->Add(m_content_sizer, 1, wxALL | wxEXPAND, 10);
    outer->Add(body, 1, wxEXPAND);
    SetSizer(outer);

    Bind(wxEVT_CHAR_HOOK, &BackOfficePanel::on_char_hook, this);
    m_daily_backup = std::make_unique<DailyBackupTimer>(m_context, [this] {
        if (m_backup_line) m_backup_line->refresh();
    });
}

BackOfficePanel::~BackOfficePanel() = default;

wxPanel* BackOfficePanel::build_home() {
    auto* home = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* hello = new wxStaticText(home, wxID_ANY,
                                   wxString::Format(_("Hello %s"), to_wx(m_context.user.display_name)));
    hello->SetFont(till_font(total_points, true));
    sizer->Add(hello, 0, wxBOTTOM, 16);
    wxString keys = _("Choose a screen with its key or its button:") + "\n";
    if (m_open_till) keys << "\n  F2   " << _("Till");
    for (const BackOfficeSection& section : m_sections) keys << "\n  " << section.key_name << "   " << section.label;
    if (services::may(m_context.user, services::Capability::OpenDrawer)) keys << "\n  F11  " << _("Open the drawer");
    keys << "\n\n  F1   " << _("User guide") << "\n  " << _("Esc") << "   " << _("Home") << "\n  F12  " << m_buttons[WXK_F12]->GetLabel().AfterFirst(' ').Strip(wxString::both);
    m_home_text = new wxStaticText(home, wxID_ANY, keys);
    m_home_text->SetFont(till_font(large_points));
    sizer->Add(m_home_text, 0);
    // The manager's week starts here: what needs doing in the stock, said in numbers.
    if (services::may(m_context.user, services::Capability::ManageStock)) {
        services::stock::StockAlerts alerts;
        guarded([&] { alerts = services::stock::stock_alerts(m_context.store, m_context.user, m_context.clock.today()); },
                [](const wxString&) {});
        const bool any = !alerts.low_stock.empty() || !alerts.expiring.empty();
        m_alerts_text = new wxStaticText(
            home, wxID_ANY,
            any ? wxString::Format(_("Stock: %s at or under their threshold, %s past or within %d days of their date (F5)."),
                                   alerts.low_stock.empty() ? _("no product")
                                                            : wxString::Format(wxPLURAL("%zu product", "%zu products", alerts.low_stock.size()), alerts.low_stock.size()),
                                   alerts.expiring.empty() ? _("no lot")
                                                           : wxString::Format(wxPLURAL("%zu lot", "%zu lots", alerts.expiring.size()), alerts.expiring.size()),
                                   alerts.within_days)
                : _("Stock: no alert."));
        m_alerts_text->SetFont(till_font(large_points, true));
        m_alerts_text->SetForegroundColour(palette().ink(any ? Tone::Refused : Tone::Ok));
        m_alerts_text->Wrap(680);
        sizer->Add(m_alerts_text, 0, wxTOP, 24);
    }
    // The admin's reminder of the retention rule (docs/design/domain.md §6): files due for
    // anonymisation.
    if (services::may(m_context.user, services::Capability::ApplyRetention)) {
        std::size_t due = 0;
        guarded([&] { due = services::retention_due(m_context.store, m_context.user, m_context.clock.today()).size(); },
                [](const wxString&) {});
        m_retention_text = new wxStaticText(
            home, wxID_ANY,
            due > 0 ? wxString::Format(_("Files: %zu without contact for 24 months, to anonymise with cabas-cli retention --apply."), due)
                    : _("Files: none without contact for 24 months."));
        m_retention_text->SetFont(till_font(large_points, true));
        m_retention_text->SetForegroundColour(palette().ink(due > 0 ? Tone::Refused : Tone::Ok));
        m_retention_text->Wrap(680);
        sizer->Add(m_retention_text, 0, wxTOP, 12);
    }
    if (services::may(m_context.user, services::Capability::BackUp)) {
        m_backup_line = new BackupStatusLine(home, m_context);
        sizer->Add(m_backup_line, 0, wxTOP, 12);
    }
    // A new épicerie's first steps, ticked from the data each time the home comes back.
    if (services::may(m_context.user, services::Capability::ManageAccounts)) {
        m_checklist = new SetupChecklistView(home, m_context.store, m_context.user);
        sizer->Add(m_checklist, 0, wxTOP, 16);
    }
    m_home_error = new wxStaticText(home, wxID_ANY, wxString());
    m_home_error->SetFont(till_font(large_points, true));
    m_home_error->SetForegroundColour(palette().ink(Tone::Refused));
    sizer->Add(m_home_error, 0, wxTOP, 16);
    home->SetSizer(sizer);
    return home;
}

void BackOfficePanel::show_content(wxWindow* content, const wxString& title) {
    if (m_current) {
        m_content_sizer->Detach(m_current);
        m_current->Destroy();
        m_current = nullptr;
    }
    m_home->Show(content == nullptr);
    if (content) {
        m_current = content;
        m_content_sizer->Add(content, 1, wxEXPAND);
    }
    m_title->SetLabel(title);
    show_menu_keys(content == nullptr);
    Layout();
    if (content) content->SetFocus();
    else m_buttons[WXK_ESCAPE]->SetFocus();
}

void BackOfficePanel::show_menu_keys(bool on_home) {
    // One rule for keys: on the home page the F-keys open the screens; inside a screen they are
    // that screen's own (Stock's F3 is Réception), so the menu stops showing them, and only
    // Échap (back home), F1 (the guide) and F12 (leave) keep their place. The buttons still work by click.
    for (auto& [key_code, button] : m_buttons) {
        const auto& [key, label] = m_labels[key_code];
        const bool keeps_key = on_home || key_code == WXK_ESCAPE || key_code == WXK_F1 || key_code == WXK_F12;
        button->SetLabel(keeps_key ? key + "  " + label : "      " + label);
    }
}

void BackOfficePanel::show_home() {
    if (m_checklist) {
        // While a new épicerie has first steps left, they take the place of the key list (the
        // menu beside shows the same keys): at 1024x768 there is room for one of the two.
        m_checklist->refresh();
        m_home_text->Show(m_checklist->complete());
    }
    show_content(nullptr, _("Back office"));
}

bool BackOfficePanel::open_section(int key_code) {
    for (const BackOfficeSection& section : m_sections) {
        if (section.key_code != key_code) continue;
        wxWindow* created = nullptr;
        wxString error;
        guarded([&] { created = section.create(this, m_context); }, [&](const wxString& message) { error = message; });
        if (!created) {
            show_home();
            m_home_error->SetForegroundColour(palette().ink(Tone::Refused));
            m_home_error->SetLabel(error);
            return true;
        }
        m_home_error->SetLabel(wxString());
        show_content(created, section.label);
        return true;
    }
    return false;
}

void BackOfficePanel::open_drawer() {
    services::till::DrawerOutcome outcome;
    show_home();
    if (!guarded([&] { outcome = services::till::open_cash_drawer(m_context.store, m_context.user); },
                 [this](const wxString& message) { m_home_error->SetLabel(message); }))
        return;
    m_home_error->SetForegroundColour(palette().ink(outcome.opened ? Tone::Ok : Tone::Refused));
    m_home_error->SetLabel(to_wx(outcome.message));
    Layout();
}

void BackOfficePanel::open_guide() {
    const GuideOutcome outcome = open_user_guide();
    if (outcome.opened) return;
    // Said on the home page, beside the menu's F1 button (a section would hide it).
    show_home();
    m_home_error->SetForegroundColour(palette().ink(Tone::Refused));
    m_home_error->SetLabel(outcome.message);
    m_home_error->Wrap(680);
    Layout();
}

wxString BackOfficePanel::current_title() const { return m_title->GetLabel(); }
wxString BackOfficePanel::home_text() const { return m_home_text->GetLabel(); }
wxString BackOfficePanel::home_error() const { return m_home_error->GetLabel(); }
wxString BackOfficePanel::alerts_text() const { return m_alerts_text ? m_alerts_text->GetLabel() : wxString(); }

wxString BackOfficePanel::retention_text() const { return m_retention_text ? m_retention_text->GetLabel() : wxString(); }

wxButton* BackOfficePanel::menu_button(int key_code) const {
    const auto found = m_buttons.find(key_code);
    return found == m_buttons.end() ? nullptr : found->second;
}

void BackOfficePanel::on_char_hook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    if (event.HasAnyModifiers()) {
        event.Skip();
        return;
    }
    if (key == WXK_ESCAPE) show_home();
    else if (key == WXK_F12) m_leave();
    else if (key == WXK_F1) open_guide();
    else if (m_current) event.Skip();  // inside a screen its own keys came first; the menu's wait for Échap
    else if (key == WXK_F2 && m_open_till) m_open_till();
    else if (key == WXK_F11 && m_buttons.count(WXK_F11)) open_drawer();
    else if (!open_section(key)) event.Skip();
}

} // namespace cabas::ui
