// Naming and rotation of automatic backups (see backup_rotation.hpp).
#include "services/backup/backup_rotation.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <set>

namespace cabas::services::backup {

namespace {

constexpr std::string_view kPrefix = "cabas-";
constexpr std::size_t kStampLength = 15;  // "2026-12-01-1802"

bool digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view text) {
    int value = 0;
    for (char c : text) value = value * 10 + (c - '0');
    return value;
}

/// Keeps, among `sorted` (newest first), the newest stamp of each of the `count` most recent
/// periods that `period_of` tells apart.
void keep_newest_per_period(const std::vector<BackupStamp>& sorted, int count,
                            const std::function<long(const BackupStamp&)>& period_of, std::set<BackupStamp>& kept) {
    std::set<long> periods;
    for (const BackupStamp& stamp : sorted) {
        const long period = period_of(stamp);
        if (periods.count(period)) continue;  // an older backup of a period already represented
        if (static_cast<int>(periods.size()) == count) break;
        periods.insert(period);
        kept.insert(stamp);
    }
}

} // namespace

std::string backup_extension(bool server) { return server ? ".dump" : ".db"; }

std::string automatic_backup_name(const BackupStamp& stamp, const std::string& extension) {
    char time[8];
    std::snprintf(time, sizeof time, "%02d%02d", stamp.minutes / 60, stamp.minutes % 60);
    return std::string(kPrefix) + stamp.day.iso() + "-" + time + extension;
}

std::optional<BackupStamp> parse_automatic_backup_name(const std::string& file_name, const std::string& extension) {
    const std::string_view name(file_name);
    if (name.size() != kPrefix.size() + kStampLength + extension.size()) return std::nullopt;
    if (!name.starts_with(kPrefix) || !name.ends_with(extension)) return std::nullopt;
    const std::string_view stamp = name.substr(kPrefix.size(), kStampLength);
    if (stamp[4] != '-' || stamp[7] != '-' || stamp[10] != '-') return std::nullopt;
    const auto year = stamp.substr(0, 4), month = stamp.substr(5, 2), day = stamp.substr(8, 2);
    const auto hours = stamp.substr(11, 2), minutes = stamp.substr(13, 2);
    if (!digits(year) || !digits(month) || !digits(day) || !digits(hours) || !digits(minutes)) return std::nullopt;
    if (number(hours) > 23 || number(minutes) > 59) return std::nullopt;
    try {
        const core::Date date = core::Date::from_ymd(number(year), static_cast<unsigned>(number(month)),
                                                     static_cast<unsigned>(number(day)));
        return BackupStamp{date, number(hours) * 60 + number(minutes)};
    } catch (const ValidationError&) {
        return std::nullopt;  // "cabas-2026-02-31-1200.db" is not ours: no backup was written then
    }
}

std::vector<BackupStamp> backups_to_delete(const std::vector<BackupStamp>& existing, const BackupStamp& just_written) {
    std::vector<BackupStamp> sorted(existing);
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    std::set<BackupStamp> kept{just_written};
    keep_newest_per_period(sorted, kDailyKept, [](const BackupStamp& s) { return long(s.day.days_since_epoch()); }, kept);
    keep_newest_per_period(sorted, kWeeklyKept,
                           [](const BackupStamp& s) { return long(s.day.week_start().days_since_epoch()); }, kept);
    keep_newest_per_period(sorted, kMonthlyKept,
                           [](const BackupStamp& s) { return long(s.day.year()) * 12 + long(s.day.month()); }, kept);
    std::vector<BackupStamp> doomed;
    for (auto it = sorted.rbegin(); it != sorted.rend(); ++it)
        if (!kept.count(*it)) doomed.push_back(*it);
    return doomed;
}

} // namespace cabas::services::backup
