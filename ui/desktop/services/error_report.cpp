#include "ui/desktop/services/error_report.h"

#include <cstdio>
#include <exception>
#include <filesystem>
#include <ctime>

#include <wx/msgdlg.h>

#include "common/error.h"
#include "common/path_text.h"
#include "common/user_paths.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/services/dialog_buttons.h"

namespace socle::desktop {

namespace {

ScopedErrorPresenter::Show& presenter() {
    static ScopedErrorPresenter::Show show;
    return show;
}

struct Described {
    wxString file;    // the file it concerns, when known
    wxString reason;  // what happened, in the words the core gave
};

Described describe_current_exception() {
    try {
        throw;
    } catch (const common::IoError& error) {
        // IoError's what() is "PATH: reason"; show the two apart.
        std::string reason = error.what();
        if (reason.starts_with(error.path() + ": ")) reason.erase(0, error.path().size() + 2);
        return {to_wx(error.path()), to_wx(reason)};
    } catch (const std::filesystem::filesystem_error& error) {
        return {path_to_wx(error.path1()), to_wx(error.code().message())};
    } catch (const std::exception& error) {
        return {wxString(), to_wx(error.what())};
    } catch (...) {
        return {wxString(), _("an unknown error")};
    }
}

// One line per failure; a log that cannot be written is not worth a second failure.
void append_to_log(const wxString& line) {
    try {
        const auto path = error_log_path();
        std::error_code ignored;
        std::filesystem::create_directories(path.parent_path(), ignored);
        if (std::FILE* log = common::open_file(path, "ab")) {
            const std::time_t now = std::time(nullptr);
            char stamp[32] = "";
            if (const std::tm* utc = std::gmtime(&now)) std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S UTC  ", utc);
            const std::string text = stamp + to_utf8(line) + "\n";
            std::fwrite(text.data(), 1, text.size(), log);
            std::fclose(log);
        }
    } catch (...) {
    }
}

}  // namespace

ScopedErrorPresenter::ScopedErrorPresenter(Show show) : previous_(std::move(presenter())) { presenter() = std::move(show); }
ScopedErrorPresenter::~ScopedErrorPresenter() { presenter() = std::move(previous_); }

std::filesystem::path error_log_path() { return common::user_data_dir() / "socle-errors.log"; }

void report_current_exception(wxWindow* parent, const wxString& action, bool quiet) {
    const Described what = describe_current_exception();
    wxString line = action + ": ";
    if (!what.file.empty()) line += what.file + ": ";
    line += what.reason;
    append_to_log(line);
    std::fprintf(stderr, "socle: %s\n", static_cast<const char*>(line.utf8_str()));
    if (quiet) return;

    wxString message = wxString::Format(_("%s did not work."), action);
    wxString details;
    if (!what.file.empty()) details << _("File:") << " " << what.file << "\n";
    details << _("Reason:") << " " << what.reason << "\n\n"
            << _("Your assessment is still open and nothing in it was lost. Check that the file or folder exists and "
                 "that you may write there, close it if another program holds it, or choose another place, then try "
                 "again.")
            << "\n\n"
            << wxString::Format(_("The error was written to %s."), path_to_wx(error_log_path()));
    if (presenter()) {
        presenter()(message, details);
        return;
    }
    wxMessageDialog dialog(parent, message, _("Something went wrong"), wxOK | wxICON_ERROR);
    label_standard_buttons(dialog);
    dialog.SetExtendedMessage(details);
    dialog.ShowModal();
}

bool run_reporting_failure(wxWindow* parent, const char* what, const std::function<void()>& action, bool quiet) {
    try {
        action();
        return true;
    } catch (...) {
        report_current_exception(parent, wxGetTranslation(what), quiet);
        return false;
    }
}

}  // namespace socle::desktop
