// The login lock's delays and the timestamp arithmetic they need (see login_lock.hpp).
#include "services/login_lock.hpp"

#include "services/clock.hpp"

#include <array>
#include <ctime>

namespace cabas::services {

namespace {

constexpr std::array<int, 5> kGrowingMinutes{1, 5, 15, 60, 240};
constexpr int kDayMinutes = 24 * 60;

} // namespace

int lock_minutes_after(int failures) {
    const int locks = failures - kFreeWrongPins;
    if (locks <= 0) return 0;
    if (locks <= static_cast<int>(kGrowingMinutes.size())) return kGrowingMinutes[static_cast<std::size_t>(locks - 1)];
    return kDayMinutes;
}

std::string utc_plus_minutes(const std::string& utc, int minutes) {
    return utc_timestamp(parse_utc_timestamp(utc) + static_cast<std::time_t>(minutes) * 60);
}

std::string local_time_text(const std::string& utc, const std::string& now_utc) {
    const std::time_t at = parse_utc_timestamp(utc);
    const std::time_t now = parse_utc_timestamp(now_utc);
    std::tm local{}, today{};
    localtime_r(&at, &local);
    localtime_r(&now, &today);
    char text[32];
    const bool same_day = local.tm_year == today.tm_year && local.tm_yday == today.tm_yday;
    // No-break spaces: "14 h 32" must not be split over two lines of a wrapped message.
    std::strftime(text, sizeof text, same_day ? "%H\u00a0h\u00a0%M" : "%d/%m à %H\u00a0h\u00a0%M", &local);
    return text;
}

} // namespace cabas::services
