// The automatic backups on the back office's home (see backup_status_line.hpp).
#include "pos/backup_status_line.hpp"

#include "pos/palette.hpp"
#include "pos/ui_support.hpp"
#include "services/backup/automatic_backup.hpp"

namespace cabas::ui {

namespace {

using services::backup::BackupAlert;


constexpr int kFirstCheckMs = 1500;  // once the home is on screen

} // namespace

BackupStatusLine::BackupStatusLine(wxWindow* parent, const BackOfficeContext& context)
    : wxStaticText(parent, wxID_ANY, wxString()), m_context(context) {
    SetFont(till_font(base_points, true));  // under the stock and files lines, a folder path may be long
    refresh();
}

void BackupStatusLine::refresh() {
    services::backup::BackupHealth health;
    if (!guarded([&] { health = services::backup::backup_health(m_context.store, m_context.clock, m_context.user); },
                 [&](const wxString& message) { health = {BackupAlert::Failing, from_wx(message)}; }))
        health.alert = BackupAlert::Failing;
    m_alert = health.alert;
    switch (health.alert) {
    case BackupAlert::Off: SetForegroundColour(palette().ink(Tone::Neutral)); break;
    case BackupAlert::Ok: SetForegroundColour(palette().ink(Tone::Ok)); break;
    case BackupAlert::Late: SetForegroundColour(palette().ink(Tone::Warning)); break;
    case BackupAlert::Failing: SetForegroundColour(palette().ink(Tone::Refused)); break;
    }
    // "18 h 02" never split by the wrapping: no-break spaces around the h.
    wxString label = to_wx(health.text);
    label.Replace(" h ", wxString::FromUTF8("\u00a0h\u00a0"));
    SetLabel(label);
    Wrap(680);
    if (GetParent()) GetParent()->Layout();
}

DailyBackupTimer::DailyBackupTimer(const BackOfficeContext& context, std::function<void()> done, int interval_ms)
    : m_context(context), m_done(std::move(done)), m_interval_ms(interval_ms) {
    StartOnce(kFirstCheckMs);
}

void DailyBackupTimer::Notify() {
    bool attempted = false;
    // Whatever happens is recorded by the service and shown by the status line: nothing to
    // interrupt the user with here.
    guarded([&] {
        if (!services::backup::daily_backup_due(m_context.store, m_context.clock)) return;
        attempted = services::backup::run_automatic_backup(m_context.store, m_context.clock, m_context.user,
                                                           services::backup::BackupTrigger::Daily)
                        .attempted;
    }, [](const wxString&) {});
    if (attempted && m_done) m_done();
    Start(m_interval_ms);
}

} // namespace cabas::ui
