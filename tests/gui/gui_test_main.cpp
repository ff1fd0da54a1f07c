// The doctest main of the GUI tests: starts a real wxApp (no main window,
// no event loop running), runs the test cases, and shuts wx down. Test
// cases pump events themselves (gui_support.h), so real events reach the
// real windows of the app under Xvfb.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <cstring>

#include <wx/app.h>
#include <wx/image.h>
#include <wx/init.h>

namespace {

class GuiTestApp : public wxApp {
public:
    bool OnInit() override {
        wxInitAllImageHandlers();
        return true;
    }
};

// doctest_discover_tests lists the test cases right after the link, where
// there is no display: listing (and --help, --version) needs no wx.
bool only_lists(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        for (const char* prefix : {"--list-", "-ltc", "-lts", "-lr", "-h", "--help", "-v", "--version"})
            if (std::strncmp(arg, prefix, std::strlen(prefix)) == 0) return true;
    }
    return false;
}

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(GuiTestApp);

int main(int argc, char** argv) {
    if (only_lists(argc, argv)) return doctest::Context(argc, argv).run();
    if (!wxEntryStart(argc, argv) || !wxTheApp || !wxTheApp->CallOnInit()) {
        fprintf(stderr, "GUI tests: wxWidgets could not start (is there a display? run under xvfb-run)\n");
        return 1;
    }
    doctest::Context context(argc, argv);
    const int result = context.run();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
