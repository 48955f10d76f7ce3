// What the till says when a PIN is refused, in the screen's language: wrong, one try left, or
// locked until a time (services/login_lock.hpp). Never which of login or PIN was wrong.
#pragma once

#include "services/login.hpp"

#include <wx/string.h>

namespace cabas::services { class Clock; }

namespace cabas::ui {

/// Empty when `attempt` let someone in. `pin_only`: the lock screen, where only a PIN is typed.
wxString login_refusal_text(const services::LoginAttempt& attempt, const services::Clock& clock, bool pin_only = false);

} // namespace cabas::ui
