// The banner under the header: grey "scan the household's card" before a card, green with the
// first name, validity and what is left when the card is valid, red with the reason when not.
// Colour and words together; never incomes, charges or situation.
#pragma once

#include "pos/palette.hpp"
#include "services/card_check_service.hpp"
#include "services/till/till_service.hpp"

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
    /// A card the service refused and did not keep: red, with the service's words; F6 is
    /// offered only when the refusal may be overridden.
    void show_refused(const wxString& reason, bool overridable);
    /// A red card a manager accepted: amber, with who accepted it, the refusal it went past
    /// (`refusal`: the service's words, so its date reads as on the red banner) and the rate.
    void show_overridden(const services::CardCheckAnswer& answer, const services::till::CardOverride& by,
                         const wxString& refusal);
    wxString title_text() const;
    wxString details_text() const;
    wxColour colour() const { return GetBackgroundColour(); }

private:
    void paint(Tone tone, const wxString& title, const wxString& details);
    wxStaticText* m_title = nullptr;
    wxStaticText* m_details = nullptr;
};

} // namespace cabas::ui
