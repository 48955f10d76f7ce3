// The till's words for a refused PIN (see login_refusal.hpp).
#include "pos/login_refusal.hpp"

#include "pos/ui_support.hpp"
#include "services/clock.hpp"
#include "services/login_lock.hpp"

#include <wx/intl.h>

namespace cabas::ui {

wxString login_refusal_text(const services::LoginAttempt& attempt, const services::Clock& clock, bool pin_only) {
    if (attempt.user) return wxString();
    if (!attempt.locked_until.empty())
        return wxString::Format(_("Too many wrong PINs: locked until %s. An administrator can unlock it."),
                                to_wx(services::local_time_text(attempt.locked_until, clock.now_utc())));
    const wxString wrong = pin_only ? _("Wrong PIN") : _("Wrong user or PIN");
    if (attempt.failures == services::kFreeWrongPins) return wrong + to_wx(" ") + _("(one more try before the lock)");
    return wrong;
}

} // namespace cabas::ui
