#pragma once
// What `socle` was asked to do on its command line:
//   socle [FILE.socle] [--lang CODE] [--page PAGE] [--indicator ID]
//         [--screenshot OUT.png [--size WxH]]
// --screenshot opens the file on the page, saves a picture of the window
// and exits (scripts/screenshots.sh makes the user guide's images with it).
#include <filesystem>
#include <optional>
#include <string>

#include <wx/gdicmn.h>
#include <wx/string.h>

#include "ui/desktop/shell/page.h"

namespace socle::desktop {

struct CommandLineOptions {
    std::filesystem::path file;
    wxString language;  // empty: from the settings
    std::optional<Page> page;
    std::string indicator;
    std::filesystem::path screenshot;
    wxSize size{1280, 800};
};

// Parses argc/argv with wxCmdLineParser. Returns nothing (after printing
// the usage or the error) when the app should exit at once; `exit_code` then
// says with what: 0 after --help, 2 after a usage error (as socle-cli).
std::optional<CommandLineOptions> parse_command_line(int argc, wxChar** argv, int& exit_code);

}  // namespace socle::desktop
