// A delivery note entered by scanning. The note's origin, supplier, date and reference sit on
// top; the lot, expiry date, DLC/DDM, cost and quantity fields keep their values from one scan
// to the next (a delivery usually brings many items of one lot); each scan adds one line, or
// adds to the line of the same product and lot. The scan field keeps the focus. An unknown
// barcode offers to create the product on the spot. F12 saves the note whole or not at all.
#pragma once

#include "services/access_control.hpp"
#include "services/clock.hpp"
#include "services/stock/reception_service.hpp"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ListView;

class ReceptionDialog : public wxDialog {
public:
    ReceptionDialog(wxWindow* parent, storage::Store& store, const services::Clock& clock, services::LoggedUser user);

    /// What a scanned code does (digits then Enter in the scan field).
    void scan(const std::string& code);
    /// Checks and saves the whole note; true when it was recorded (the lines are then cleared).
    bool save();
    void remove_selected_line();
    /// Escape, Close: asks first when lines are not saved; true when the dialog closes.
    bool close_asking();

    wxTextCtrl* scan_field() const { return m_scan; }
    wxTextCtrl* lot_field() const { return m_lot; }
    wxTextCtrl* expiry_field() const { return m_expiry; }
    wxChoice* kind_choice() const { return m_kind; }
    wxTextCtrl* quantity_field() const { return m_quantity; }
    wxTextCtrl* cost_field() const { return m_cost; }
    wxChoice* origin_choice() const { return m_origin; }
    wxTextCtrl* supplier_field() const { return m_supplier; }
    wxTextCtrl* reference_field() const { return m_reference; }
    ListView* table() const { return m_table; }
    wxStaticText* strip() const { return m_strip; }
    const std::vector<storage::ReceptionLine>& lines() const { return m_lines; }
    std::int64_t last_reception_id() const { return m_last_reception; }

private:
    void add_product_line(std::int64_t product_id);
    void refresh_table();
    storage::Reception read_note() const;

    storage::Store& m_store;
    const services::Clock& m_clock;
    services::LoggedUser m_user;
    std::vector<storage::ReceptionLine> m_lines;
    std::int64_t m_last_reception = 0;
    wxChoice* m_origin = nullptr;
    wxTextCtrl* m_supplier = nullptr;
    wxTextCtrl* m_date = nullptr;
    wxTextCtrl* m_reference = nullptr;
    wxTextCtrl* m_lot = nullptr;
    wxTextCtrl* m_expiry = nullptr;
    wxChoice* m_kind = nullptr;
    wxTextCtrl* m_cost = nullptr;
    wxTextCtrl* m_quantity = nullptr;
    wxTextCtrl* m_scan = nullptr;
    wxStaticText* m_strip = nullptr;
    ListView* m_table = nullptr;
};

} // namespace cabas::ui
