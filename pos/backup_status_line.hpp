// The automatic backups on the back office's home: the admin's line ("Dernière sauvegarde :
// mardi 1 décembre à 18 h 02", amber after 2 days without one, red when the folder is missing,
// not writable or full), and the timer that makes the day's backup while the back office is
// open (at most one a day: services/backup/automatic_backup.hpp, daily_backup_due).
#pragma once

#include "pos/back_office_sections.hpp"
#include "services/backup/backup_health.hpp"

#include <wx/stattext.h>
#include <wx/timer.h>

#include <functional>

namespace cabas::ui {

class BackupStatusLine : public wxStaticText {
public:
    BackupStatusLine(wxWindow* parent, const BackOfficeContext& context);
    /// Reads the record and looks at the folder again.
    void refresh();
    services::backup::BackupAlert alert() const { return m_alert; }

private:
    BackOfficeContext m_context;
    services::backup::BackupAlert m_alert = services::backup::BackupAlert::Off;
};

/// Checks soon after the back office opens, then every `interval_ms`, whether the day's backup
/// is due, and makes it for the back office's user; `done` follows each attempt.
class DailyBackupTimer : public wxTimer {
public:
    static constexpr int kDefaultIntervalMs = 10 * 60 * 1000;
    DailyBackupTimer(const BackOfficeContext& context, std::function<void()> done, int interval_ms = kDefaultIntervalMs);
    void Notify() override;

private:
    BackOfficeContext m_context;
    std::function<void()> m_done;
    int m_interval_ms;
};

} // namespace cabas::ui
