// Notices when nobody has touched the keyboard, the mouse or the screen for a while. It sees
// every input event of the application through a wxEventFilter (a scanner's keystrokes count),
// and a one-second timer compares the time of the last one with the limit.
#pragma once

#include <wx/event.h>
#include <wx/eventfilter.h>
#include <wx/timer.h>

#include <chrono>
#include <functional>

namespace cabas::ui {

class InactivityWatch : public wxEventFilter {
public:
    using Clock = std::chrono::steady_clock;

    /// `on_idle` runs from the timer once the limit is passed; it runs again only after
    /// some input (or `restart`) and another full period without any.
    InactivityWatch(std::chrono::milliseconds limit, std::function<void()> on_idle);
    ~InactivityWatch() override;
    InactivityWatch(const InactivityWatch&) = delete;
    InactivityWatch& operator=(const InactivityWatch&) = delete;

    int FilterEvent(wxEvent& event) override;

    /// Counts from now, as if the user had just pressed a key.
    void restart();
    /// What the timer does each second; public so that tests can pass a time of their own.
    void check(Clock::time_point now);
    std::chrono::milliseconds limit() const { return m_limit; }

private:
    class Ticker : public wxTimer {
    public:
        explicit Ticker(InactivityWatch& watch) : m_watch(watch) {}
        void Notify() override { m_watch.check(Clock::now()); }

    private:
        InactivityWatch& m_watch;
    };

    std::chrono::milliseconds m_limit;
    std::function<void()> m_on_idle;
    Clock::time_point m_last_input;
    bool m_fired = false;
    bool m_running = false;  ///< on_idle is on the stack: its own modal loop's events do not count
    Ticker m_ticker;
};

} // namespace cabas::ui
