// The login lock's delays and the timestamp arithmetic they need (see login_lock.hpp).
#include "services/login_lock.hpp"

#include "core/messages.hpp"

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
    const auto part = [&](const char* format) {
        char text[16];
        std::strftime(text, sizeof text, format, &local);
        return std::string(text);
    };
    // No-break spaces: "14 h 32" must not be split over two lines of a wrapped message.
    std::string hour = core::tr("{0} h {1}", part("%H"), part("%M"));
    for (std::size_t space = hour.find(' '); space != std::string::npos; space = hour.find(' ', space))
        hour.replace(space, 1, "\u00a0");
    const bool same_day = local.tm_year == today.tm_year && local.tm_yday == today.tm_yday;
    return same_day ? hour : core::tr("{0} à {1}", part("%d/%m"), hour);
}

} // namespace cabas::services
