// The card banner (see card_banner.hpp).
#include "pos/card_banner.hpp"

#include "pos/ui_support.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>

namespace cabas::ui {

wxString refusal_text(core::CardRefusal refusal) {
    using core::CardRefusal;
    switch (refusal) {
    case CardRefusal::None: return _("Valid card");
    case CardRefusal::Unknown: return _("Unknown card");
    case CardRefusal::Revoked: return _("Revoked card (lost or stolen): keep it and call the manager");
    case CardRefusal::NotYetValid: return _("Rights not open yet");
    case CardRefusal::Expired: return _("Rights expired");
    case CardRefusal::Suspended: return _("Rights suspended");
    case CardRefusal::WaitingPeriod: return _("Waiting period");
    case CardRefusal::NoAccess: return _("No rights open");
    case CardRefusal::Exited: return _("Left the scheme");
    case CardRefusal::VisitLimitReached: return _("Visit limit reached");
    case CardRefusal::CreditExhausted: return _("Credit used up");
    }
    return to_wx(core::label_of(refusal));
}

CardBanner::CardBanner(wxWindow* parent) : wxPanel(parent) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_title = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
    m_title->SetFont(till_font(large_points + 2, true));
    m_details = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
    m_details->SetFont(till_font(base_points + 1));
    sizer->Add(m_title, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, 10);
    sizer->Add(m_details, 0, wxALL | wxEXPAND, 10);
    SetSizer(sizer);
    SetMinSize(wxSize(-1, 84));
    show_card(std::nullopt);
}

wxString CardBanner::title_text() const { return m_title->GetLabelText(); }
wxString CardBanner::details_text() const { return m_details->GetLabelText(); }

void CardBanner::paint(const wxColour& background, const wxString& title, const wxString& details) {
    SetBackgroundColour(background);
    const wxColour fore = background == colours::neutral ? colours::text : text_on(background);
    m_title->SetForegroundColour(fore);
    m_details->SetForegroundColour(fore);
    // SetLabelText: a scanned "&" (AZERTY digit row) or a name with "&" is text, not a mnemonic.
    m_title->SetLabelText(title);
    m_details->SetLabelText(details);
    Layout();
    Refresh();
}

void CardBanner::show_refused(const wxString& reason) {
    paint(colours::refused, wxString::Format(_("Card refused: %s"), reason), _("A manager may override (F6)."));
}

void CardBanner::show_card(const std::optional<services::CardCheckAnswer>& answer) {
    if (!answer) {
        paint(colours::neutral, _("Scan the household's card"),
              _("Then scan the products. F3 searches a product by name."));
        return;
    }
    const core::CardCheckResult& card = answer->result;
    if (answer->misread) {
        paint(colours::warning, _("Card misread: scan it again"), _("The check digit is wrong; the card was not read."));
        return;
    }
    if (!card.green()) {
        wxString title = wxString::Format(_("Card refused: %s"), refusal_text(card.refusal));
        wxString details;
        if (!card.display_name.empty()) details << to_wx(card.display_name) << "    ";
        if (card.reason_date) details << wxString::Format(_("Date: %s"), to_wx(card.reason_date->french())) << "    ";
        details << _("A manager may override (F6).");
        paint(colours::refused, title, details);
        return;
    }
    wxString title = _("Valid card") + to_wx(" — ") + to_wx(card.display_name);
    if (card.valid_until)
        title << "      " << wxString::Format(_("valid until %s"), to_wx(card.valid_until->french()));
    wxString details = wxString::Format(_("Month credit: %s left"), money(card.month_left));
    if (card.week_left) details << "    " << wxString::Format(_("Week: %s"), money(*card.week_left));
    details << "    " << wxString::Format(_("Visits left: %d"), card.visits_left);
    details << "    " << wxString::Format(_("Rate: %s"), to_wx(core::format_percent(card.rate)));
    paint(colours::ok, title, details);
}

} // namespace cabas::ui
