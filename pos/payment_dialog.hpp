// The payment dialog: shows what is due, takes one or several payments (cash with the change
// shown live, bank card, cheque) and closes once nothing remains due. Enter with an amount
// typed pays it in cash; a second Enter after the end is ignored (no double sale).
#pragma once

#include "services/till/till_service.hpp"

#include <wx/dialog.h>

#include <vector>

class wxButton;
class wxListBox;
class wxStaticText;
class wxTextCtrl;

namespace cabas::ui {

class PaymentDialog : public wxDialog {
public:
    PaymentDialog(wxWindow* parent, core::Money due);

    const std::vector<services::till::PaymentInput>& payments() const { return m_payments; }
    /// Adds a payment of the typed amount (the remaining due when the field is empty).
    bool add_payment(core::PaymentMethod method);
    /// Enter: pays the typed amount in cash if any, then ends when nothing remains due.
    void confirm();
    void remove_last_payment();

    wxTextCtrl* amount_field() const { return m_amount; }
    wxString remaining_text() const;
    wxString change_text() const;
    wxString error_text() const;
    bool finished() const { return m_finished; }

private:
    core::Money paid() const;
    core::Money remaining() const;
    void update();
    void finish();
    void on_char_hook(wxKeyEvent& event);

    core::Money m_due;
    std::vector<services::till::PaymentInput> m_payments;
    bool m_finished = false;
    wxTextCtrl* m_amount = nullptr;
    wxStaticText* m_remaining = nullptr;
    wxStaticText* m_change = nullptr;
    wxStaticText* m_error = nullptr;
    wxListBox* m_list = nullptr;
    wxButton* m_validate = nullptr;
};

} // namespace cabas::ui
