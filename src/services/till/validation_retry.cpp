#include "services/till/validation_retry.hpp"

#include <algorithm>

namespace cabas::services::till {

void ValidationRetry::start(std::vector<PaymentInput> payments, core::Money due, std::size_t lines) {
    if (m_active && same_basket(due, lines)) return;  // the same sale failing again: keep counting
    m_active = true;
    m_tries = 0;
    m_payments = std::move(payments);
    m_due = due;
    m_lines = lines;
}

void ValidationRetry::tried() { ++m_tries; }

void ValidationRetry::stop() {
    m_active = false;
    m_tries = 0;
    m_payments.clear();
}

std::chrono::seconds ValidationRetry::next_delay() const {
    static constexpr int delays[] = {5, 10, 20, 30};
    return std::chrono::seconds(delays[std::min(m_tries, 3)]);
}

bool ValidationRetry::same_basket(core::Money due, std::size_t lines) const {
    return m_active && due == m_due && lines == m_lines;
}

} // namespace cabas::services::till
