// `cabas [--db PATH] [--till ID] [--lang fr|en]`: the till application. Opens the database
// (the default one when no --db), installs the French or English catalogue and shows the till.
#include "pos/main_frame.hpp"
#include "pos/ui_support.hpp"
#include "services/app_paths.hpp"
#include "services/clock.hpp"
#include "storage/store.hpp"

#include <wx/app.h>
#include <wx/msgdlg.h>

#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <string>

namespace cabas::ui {

struct Options {
    std::string db;
    std::string till;
    std::string language;
    bool help = false;
    std::string error;
};

Options parse_options(int argc, wxChar** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = from_wx(argv[i]);
        auto value = [&](std::string& into) {
            if (i + 1 >= argc) options.error = "missing value after " + arg;
            else into = from_wx(argv[++i]);
        };
        if (arg == "--db") value(options.db);
        else if (arg == "--till") value(options.till);
        else if (arg == "--lang") value(options.language);
        else if (arg == "--help" || arg == "-h") options.help = true;
        else options.error = "unknown option " + arg;
    }
    if (!options.language.empty() && options.language != "fr" && options.language != "en")
        options.error = "--lang takes fr or en";
    return options;
}

class CabasApp : public wxApp {
public:
    bool OnInit() override {
        services::make_new_files_private();
        const Options options = parse_options(argc, argv);
        if (options.help || !options.error.empty()) {
            if (!options.error.empty()) std::fprintf(stderr, "cabas: %s\n", options.error.c_str());
            std::fprintf(stderr, "usage: cabas [--db PATH] [--till ID] [--lang fr|en]\n");
            return false;
        }
        set_up_language(options.language.empty() ? "fr" : options.language);
        std::string till_id = options.till;
        const bool opened = guarded([&] {
            const std::string path = options.db.empty() ? services::default_database_path() : options.db;
            services::ensure_parent_directory(path);
            m_store = storage::open_sqlite_store(path);
            if (options.language.empty())
                set_up_language(m_store->settings().get("ui.language").value_or("fr"));
            if (till_id.empty()) till_id = m_store->settings().get("till.id").value_or("caisse-1");
        }, [](const wxString& text) {
            wxMessageBox(text, _("Cabas: the database cannot be opened"), wxOK | wxICON_ERROR);
        });
        if (!opened) return false;
        auto* frame = new MainFrame(*m_store, m_clock, till_id);
        frame->Show();
        frame->Raise();
        return true;
    }

    int OnExit() override {
        m_store.reset();
        return wxApp::OnExit();
    }

private:
    services::SystemClock m_clock;
    std::unique_ptr<storage::Store> m_store;
};

} // namespace cabas::ui

wxIMPLEMENT_APP(cabas::ui::CabasApp);
