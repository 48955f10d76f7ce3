// The till screen's layout, scan path, redraw and payment outcome (see till_panel.hpp); the
// function-key actions are in till_actions.cpp.

#include "pos/till_panel.hpp"

#include "pos/card_banner.hpp"
#include "pos/entry_dialog.hpp"
#include "pos/list_view.hpp"
#include "pos/totals_panel.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"

#include <wx/button.h>
#include <wx/datetime.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

using services::till::MessageLevel;

namespace {

wxString quantity_text(const services::till::BasketLine& line) {
    if (line.unit == core::SaleUnit::Weight)
        return wxString::Format("%lld,%03lld kg", static_cast<long long>(line.quantity / 1000),
                                static_cast<long long>(line.quantity % 1000));
    return wxString::Format("%lld", static_cast<long long>(line.quantity));
}

wxString rate_text(const services::till::BasketLine& line) {
    const wxString percent = to_wx(core::format_percent(line.rate));
    switch (line.rate_source) {
    case core::RateSource::FoodBankCap: return "BA " + percent;
    case core::RateSource::FsePlusFree: return "FSE+ " + percent;
    case core::RateSource::AlwaysFree: return _("free");
    default: return percent;
    }
}

/// The till's name for the header: the id "caisse-1" reads "1" (the header says "Caisse 1",
/// not "Caisse caisse-1"); any other id is shown as it is.
wxString till_name(const std::string& till_id) {
    wxString id = to_wx(till_id);
    for (const wxString prefix : {"caisse-", "caisse_", "caisse "})
        if (id.Lower().StartsWith(prefix) && id.length() > prefix.length()) return id.Mid(prefix.length());
    return id;
}

Tone level_tone(MessageLevel level) {
    switch (level) {
    case MessageLevel::Success: return Tone::Ok;
    case MessageLevel::Warning: return Tone::Warning;
    case MessageLevel::Refusal: return Tone::Refused;
    case MessageLevel::Info: break;
    }
    return Tone::Neutral;
}

} // namespace

TillPanel::TillPanel(wxWindow* parent, storage::Store& store, services::till::TillService& till,
                     const wxString& shop_name)
    : wxPanel(parent), m_store(store), m_till(till), m_shop_name(shop_name), m_clock_timer(this), m_retry_timer(this) {
    use_font(this, base_points);
    SetBackgroundColour(palette().window());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    build_header(sizer);
    m_banner = new CardBanner(this);
    sizer->Add(m_banner, 0, wxEXPAND);

    auto* scan_row = new wxBoxSizer(wxHORIZONTAL);
    auto* scan_label = new wxStaticText(this, wxID_ANY, _("Scan:"));
    scan_label->SetFont(till_font(large_points, true));
    m_scan = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, target_height),
                            wxTE_PROCESS_ENTER);
    m_scan->SetFont(till_font(large_points));
    m_strip = new wxPanel(this);
    m_message = new wxStaticText(m_strip, wxID_ANY, wxString());
    m_message->SetFont(till_font(base_points, true));
    auto* strip_sizer = new wxBoxSizer(wxHORIZONTAL);
    strip_sizer->Add(m_message, 1, wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, 8);
    m_strip->SetSizer(strip_sizer);
    m_strip->SetMinSize(wxSize(-1, target_height));
    scan_row->Add(scan_label, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    scan_row->Add(m_scan, 1, wxALIGN_CENTER_VERTICAL);
    sizer->Add(scan_row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
    sizer->Add(m_strip, 0, wxEXPAND | wxALL, 6);

    auto* middle = new wxBoxSizer(wxHORIZONTAL);
    m_basket = new ListView(this, {{_("Product"), 300}, {_("Qty"), 95, wxALIGN_RIGHT}, {_("Value"), 95, wxALIGN_RIGHT}, {_("Rate"), 110, wxALIGN_RIGHT}, {_("To pay"), 95, wxALIGN_RIGHT}});
    m_basket->SetFont(till_font(base_points));
    m_basket->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        int others = 0;
        for (int column = 1; column < 5; ++column) others += m_basket->column_width(column);
        m_basket->set_column_width(0, std::max(200, m_basket->GetClientSize().x - others - 4));
    });
    m_totals = new TotalsPanel(this);
    middle->Add(m_basket, 1, wxEXPAND | wxRIGHT, 6);
    middle->Add(m_totals, 0, wxEXPAND);
    sizer->Add(middle, 1, wxEXPAND | wxLEFT | wxRIGHT, 6);

    m_keys = new KeyBar(this, [this](TillAction action) { run(action); });
    sizer->Add(m_keys, 0, wxEXPAND | wxALL, 6);
    SetSizer(sizer);

    m_scan->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        const wxString code = m_scan->GetValue();
        m_scan->Clear();
        submit_scan(code);
    });
    m_basket->Bind(wxEVT_SET_FOCUS, [this](wxFocusEvent& event) {
        event.Skip();
        CallAfter([this] { focus_scan(); });
    });
    Bind(wxEVT_CHAR_HOOK, &TillPanel::on_char_hook, this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { update_header(); }, m_clock_timer.GetId());
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { retry_validation(); }, m_retry_timer.GetId());
    m_clock_timer.Start(15000);
    refresh();
    show_message(MessageLevel::Info, _("Ready: scan the household's card."));
}

