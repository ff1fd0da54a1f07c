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

// --socle-fontconfig=FILE runs them with that fontconfig set-up.
// --socle-locale=NAME runs the cases under that locale: set before wx and
// GTK start (they call setlocale from the environment). A locale the test
// set-up built (ru_RU.UTF-8) is found through LOCPATH; the cases read
// SOCLE_TEST_LOCALE to check that the locale really is in force.
bool apply_locale_option(int argc, char** argv) {
    static const char prefix[] = "--socle-locale=";
    static const char fonts[] = "--socle-fontconfig=";
    for (int i = 1; i < argc; ++i) {
        // Another default font (gui/fonts/): fontconfig reads it when GTK starts.
        if (std::strncmp(argv[i], fonts, sizeof fonts - 1) == 0) setenv("FONTCONFIG_FILE", argv[i] + sizeof fonts - 1, 1);
        if (std::strncmp(argv[i], prefix, sizeof prefix - 1) != 0) continue;
        const std::string locale = argv[i] + sizeof prefix - 1;
        if (locale != "C" && locale != "C.UTF-8") setenv("LOCPATH", SOCLE_TEST_LOCALE_DIR, 1);
        setenv("LC_ALL", locale.c_str(), 1);
        setenv("SOCLE_TEST_LOCALE", locale.c_str(), 1);
        return true;
    }
    return false;
}

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(GuiTestApp);

int main(int argc, char** argv) {
    if (only_lists(argc, argv)) return doctest::Context(argc, argv).run();
    const bool locale_asked = apply_locale_option(argc, argv);
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
