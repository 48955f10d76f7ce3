// The payment dialog (see payment_dialog.hpp).
#include "pos/payment_dialog.hpp"

#include "core/error.hpp"
#include "pos/palette.hpp"
#include "pos/ui_support.hpp"

#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace cabas::ui {

using core::PaymentMethod;

namespace {
wxString method_text(PaymentMethod method) {
    switch (method) {
    case PaymentMethod::Cash: return _("Cash");
    case PaymentMethod::Card: return _("Bank card");
    case PaymentMethod::Cheque: return _("Cheque");
    case PaymentMethod::Free: return _("Free");
    }
    return wxString();
}

wxStaticText* big_text(wxWindow* parent, wxSizer* sizer, const wxString& caption, int points) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    auto* label = new wxStaticText(parent, wxID_ANY, caption);
    label->SetFont(till_font(large_points));
    auto* value = new wxStaticText(parent, wxID_ANY, wxString(), wxDefaultPosition, wxSize(240, -1),
                                   wxALIGN_RIGHT | wxST_NO_AUTORESIZE);
    value->SetFont(till_font(points, true));
    row->Add(label, 1, wxALIGN_CENTER_VERTICAL);
    row->Add(value, 0, wxALIGN_CENTER_VERTICAL);
    sizer->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    return value;
}
} // namespace

PaymentDialog::PaymentDialog(wxWindow* parent, core::Money due)
    : wxDialog(parent, wxID_ANY, _("Payment")), m_due(due) {
    use_font(this, base_points);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    wxStaticText* due_text = big_text(this, sizer, _("TO PAY"), total_points);
    due_text->SetLabel(money(due));
    m_remaining = big_text(this, sizer, _("Still due"), large_points + 4);
    m_change = big_text(this, sizer, _("Change"), large_points + 4);

    auto* amount_row = new wxBoxSizer(wxHORIZONTAL);
    auto* amount_label = new wxStaticText(this, wxID_ANY, _("Amount received"));
    amount_label->SetFont(till_font(large_points));
    m_amount = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(240, target_height),
                              wxTE_PROCESS_ENTER | wxTE_RIGHT);
    m_amount->SetFont(till_font(large_points + 4, true));
    amount_row->Add(amount_label, 1, wxALIGN_CENTER_VERTICAL);
    amount_row->Add(m_amount, 0);
    sizer->Add(amount_row, 0, wxEXPAND | wxALL, 12);
    m_error = new wxStaticText(this, wxID_ANY, wxString());
    m_error->SetForegroundColour(palette().ink(Tone::Refused));
    sizer->Add(m_error, 0, wxLEFT | wxRIGHT | wxEXPAND, 12);
    m_list = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 90));
    m_list->SetCanFocus(false);
    sizer->Add(m_list, 0, wxALL | wxEXPAND, 12);

    auto* keys = new wxGridSizer(2, 3, 6, 6);
    auto add_key = [&](const wxString& label, int id) {
        auto* button = new wxButton(this, id, label, wxDefaultPosition, wxSize(220, target_height));
        button->SetCanFocus(false);
        keys->Add(button, 1, wxEXPAND);
        return button;
    };
    add_key(_("F2  Cash"), wxID_ANY)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_payment(PaymentMethod::Cash); });
    add_key(_("F3  Bank card"), wxID_ANY)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_payment(PaymentMethod::Card); });
    add_key(_("F4  Cheque"), wxID_ANY)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_payment(PaymentMethod::Cheque); });
    add_key(_("F8  Remove payment"), wxID_ANY)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_last_payment(); });
    add_key(_("Esc  Back"), wxID_CANCEL);
    m_validate = add_key(_("Enter  Validate"), wxID_ANY);
    m_validate->SetBackgroundColour(palette().background(Tone::Ok));
    m_validate->SetForegroundColour(palette().text_on(Tone::Ok));
    m_validate->SetFont(till_font(base_points, true));
    m_validate->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { confirm(); });
    sizer->Add(keys, 0, wxALL | wxEXPAND, 12);
    SetSizerAndFit(sizer);
    CentreOnParent();

    m_amount->SetValue(due.is_zero() ? wxString() : to_wx(core::format_decimal(due)));
    m_amount->SelectAll();
    m_amount->SetFocus();
    m_amount->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { update(); });
    m_amount->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { confirm(); });
    Bind(wxEVT_CHAR_HOOK, &PaymentDialog::on_char_hook, this);
    update();
}

