// The till screen of docs/design/ui.md §3: header, card banner, scan field (always holding the
// focus), message strip, basket, totals and key bar. A thin view over services::till::TillService:
// every key maps to one service call, and the screen is redrawn from the service's state.
#pragma once

#include "pos/key_bar.hpp"
#include "services/till/till_service.hpp"
#include "services/till/validation_retry.hpp"

#include <wx/panel.h>
#include <wx/timer.h>

#include <functional>
#include <optional>
#include <string>

class wxStaticText;
class wxTextCtrl;

namespace cabas::storage { class Store; }

namespace cabas::ui {

class ListView;

class CardBanner;
class TotalsPanel;

class TillPanel : public wxPanel {
public:
    TillPanel(wxWindow* parent, storage::Store& store, services::till::TillService& till, const wxString& shop_name);

    /// What Enter in the scan field does (a scanner sends the code then Enter).
    void submit_scan(const wxString& code);
    void run(TillAction action);
    /// Validates the basket with these payments (the payment dialog's result), then prints.
    void pay(const std::vector<services::till::PaymentInput>& payments);
    /// True while a validation the server did not answer waits for its next automatic try.
    bool retry_pending() const { return m_retry.active(); }
    /// The automatic try now (the timer's work; also for tests).
    void retry_validation();
    /// Asks the cash float when no session is open; flags a session left open from an earlier day.
    void check_session();
    void focus_scan();
    void refresh();
    void show_message(services::till::MessageLevel level, const wxString& text);

    /// Called once the session is closed (the frame goes back to the login screen).
    std::function<void()> on_session_closed;
    /// F5: the frame opens the back office (asking a manager's PIN when needed); the basket stays.
    std::function<void()> on_manager_menu;

    // What the screen shows, for the GUI tests.
    wxTextCtrl* scan_field() const { return m_scan; }
    ListView* basket() const { return m_basket; }
    CardBanner* banner() const { return m_banner; }
    TotalsPanel* totals() const { return m_totals; }
    KeyBar* key_bar() const { return m_keys; }
    wxString message_text() const;
    wxColour message_colour() const;
    wxString session_warning() const;
    wxString header_text() const;
    std::int64_t last_sale_id() const { return m_last_sale_id; }

private:
    void build_header(wxSizer* sizer);
    void on_char_hook(wxKeyEvent& event);
    void show_outcome(const services::till::ScanOutcome& outcome);
    void update_header();
    void report_error(const wxString& text);
    std::optional<std::size_t> selected_line() const;
    void select_line(std::size_t index);
    void move_selection(int delta);
    std::string request_id();
    void print_receipt_of(std::int64_t sale_id, bool duplicate, const wxString& recorded_text);

    // Actions (till_actions.cpp).
    void show_help();
    void change_quantity();
    void search_product();
    void ask_weight();
    void ask_weight_for(std::int64_t product_id, const wxString& name);
    void override_refusal();
    void reprint_last();
    void remove_line();
    void cancel_sale(bool new_card);
    void close_session();
    void open_payment();

    storage::Store& m_store;
    services::till::TillService& m_till;
    wxString m_shop_name;
    wxStaticText* m_header = nullptr;
    wxStaticText* m_clock = nullptr;
    wxStaticText* m_session_warning = nullptr;
    CardBanner* m_banner = nullptr;
    wxTextCtrl* m_scan = nullptr;
    wxPanel* m_strip = nullptr;
    wxStaticText* m_message = nullptr;
    ListView* m_basket = nullptr;
    TotalsPanel* m_totals = nullptr;
    KeyBar* m_keys = nullptr;
    wxTimer m_clock_timer;
    wxTimer m_retry_timer;
    services::till::ValidationRetry m_retry;
    std::string m_session_opened_at;
    std::string m_request_id;
    wxString m_refused_card;  ///< the last card refused, shown red until another card or a new sale
    bool m_refused_overridable = false;
    std::int64_t m_last_sale_id = 0;
    std::int64_t m_pending_weight_product = 0;
    bool m_busy = false;
};

} // namespace cabas::ui
