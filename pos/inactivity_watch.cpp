// The inactivity watch (see inactivity_watch.hpp).
#include "pos/inactivity_watch.hpp"

namespace cabas::ui {

namespace {

bool is_input(wxEventType type) {
    return type == wxEVT_KEY_DOWN || type == wxEVT_CHAR || type == wxEVT_CHAR_HOOK || type == wxEVT_LEFT_DOWN ||
           type == wxEVT_RIGHT_DOWN || type == wxEVT_MIDDLE_DOWN || type == wxEVT_MOUSEWHEEL || type == wxEVT_MOTION;
}

} // namespace

InactivityWatch::InactivityWatch(std::chrono::milliseconds limit, std::function<void()> on_idle)
    : m_limit(limit), m_on_idle(std::move(on_idle)), m_last_input(Clock::now()), m_ticker(*this) {
    wxEvtHandler::AddFilter(this);
    m_ticker.Start(1000);
}

InactivityWatch::~InactivityWatch() {
    m_ticker.Stop();
    wxEvtHandler::RemoveFilter(this);
}

int InactivityWatch::FilterEvent(wxEvent& event) {
    if (!m_running && is_input(event.GetEventType())) {
        m_last_input = Clock::now();
        m_fired = false;
    }
    return Event_Skip;
}

void InactivityWatch::restart() {
    m_last_input = Clock::now();
    m_fired = false;
}

void InactivityWatch::check(Clock::time_point now) {
    if (m_fired || m_running || now - m_last_input < m_limit) return;
    m_fired = true;
    m_running = true;
    m_on_idle();
    m_running = false;
    restart();
}

} // namespace cabas::ui