core::Money PaymentDialog::paid() const {
    core::Money total;
    for (const auto& payment : m_payments) total += payment.amount;
    return total;
}

core::Money PaymentDialog::remaining() const {
    const core::Money left = m_due - paid();
    return left.is_negative() ? core::Money() : left;
}

wxString PaymentDialog::remaining_text() const { return m_remaining->GetLabel(); }
wxString PaymentDialog::change_text() const { return m_change->GetLabel(); }
wxString PaymentDialog::error_text() const { return m_error->GetLabel(); }

void PaymentDialog::update() {
    core::Money offered = paid();
    m_error->SetLabel(wxString());
    const wxString typed = m_amount->GetValue().Strip(wxString::both);
    if (!typed.empty()) {
        try {
            offered += core::parse_amount(from_wx(typed));
        } catch (const ValidationError& e) {
            m_error->SetLabel(wxString::Format(_("Invalid amount: %s"), to_wx(e.reason())));
        }
    }
    m_remaining->SetLabel(money(remaining()));
    const core::Money change = offered - m_due;
    m_change->SetLabel(money(change.is_negative() ? core::Money() : change));
    m_list->Clear();
    for (const auto& payment : m_payments) m_list->Append(method_text(payment.method) + "   " + money(payment.amount));
    m_validate->Enable(!m_finished);
}

bool PaymentDialog::add_payment(PaymentMethod method) {
    if (m_finished) return false;
    core::Money amount = remaining();
    const wxString typed = m_amount->GetValue().Strip(wxString::both);
    if (!typed.empty()) {
        try {
            amount = core::parse_amount(from_wx(typed));
        } catch (const ValidationError& e) {
            m_error->SetLabel(wxString::Format(_("Invalid amount: %s"), to_wx(e.reason())));
            return false;
        }
    }
    if (amount.is_zero() || remaining().is_zero()) return false;
    if (method != PaymentMethod::Cash && amount > remaining()) {
        m_error->SetLabel(_("A card or cheque payment cannot exceed the amount still due."));
        return false;
    }
    m_payments.push_back({method, amount});
    m_amount->ChangeValue(remaining().is_zero() ? wxString() : to_wx(core::format_decimal(remaining())));
    m_amount->SelectAll();
    update();
    return true;
}

void PaymentDialog::remove_last_payment() {
    if (m_finished || m_payments.empty()) return;
    m_payments.pop_back();
    m_amount->ChangeValue(to_wx(core::format_decimal(remaining())));
    update();
}

void PaymentDialog::confirm() {
    if (m_finished) return;  // double Enter or double click
    if (!remaining().is_zero() && !m_amount->GetValue().Strip(wxString::both).empty())
        add_payment(PaymentMethod::Cash);
    if (remaining().is_zero()) finish();
    m_amount->SetFocus();
}

void PaymentDialog::finish() {
    m_finished = true;
    m_validate->Disable();
    if (IsModal()) EndModal(wxID_OK);
    else SetReturnCode(wxID_OK);
}

void PaymentDialog::on_char_hook(wxKeyEvent& event) {
    switch (event.GetKeyCode()) {
    case WXK_F2: add_payment(PaymentMethod::Cash); break;
    case WXK_F3: add_payment(PaymentMethod::Card); break;
    case WXK_F4: add_payment(PaymentMethod::Cheque); break;
    case WXK_F8: remove_last_payment(); break;
    default: event.Skip(); return;
    }
    m_amount->SetFocus();
}

} // namespace cabas::ui
