#include "ui/desktop/shell/command_line.h"

#include <wx/cmdline.h>
#include <wx/intl.h>

#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

std::optional<CommandLineOptions> parse_command_line(int argc, wxChar** argv, int& exit_code) {
    constexpr int kUsageError = 2;
    wxCmdLineParser parser(argc, argv);
    parser.AddSwitch("h", "help", _("show this help and exit"), wxCMD_LINE_OPTION_HELP);
    parser.AddOption("", "lang", _("interface language: en, fr, ru, lo or tg"));
    parser.AddOption("", "page", _("page to open: start, setup, walkthrough, dashboard, presentation, systems, roadmap or compare"));
    parser.AddOption("", "indicator", _("indicator to show in the walkthrough, e.g. Q2.1"));
    parser.AddOption("", "screenshot", _("save a PNG picture of the window to this file and exit"));
    parser.AddOption("", "size", _("window size for --screenshot, e.g. 1280x800"));
    parser.AddParam(_("assessment file (.socle)"), wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    const int parsed = parser.Parse();
    if (parsed != 0) {
        exit_code = parsed < 0 ? 0 : kUsageError;  // -1: --help was shown
        return std::nullopt;
    }

    CommandLineOptions options;
    if (parser.GetParamCount() > 0) options.file = to_path(parser.GetParam(0));
    parser.Found("lang", &options.language);
    wxString value;
    if (parser.Found("page", &value)) {
        options.page = parse_page(value);
        if (!options.page) {
            parser.Usage();
            exit_code = kUsageError;
            return std::nullopt;
        }
    }
    if (parser.Found("indicator", &value)) options.indicator = to_utf8(value);
    if (parser.Found("screenshot", &value)) options.screenshot = to_path(value);
    if (parser.Found("size", &value)) {
        long width = 0;
        long height = 0;
        if (value.BeforeFirst('x').ToLong(&width) && value.AfterFirst('x').ToLong(&height) && width > 200 && height > 200)
            options.size = wxSize(static_cast<int>(width), static_cast<int>(height));
    }
    return options;
}

}  // namespace socle::desktop
