// Traceability on screen: a lot (supplier code or #number) from its delivery note to each sale
// and loss; or, for a period, the FSE+ and Banque Alimentaire lots received, distributed,
// lost and remaining, in units and kg.
#pragma once

#include "services/access_control.hpp"
#include "services/clock.hpp"

#include <wx/dialog.h>

#include <string>

class wxStaticText;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class StockTraceDialog : public wxDialog {
public:
    StockTraceDialog(wxWindow* parent, storage::Store& store, services::LoggedUser user, const services::Clock& clock);

    void show_lot(const std::string& lot);
    void show_period(const std::string& from, const std::string& to);

    wxTextCtrl* lot_field() const { return m_lot; }
    wxTextCtrl* output() const { return m_output; }

private:
    storage::Store& m_store;
    services::LoggedUser m_user;
    wxTextCtrl* m_lot = nullptr;
    wxTextCtrl* m_from = nullptr;
    wxTextCtrl* m_to = nullptr;
    wxTextCtrl* m_output = nullptr;
};

} // namespace cabas::ui
