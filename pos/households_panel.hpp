// The household list for the back office: search as you type (file number, name or card
// number), access-state filters, Enter opens the file; new files and CSV import for the roles
// that may create files. A volunteer sees only a refusal: the service would refuse anyway.
#pragma once

#include "services/card_service.hpp"
#include "services/clock.hpp"
#include "services/households/household_service.hpp"
#include "services/till/till_service.hpp"

#include <wx/panel.h>

#include <cstdint>
#include <vector>

class wxChoice;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ListView;

class HouseholdsPanel : public wxPanel {
public:
    HouseholdsPanel(wxWindow* parent, storage::Store& store, const services::Clock& clock,
                    const services::LoggedUser& user);

    /// Re-runs the search with the current text and filter.
    void refresh();
    /// Opens the selected household's dialog (modal).
    void open_selected();
    /// Opens an empty file (modal).
    void new_household();
    /// The import preview and report for a CSV file (modal).
    void import_csv();

    wxTextCtrl* search() const { return m_search; }
    wxChoice* filter() const { return m_filter; }
    ListView* list() const { return m_list; }
    const std::vector<std::int64_t>& ids() const { return m_ids; }
    services::households::HouseholdService& service() { return m_service; }

private:
    services::RandomSerialSource m_serials;
    services::households::HouseholdService m_service;
    wxTextCtrl* m_search = nullptr;
    wxChoice* m_filter = nullptr;
    wxSpinCtrl* m_days = nullptr;
    ListView* m_list = nullptr;
    wxStaticText* m_count = nullptr;
    std::vector<std::int64_t> m_ids;
};

} // namespace cabas::ui