void TillPanel::build_header(wxSizer* sizer) {
    auto* bar = new wxPanel(this);
    bar->SetBackgroundColour(palette().background(Tone::Header));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    m_header = new wxStaticText(bar, wxID_ANY, wxString());
    m_clock = new wxStaticText(bar, wxID_ANY, wxString());
    for (wxStaticText* text : {m_header, m_clock}) {
        text->SetFont(till_font(base_points, true));
        text->SetForegroundColour(palette().text_on(Tone::Header));
    }
    row->Add(m_header, 1, wxALL | wxALIGN_CENTER_VERTICAL, 8);
    row->Add(m_clock, 0, wxALL | wxALIGN_CENTER_VERTICAL, 8);
    bar->SetSizer(row);
    sizer->Add(bar, 0, wxEXPAND);
    m_session_warning = new wxStaticText(this, wxID_ANY, wxString());
    m_session_warning->SetFont(till_font(base_points, true));
    m_session_warning->SetBackgroundColour(palette().background(Tone::Warning));
    m_session_warning->SetForegroundColour(palette().text_on(Tone::Warning));
    m_session_warning->Hide();
    sizer->Add(m_session_warning, 0, wxEXPAND);
}

void TillPanel::update_header() {
    wxString text = m_shop_name + "    " + wxString::Format(_("Till %s"), till_name(m_till.till_id()));
    if (!m_session_opened_at.empty())
        text << "    " << wxString::Format(_("Session opened %s"), local_time(m_session_opened_at));
    else
        text << "    " << _("No session open");
    text << "    " << to_wx(m_till.user().display_name);
    m_header->SetLabel(text);
    m_clock->SetLabel(wxDateTime::Now().Format("%H:%M"));
    m_header->GetParent()->Layout();
}

wxString TillPanel::header_text() const { return m_header->GetLabel(); }
wxString TillPanel::message_text() const {
    wxString text = m_message->GetLabelText();
    text.Replace("\n", " ");  // the words, without the line breaks Wrap() put in for the screen
    return text;
}
wxColour TillPanel::message_colour() const { return m_strip->GetBackgroundColour(); }
wxString TillPanel::session_warning() const {
    return m_session_warning->IsShown() ? m_session_warning->GetLabel() : wxString();
}

void TillPanel::focus_scan() {
    m_scan->SetFocus();
    m_scan->SetInsertionPointEnd();
}

void TillPanel::show_message(MessageLevel level, const wxString& text) {
    static const wxString marks[] = {"", to_wx("✔ "), to_wx("⚠ "), to_wx("✖ ")};
    const Tone tone = level_tone(level);
    m_strip->SetBackgroundColour(palette().background(tone));
    m_message->SetForegroundColour(palette().text_on(tone));
    // SetLabelText: "Code inconnu : &é\"'" must show its "&", not take it for a mnemonic.
    m_message->SetLabelText(marks[static_cast<int>(level)] + text);
    m_message->SetToolTip(text);
    // A long message (an override, a limit with its figures) takes a second line rather than
    // losing its end: the strip grows and the basket gives up the room.
    const int room = m_strip->GetClientSize().x - 16;
    if (room > 100) m_message->Wrap(room);
    m_strip->InvalidateBestSize();
    Layout();
    m_strip->Refresh();
}

void TillPanel::report_error(const wxString& text) { show_message(MessageLevel::Refusal, text); }

