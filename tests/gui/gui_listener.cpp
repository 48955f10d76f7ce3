// Starts the wxApp for the GUI tests from a Catch2 listener (not from main), so that
// `gui_tests --list-test-names-only` at build time never needs an X display. wx asserts become
// exceptions instead of modal dialogs that would hang the run.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include "pos/touch_targets.hpp"
#include "pos/ui_support.hpp"

#include <wx/app.h>
#include <wx/image.h>
#include <wx/init.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

namespace {

class TestApp : public wxApp {
public:
    bool OnInit() override {
        wxImage::AddHandler(new wxPNGHandler);
        cabas::ui::set_up_language("fr");
        cabas::ui::install_touch_targets();
        return true;
    }
    void OnAssertFailure(const wxChar* file, int line, const wxChar* func, const wxChar* cond,
                         const wxChar* msg) override {
        throw std::runtime_error("wx assert " + cabas::ui::from_wx(wxString(file)) + "(" + std::to_string(line) +
                                 ") " + cabas::ui::from_wx(wxString(func)) + ": " +
                                 cabas::ui::from_wx(wxString(cond)) + " " + cabas::ui::from_wx(wxString(msg)));
    }
};

class WxListener : public Catch::TestEventListenerBase {
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo&) override {
        wxApp::SetInstance(new TestApp);
        static int argc = 1;
        static char name[] = "gui_tests";
        static char* argv[] = {name, nullptr};
        if (!wxEntryStart(argc, argv)) {
            std::fprintf(stderr, "gui_tests: no X display; run under `xvfb-run -a`\n");
            std::exit(2);
        }
        wxTheApp->CallOnInit();
    }

    void testRunEnded(const Catch::TestRunStats&) override {
        wxTheApp->OnExit();
        wxEntryCleanup();
    }
};

} // namespace

CATCH_REGISTER_LISTENER(WxListener)
