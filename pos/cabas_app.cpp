// `cabas [--db PATH] [--till ID] [--lang fr|en]`: the till application. main() reads the
// options before wxWidgets starts, so that --help, --version and a mistyped option answer on a
// terminal without a display (GTK needs one as soon as wx starts); then wxEntry opens the
// database, installs the French or English catalogue and shows the till.
#include "pos/app_icons.hpp"
#include "pos/main_frame.hpp"
#include "pos/receipt_printing.hpp"
#include "pos/touch_targets.hpp"
#include "pos/ui_support.hpp"
#include "services/app_paths.hpp"
#include "services/clock.hpp"
#include "services/demo/demo_database.hpp"
#include "services/io/process_memory.hpp"
#include "services/open_database.hpp"
#include "services/server/database_move.hpp"
#include "services/settings_service.hpp"
#include "storage/store.hpp"

#include "cabas_version.hpp"

#include <wx/app.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace cabas::ui {

namespace {

// French, like cabas-cli's usage and the manual page cabas(1): the people at the till read French.
const char* const usage =
    "Usage : cabas [--db CHEMIN] [--till IDENTIFIANT] [--lang fr|en] [--demo]\n"
    "        cabas --help | --version\n"
    "\n"
    "La caisse et le back-office de l'épicerie solidaire.\n"
    "\n"
    "Options :\n"
    "  --db CHEMIN           la base SQLite (défaut : $XDG_DATA_HOME/cabas/cabas.db,\n"
    "                        soit ~/.local/share/cabas/cabas.db), créée si elle n'existe pas\n"
    "  --till IDENTIFIANT    le nom de cette caisse dans le journal (défaut : le paramètre\n"
    "                        till.id de la base, sinon caisse-1)\n"
    "  --lang fr|en          la langue de l'écran (défaut : le paramètre ui.language, sinon fr)\n"
    "  --demo                la base de démonstration (défaut : demo.db à côté de la base\n"
    "                        habituelle), créée avec des foyers et des ventes fictifs si elle\n"
    "                        n'existe pas\n"
    "  -h, --help            affiche cette aide et quitte\n"
    "  --version             affiche la version et quitte\n"
    "  --measure-start-up    pour cabas-bench : ouvre la fenêtre, écrit la mémoire de pointe\n"
    "                        (Mio) dès qu'elle est prête, et quitte\n"
    "\n"
    "Une base neuve ouvre l'assistant de première installation (épicerie, administrateur,\n"
    "barème, imprimante, sauvegardes). Les comptes, les imports et les rapports se gèrent\n"
    "aussi avec cabas-cli(1).\n";

/// The wizard's F3: this same program on the demonstration database beside `database_path`,
/// in its own process (one database per process: the journal's seal is the process's).
PrintOutcome launch_demo(const std::string& database_path) {
    const std::string demo = services::demo::demo_database_path(database_path);
    const wxString program = wxStandardPaths::Get().GetExecutablePath();
    const wxString db = to_wx(demo);
    const wxChar* argv[] = {program.wc_str(), L"--db", db.wc_str(), L"--demo", nullptr};
    if (wxExecute(argv, wxEXEC_ASYNC) <= 0)
        return {false, from_wx(_("The demonstration could not be started.")), {}};
    return {true,
            from_wx(wxString::Format(_("The demonstration opens in another window in a few seconds (%s). Try the "
                                       "logins %s. This database stays empty for your grocery."),
                                     db, to_wx(services::demo::kDemoLogins))),
            {}};
}

} // namespace

/// What the command line asks for. `error` is set (in French) when the line is not understood.
struct Options {
    std::string db;
    std::string till;
    std::string language;
    bool help = false;
    bool version = false;
    bool demo = false;
    bool measure_start_up = false;
    std::string error;
};

Options parse_options(const std::vector<std::string>& args) {
    Options options;
    for (std::size_t i = 0; i < args.size() && options.error.empty(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= args.size()) options.error = "l'option " + arg + " attend une valeur";
            else into = args[++i];
        };
        if (arg == "--db") value(options.db);
        else if (arg == "--till") value(options.till);
        else if (arg == "--lang") value(options.language);
        else if (arg == "--help" || arg == "-h") options.help = true;
        else if (arg == "--version") options.version = true;
        else if (arg == "--demo") options.demo = true;
        else if (arg == "--measure-start-up") options.measure_start_up = true;
        else options.error = "option inconnue : " + arg;
    }
    if (options.error.empty() && !options.language.empty() && options.language != "fr" &&
        options.language != "en")
        options.error = "--lang attend fr ou en";
    return options;
}

