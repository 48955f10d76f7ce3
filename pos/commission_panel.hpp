// The commission session screen: pending files anonymised (file number, composition, RAV band,
// project, referrer type), a decision recorded for the selected file, and the PDF of the day's
// decisions. Social workers and admins only: other roles see a refusal.
#pragma once

#include "services/card_service.hpp"
#include "services/clock.hpp"
#include "services/households/commission_service.hpp"
#include "services/till/till_service.hpp"

#include <wx/panel.h>

#include <cstdint>
#include <string>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ListView;

class CommissionPanel : public wxPanel {
public:
    CommissionPanel(wxWindow* parent, storage::Store& store, const services::Clock& clock,
                    const services::LoggedUser& user);

    void refresh();
    /// Records the decision typed for the selected file; returns whether it was stored.
    bool record_selected();
    /// Writes the PDF of today's decisions to `path`.
    bool write_pdf(const std::string& path);
    /// Asks where to save the session's PDF, then writes it.
    void choose_pdf_file();

    ListView* list() const { return m_list; }
    wxChoice* decision() const { return m_decision; }
    wxTextCtrl* reason() const { return m_reason; }
    wxStaticText* message() const { return m_message; }

private:
    services::RandomSerialSource m_serials;
    services::households::HouseholdService m_service;
    services::households::CommissionService m_commission;
    std::vector<std::int64_t> m_ids;
    ListView* m_list = nullptr;
    wxChoice* m_decision = nullptr;
    wxTextCtrl* m_reason = nullptr;
    wxTextCtrl* m_override = nullptr;
    wxCheckBox* m_card = nullptr;
    wxStaticText* m_message = nullptr;
};

} // namespace cabas::ui
