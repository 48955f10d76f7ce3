// When the server cannot be reached while a sale is validated, the household has usually paid
// already: the till keeps the basket and the payments and tries the same validation again on its
// own (same request id, so a sale that did reach the server is found, never written twice), until
// it is recorded or the basket changes. Trying again forever at a fixed pace was the path not
// taken: a server off for the evening would be asked every few seconds for hours; the pace slows
// to one try every 30 s, and the volunteer can always press F12 to try at once.
#pragma once

#include "services/till/till_service.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace cabas::services::till {

class ValidationRetry {
public:
    /// Remembers a validation the server did not answer: its payments, and the basket they pay
    /// (the amount due and the number of lines, to notice a basket changed meanwhile).
    void start(std::vector<PaymentInput> payments, core::Money due, std::size_t lines);
    /// Counts one more automatic try (call when it is made).
    void tried();
    void stop();

    bool active() const { return m_active; }
    int tries() const { return m_tries; }
    const std::vector<PaymentInput>& payments() const { return m_payments; }
    /// The wait before the next try: 5 s, 10 s, 20 s, then 30 s each time.
    std::chrono::seconds next_delay() const;
    /// Whether the basket is still the one the payments were given for.
    bool same_basket(core::Money due, std::size_t lines) const;

private:
    bool m_active = false;
    int m_tries = 0;
    std::vector<PaymentInput> m_payments;
    core::Money m_due;
    std::size_t m_lines = 0;
};

} // namespace cabas::services::till
