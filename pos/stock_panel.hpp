// The manager's stock home: the alerts (low stock, lots expiring within N days) and the way to
// every stock screen by button or function key: products, reception, losses, inventory,
// traceability and the stock report PDF. Only a manager or an admin may act here.
#pragma once

#include "services/clock.hpp"
#include "services/till/till_service.hpp"

#include <wx/panel.h>

#include <string>

class wxButton;
class wxSpinCtrl;
class wxStaticText;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ListView;

class StockPanel : public wxPanel {
public:
    StockPanel(wxWindow* parent, storage::Store& store, const services::Clock& clock,
               const services::LoggedUser& user);

    /// Reads the alerts again (after a reception, a loss, an inventory...).
    void refresh_alerts();

    void open_products();
    void open_reception();
    void open_losses();
    void open_inventory();
    void open_trace();
    /// Asks where to save the report of the current month, then writes it.
    void choose_report_file();
    /// Writes the stock report PDF of the month containing today; true when written.
    bool write_report(const std::string& path);
    /// Stores the expiry alert horizon (the setting every screen and cabas-cli use) and refreshes.
    void set_expiry_days(int days);

    bool allowed() const { return m_allowed; }
    ListView* low_stock_table() const { return m_low; }
    ListView* expiring_table() const { return m_expiring; }
    wxStaticText* expiring_title() const { return m_expiring_title; }
    wxStaticText* strip() const { return m_strip; }

private:
    storage::Store& m_store;
    const services::Clock& m_clock;
    services::LoggedUser m_user;
    bool m_allowed = false;
    wxStaticText* m_low_title = nullptr;
    wxStaticText* m_expiring_title = nullptr;
    ListView* m_low = nullptr;
    ListView* m_expiring = nullptr;
    wxSpinCtrl* m_days = nullptr;
    wxStaticText* m_strip = nullptr;
};

} // namespace cabas::ui
