// Recording a loss: scan the product (or type a lot code), choose its lot in the list, give
// the quantity (grams for a weighed product) and the reason; F12 records it.
#pragma once

#include "services/access_control.hpp"
#include "services/clock.hpp"
#include "services/stock/traceability.hpp"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ListView;

class LossDialog : public wxDialog {
public:
    LossDialog(wxWindow* parent, storage::Store& store, const services::Clock& clock, services::LoggedUser user);

    /// Lists the lots of the product with this barcode, or the lots with this lot code.
    void find(const std::string& code);
    /// Records the loss on the selected lot; true when recorded.
    bool record();

    wxTextCtrl* scan_field() const { return m_scan; }
    ListView* lots_table() const { return m_table; }
    wxTextCtrl* quantity_field() const { return m_quantity; }
    wxChoice* reason_choice() const { return m_reason; }
    wxTextCtrl* note_field() const { return m_note; }
    wxStaticText* strip() const { return m_strip; }
    const std::vector<storage::LotInfo>& lots() const { return m_lots; }

private:
    void refresh();

    storage::Store& m_store;
    const services::Clock& m_clock;
    services::LoggedUser m_user;
    std::vector<storage::LotInfo> m_lots;
    wxTextCtrl* m_scan = nullptr;
    ListView* m_table = nullptr;
    wxTextCtrl* m_quantity = nullptr;
    wxChoice* m_reason = nullptr;
    wxTextCtrl* m_note = nullptr;
    wxStaticText* m_strip = nullptr;
};

} // namespace cabas::ui
