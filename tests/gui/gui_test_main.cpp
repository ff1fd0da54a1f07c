// The doctest main of the GUI tests: starts a real wxApp (no main window,
// no event loop running), runs the test cases, and shuts wx down. Test
// cases pump events themselves (gui_support.h), so real events reach the
// real windows of the app under Xvfb.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <clocale>
#include <cstdlib>
#include <locale>
#include <cstring>
#include <string>

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

// Options of this main, read before wx and GTK start (they read the
// environment then), ignored by doctest:
// --socle-fontconfig=FILE runs the cases with that fontconfig set-up (another
//   default font, gui/fonts/).
// --socle-locale=NAME runs them under that locale. A locale the test set-up
//   built (ru_RU.UTF-8) is found through LOCPATH; the cases read
//   SOCLE_TEST_LOCALE to check that it really is in force.
// Returns whether a locale was asked for.
bool apply_run_options(int argc, char** argv) {
    static const char locale_option[] = "--socle-locale=";
    static const char fonts_option[] = "--socle-fontconfig=";
    bool locale_asked = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], fonts_option, sizeof fonts_option - 1) == 0)
            setenv("FONTCONFIG_FILE", argv[i] + sizeof fonts_option - 1, 1);
        if (std::strncmp(argv[i], locale_option, sizeof locale_option - 1) != 0) continue;
        const std::string locale = argv[i] + sizeof locale_option - 1;
        if (locale != "C" && locale != "C.UTF-8") setenv("LOCPATH", SOCLE_TEST_LOCALE_DIR, 1);
        setenv("LC_ALL", locale.c_str(), 1);
        setenv("SOCLE_TEST_LOCALE", locale.c_str(), 1);
        locale_asked = true;
    }
    return locale_asked;
}

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(GuiTestApp);

int main(int argc, char** argv) {
    if (only_lists(argc, argv)) return doctest::Context(argc, argv).run();
    const bool locale_asked = apply_run_options(argc, argv);
    if (!wxEntryStart(argc, argv) || !wxTheApp || !wxTheApp->CallOnInit()) {
        fprintf(stderr, "GUI tests: wxWidgets could not start (is there a display? run under xvfb-run)\n");
        return 1;
    }
    if (locale_asked) {
        // wxGTK keeps the C locale; an app (or a library) that adopts the
        // user's would do this. Both the C and the C++ global locale follow,
        // so a conversion that depends on either shows up here.
        std::setlocale(LC_ALL, "");
        std::locale::global(std::locale(""));
    }
    doctest::Context context(argc, argv);
    const int result = context.run();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
