// A login as the login screen does it, on the machine's clock: for tests and the benchmark,
// whose subject is not the lock (tests/services/login_lock_test.cpp is).
#pragma once

#include "services/clock.hpp"
#include "services/login.hpp"

namespace cabas::testing {

inline std::optional<services::LoggedUser> log_in_now(storage::Store& store, const std::string& login,
                                                      const std::string& pin) {
    static const services::SystemClock clock;
    return services::log_in(store, clock, login, pin, services::LoginPlace::LoginScreen);
}

} // namespace cabas::testing
