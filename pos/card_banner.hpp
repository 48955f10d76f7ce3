// The banner under the header: grey "scan the household's card" before a card, green with the
// first name, validity and what is left when the card is valid, red with the reason when not.
// Colour and words together; never incomes, charges or situation.
#pragma once

#include "services/card_check_service.hpp"

#include <wx/panel.h>

#include <optional>

class wxStaticText;

namespace cabas::ui {

/// Plain words for a card refusal (the one table mapping core reason codes to translated text).
wxString refusal_text(core::CardRefusal refusal);

class CardBanner : public wxPanel {
public:
    explicit CardBanner(wxWindow* parent);

    void show_card(const std::optional<services::CardCheckAnswer>& answer);
    /// A card the service refused and did not keep: red, with the service's words.
    void show_refused(const wxString& reason);
    wxString title_text() const;
    wxString details_text() const;
    wxColour colour() const { return GetBackgroundColour(); }

private:
    void paint(const wxColour& background, const wxString& title, const wxString& details);
    wxStaticText* m_title = nullptr;
    wxStaticText* m_details = nullptr;
};

} // namespace cabas::ui
