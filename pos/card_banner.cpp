// The card banner (see card_banner.hpp).
#include "pos/card_banner.hpp"

#include "pos/palette.hpp"
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
    // The initial (empty) label fixed the min size: let the height follow the text (two lines
    // after an override) and never let a long text widen the window past the screen.
    m_title->SetMinSize(wxSize(1, -1));
    m_details->SetMinSize(wxSize(1, -1));
    sizer->Add(m_title, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, 10);
    sizer->Add(m_details, 0, wxALL | wxEXPAND, 10);
    SetSizer(sizer);
    // No fixed min height: it would override the text's own (two detail lines after an override).
    show_card(std::nullopt);
}

wxString CardBanner::title_text() const {
    wxString text = m_title->GetLabelText();
    text.Replace("\n", " ");  // the words, without the line breaks Wrap() put in for the screen
    return text;
}
wxString CardBanner::details_text() const { return m_details->GetLabelText(); }

void CardBanner::paint(Tone tone, const wxString& title, const wxString& details) {
    SetBackgroundColour(palette().background(tone));
    m_title->SetForegroundColour(palette().text_on(tone));
    m_details->SetForegroundColour(palette().text_on(tone));
    // SetLabelText: a scanned "&" (AZERTY digit row) or a name with "&" is text, not a mnemonic.
    m_title->SetLabelText(title);
    m_details->SetLabelText(details);
    // A text longer than the screen is wide takes a second line rather than losing its end.
    const int room = GetClientSize().x - 20;
    if (room > 100) m_title->Wrap(room);
    // wxST_NO_AUTORESIZE keeps the first label's best size: a two-line text must ask again.
    m_title->InvalidateBestSize();
    m_details->InvalidateBestSize();
    Layout();
    Refresh();
}

void CardBanner::show_refused(const wxString& reason, bool overridable) {
    // A long reason ("Carte révoquée (perdue ou volée) : la retenir et prévenir…") does not fit
    // one title line at 1024 px: the instruction after the first " : " goes to the second line.
    wxString title = reason;
    wxString details;
    const int split = reason.Find(" : ");
    if (split != wxNOT_FOUND) {
        title = reason.Left(static_cast<size_t>(split));
        details = reason.Mid(static_cast<size_t>(split) + 3);
        if (!details.empty()) details[0] = wxToupper(details[0]);
        details << ".    ";
    }
    details << (overridable ? _("A manager may override (F6).") : _("No override possible for this card."));
    paint(Tone::Refused, wxString::Format(_("Card refused: %s"), title), details);
}

void CardBanner::show_overridden(const services::CardCheckAnswer& answer, const services::till::CardOverride& by,
                                 const wxString& refusal) {
    // The manager's display name may hold parentheses ("Paul (responsable)"): it goes to the
    // second line rather than into "(…)" after the title.
    wxString title = _("Card accepted by override");
    if (!answer.result.display_name.empty()) title << to_wx(" — ") << to_wx(answer.result.display_name);
    // Two lines, so that neither is cut at 1024 px: who and why, then what was refused and the rate.
    wxString details = wxString::Format(_("Accepted by %s"), to_wx(by.manager_name)) + "    " +
                       wxString::Format(_("Reason: %s"), to_wx(by.reason)) + "\n" +
                       wxString::Format(_("Refusal: %s"), refusal) + "    " +
                       wxString::Format(_("Household rate applied: %s"), to_wx(core::format_percent(answer.result.rate)));
    paint(Tone::Warning, title, details);
}

void CardBanner::show_card(const std::optional<services::CardCheckAnswer>& answer) {
    if (!answer) {
        paint(Tone::Neutral, _("Scan the household's card"),
              _("Then scan the products. F3 searches a product by name."));
        return;
    }
    const core::CardCheckResult& card = answer->result;
    if (answer->misread) {
        paint(Tone::Warning, _("Card misread: scan it again"), _("The check digit is wrong; the card was not read."));
        return;
    }
    if (!card.green()) {
        // The till keeps a red card only once overridden (show_overridden); say it plainly anyway.
        show_refused(to_wx(services::describe_card_answer(*answer)), false);
        return;
    }
    wxString title = _("Valid card") + to_wx(" — ") + to_wx(card.display_name);
    if (card.valid_until)
        title << "      " << wxString::Format(_("valid until %s"), to_wx(card.valid_until->french()));
    wxString details = wxString::Format(_("Month credit: %s left"), money(card.month_left));
    if (card.week_left) details << "    " << wxString::Format(_("Week: %s"), money(*card.week_left));
    details << "    " << wxString::Format(_("Visits left: %d"), card.visits_left);
    details << "    " << wxString::Format(_("Rate: %s"), to_wx(core::format_percent(card.rate)));
    paint(Tone::Ok, title, details);
}

} // namespace cabas::ui