class CabasApp : public wxApp {
public:
    explicit CabasApp(Options options) : m_options(std::move(options)) {}

    bool OnInit() override {
        services::make_new_files_private();
        set_up_language(m_options.language.empty() ? "fr" : m_options.language);
        install_touch_targets();
        std::string till_id = m_options.till;
        std::string path = m_options.db.empty() ? services::default_database_path() : m_options.db;
        if (m_options.demo && m_options.db.empty()) path = services::demo::demo_database_path(path);
        std::string moved_notice;
        const bool opened = guarded([&] {
            if (m_options.demo) {
                wxBusyCursor preparing;  // a few seconds: three months of made-up sales
                services::demo::ensure_demo_database(path, m_clock.today());
            }
            // A postgresql:// URI names a server database (several tills), anything else a file.
            if (!storage::is_server_location(path)) services::ensure_parent_directory(path);
            // A file whose épicerie moved to the server opens the server instead (said below).
            auto till_database = services::server::open_till_database(path);
            m_store = std::move(till_database.store);
            if (till_database.followed)
                moved_notice = services::server::followed_move_text(*till_database.followed, path);
            path = till_database.location;
            const bool server = storage::is_server_location(path);
            // Tickets go beside a database file; a server database keeps the per-user default.
            if (!server) set_default_tickets_directory(services::tickets_directory_beside(path));
            if (m_options.language.empty())
                set_up_language(services::current_settings(*m_store).at(services::keys::ui_language));
            if (till_id.empty()) till_id = services::current_settings(*m_store).at(services::keys::till_id);
        }, [](const wxString& text) {
            wxMessageBox(text, _("Cabas: the database cannot be opened"), wxOK | wxICON_ERROR);
        });
        if (!opened) return false;
        if (!moved_notice.empty())
            wxMessageBox(to_wx(moved_notice), _("Cabas: this shop moved to the server"), wxOK | wxICON_INFORMATION);
        // Said once, before anyone logs in: the file holds social data others could read.
        if (const auto warning = services::database_exposure_warning(path))
            wxMessageBox(to_wx(*warning), _("Cabas: the database is not private"), wxOK | wxICON_WARNING);
        auto* frame = new MainFrame(*m_store, m_clock, till_id);
        frame->set_demo_launcher([path] { return launch_demo(path); });
        frame->SetIcons(app_icons());
        frame->Show();
        frame->Raise();
        if (m_options.measure_start_up) report_start_up_when_idle();
        return true;
    }

    int OnExit() override {
        m_store.reset();
        return wxApp::OnExit();
    }

private:
    /// For cabas-bench: once the login window is shown and the first events are handled, prints
    /// the peak memory in MiB on stdout and quits (the bench times the process up to that line).
    void report_start_up_when_idle() {
        Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
            event.Skip();
            if (m_reported) return;
            m_reported = true;
            std::printf("%.1f\n", services::io::peak_resident_mib());
            std::fflush(stdout);
            ExitMainLoop();
        });
    }

    bool m_reported = false;
    Options m_options;
    services::SystemClock m_clock;
    std::unique_ptr<storage::Store> m_store;
};

} // namespace cabas::ui

// Exit codes as cabas-cli's: 0 done, 2 bad usage; wxEntry returns the till's own.
int main(int argc, char** argv) {
    using namespace cabas::ui;
    const Options options = parse_options(std::vector<std::string>(argv + 1, argv + argc));
    if (options.help) {
        std::fputs(usage, stdout);
        return 0;
    }
    if (options.version) {
        std::printf("cabas %.*s\n", static_cast<int>(cabas::version.size()), cabas::version.data());
        return 0;
    }
    if (!options.error.empty()) {
        std::fprintf(stderr, "cabas : %s\n\n%s", options.error.c_str(), usage);
        return 2;
    }
    wxAppConsole::CheckBuildOptions(WX_BUILD_OPTIONS_SIGNATURE, "cabas");
    wxApp::SetInstance(new CabasApp(options));
    return wxEntry(argc, argv);
}