void TillPanel::check_session() {
    guarded([this] {
        std::optional<services::till::SessionInfo> session = m_till.current_session();
        if (!session) {
            EntryDialog dialog(this, _("Cash float"), _("Cash float in the drawer"), "0,00", check_amount);
            if (dialog.ShowModal() == wxID_OK) {
                session = m_till.open_session(core::parse_amount(from_wx(dialog.value())));
                show_message(MessageLevel::Success, _("Session opened: scan the household's card."));
            } else {
                show_message(MessageLevel::Warning, _("No session open: sales cannot be recorded."));
            }
        }
        if (session && session->from_earlier_day) {
            m_session_warning->SetLabel(
                "  " + wxString::Format(_("Session of %s left open: close it (F11)"), local_date(session->opened_at)));
            m_session_warning->Show();
        } else {
            m_session_warning->Hide();
        }
        m_session_opened_at = session ? session->opened_at : std::string();
        update_header();
        Layout();
    }, [this](const wxString& text) { report_error(text); });
}

void TillPanel::submit_scan(const wxString& raw) {
    const std::string code = from_wx(raw.Strip(wxString::both));
    if (code.empty() || m_busy) {
        focus_scan();
        return;
    }
    guarded([&] { show_outcome(m_till.scan(code)); }, [this](const wxString& text) { report_error(text); });
    focus_scan();
}

void TillPanel::show_outcome(const services::till::ScanOutcome& outcome) {
    // A card scanned during a sale changes nothing (the service refuses it and keeps the basket):
    // the basket's household keeps its banner, and only the strip says why.
    const bool card_during_sale = !outcome.accepted && !m_till.lines().empty();
    if (outcome.kind == services::till::ScanKind::Card && !card_during_sale) {
        m_request_id.clear();
        m_refused_card = outcome.accepted ? wxString() : to_wx(outcome.message.text);
        m_refused_overridable = outcome.message.override_possible;
    }
    refresh();
    if (outcome.line_index) select_line(*outcome.line_index);
    show_message(outcome.message.level, to_wx(outcome.message.text));
    if (outcome.needs_weight) {
        m_pending_weight_product = outcome.product_id;
        ask_weight();
    }
}

void TillPanel::refresh() {
    if (!m_refused_card.empty())
        m_banner->show_refused(m_refused_card, m_refused_overridable);
    else if (m_till.card() && m_till.card_override())
        m_banner->show_overridden(*m_till.card(), *m_till.card_override(),
                                  to_wx(services::describe_card_answer(*m_till.card())));
    else
        m_banner->show_card(m_till.card());
    // F6 is offered (enabled) only while the last refusal may be overridden.
    if (wxWindow* override_key = m_keys->button(TillAction::Override))
        override_key->Enable(m_till.last_message().override_possible);
    const auto& lines = m_till.lines();
    const auto selected = selected_line();
    m_basket->Freeze();
    m_basket->clear();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& line = lines[i];
        wxString name = to_wx(line.name);
        if (line.overridden) name << " " << _("(override)");
        for (const std::string& warning : line.warnings) name << to_wx("  ⚠ ") << to_wx(warning);
        const int row = m_basket->append_row({name, quantity_text(line), money(line.value), rate_text(line), money(line.to_pay)});
        if (!line.warnings.empty()) m_basket->set_row_background(row, palette().warning_row());
    }
    m_basket->Thaw();
    if (!lines.empty()) select_line(selected && *selected < lines.size() ? *selected : lines.size() - 1);
    m_totals->show_totals(m_till.totals(), m_till.card().has_value());
    update_header();
    Layout();
}

std::optional<std::size_t> TillPanel::selected_line() const {
    const int row = m_basket->selected_row();
    if (row < 0) return std::nullopt;
    return static_cast<std::size_t>(row);
}

void TillPanel::select_line(std::size_t index) {
    if (index >= static_cast<std::size_t>(m_basket->row_count())) return;
    m_basket->select_row(static_cast<int>(index));
}

void TillPanel::move_selection(int delta) {
    const int count = m_basket->row_count();
    if (count == 0) return;
    const auto selected = selected_line();
    int row = selected ? static_cast<int>(*selected) + delta : (delta > 0 ? 0 : count - 1);
    row = std::clamp(row, 0, count - 1);
    select_line(static_cast<std::size_t>(row));
}

void TillPanel::on_char_hook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    if (key == WXK_UP || key == WXK_DOWN) {
        move_selection(key == WXK_UP ? -1 : 1);
        focus_scan();
        return;
    }
    if (const auto action = action_for_key(key); action && !event.HasAnyModifiers()) {
        run(*action);
        return;
    }
    event.Skip();
}

} // namespace cabas::ui
