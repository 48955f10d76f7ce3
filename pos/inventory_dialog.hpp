// The inventory count screen: name the shelf (or pick a category), then scan each item; the
// sheet shows counted against expected and the sales made with no lot since the last count.
// A weighed product asks for its weight in the weight field. F12 closes the count and
// records the adjustments (after a confirmation: it cannot be undone).
#pragma once

#include "services/access_control.hpp"
#include "services/clock.hpp"

#include <wx/dialog.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ListView;

class InventoryDialog : public wxDialog {
public:
    InventoryDialog(wxWindow* parent, storage::Store& store, const services::Clock& clock, services::LoggedUser user);

    /// Opens the session with the scope typed and the category chosen.
    void start();
    void scan(const std::string& code);
    /// Sets the weight (grams) of the weighed product scanned last.
    void enter_weight(const std::string& grams);
    /// Closes the session and records the adjustments; `confirm` asks first.
    bool close_and_adjust(bool confirm = true);

    std::int64_t session_id() const { return m_session; }
    wxTextCtrl* scope_field() const { return m_scope; }
    wxTextCtrl* scan_field() const { return m_scan; }
    wxTextCtrl* weight_field() const { return m_weight; }
    ListView* sheet() const { return m_sheet; }
    wxStaticText* strip() const { return m_strip; }

private:
    void refresh_sheet();

    storage::Store& m_store;
    const services::Clock& m_clock;
    services::LoggedUser m_user;
    std::int64_t m_session = 0;
    std::optional<std::int64_t> m_weighing;   ///< product waiting for its weight
    std::vector<std::int64_t> m_category_ids;
    wxTextCtrl* m_scope = nullptr;
    wxChoice* m_category = nullptr;
    wxButton* m_start = nullptr;
    wxTextCtrl* m_scan = nullptr;
    wxTextCtrl* m_weight = nullptr;
    wxStaticText* m_strip = nullptr;
    ListView* m_sheet = nullptr;
};

} // namespace cabas::ui
