// How long a login stays locked after wrong PINs. Four-digit PINs are short so a volunteer can
// type them on a busy evening; the lock is what makes guessing one slow.
//
// Five wrong PINs in a row are free (fingers slip); the fifth locks the login for 1 minute, and
// every further wrong PIN once a lock has passed locks it again, longer: 5, 15, 60, 240 minutes,
// then a day each time. Ten thousand PINs then take decades instead of the hour measured before.
// While locked, no PIN is checked at all, the right one included, and the refused tries do not
// lengthen the lock (the real owner trying again must not lock themselves out for longer).
// A right PIN after the lock, or an admin's unlock, starts the count again.
//
// Not chosen: locking the whole till, or slowing every login: one forgetful volunteer would stop
// the evening for everyone. Not chosen either: asking for an admin after N tries, because small
// épiceries often have no admin on site; the growing delay needs nobody.
#pragma once

#include <string>

namespace cabas::services {

inline constexpr int kFreeWrongPins = 4;   ///< the fifth wrong PIN in a row locks

/// Minutes of lock after the `failures`-th wrong PIN in a row (0: not locked yet).
int lock_minutes_after(int failures);

/// `utc` ("2026-11-23T14:02:05Z") plus `minutes`, in the same form. ValidationError on a
/// timestamp not in that form.
std::string utc_plus_minutes(const std::string& utc, int minutes);

/// "14 h 32" (today) or "24/11 à 14 h 32" in this computer's local time, for "réessayez à …".
std::string local_time_text(const std::string& utc, const std::string& now_utc);

} // namespace cabas::services
