#pragma once
// What the app does with a failure nobody expected: a dialog that says what
// was being done and what to do, a line in the error log, and the document
// left open. Call report_current_exception() from inside a catch block.
#include <filesystem>
#include <functional>

#include <wx/string.h>

class wxWindow;

namespace socle::desktop {

// Shows the exception being handled (rethrown to tell an I/O error, which
// names its file, from anything else) in a dialog over `parent`, after
// "`action` failed", and appends it to the error log. When `quiet` is true
// (a screenshot run, a test) it goes to stderr only.
void report_current_exception(wxWindow* parent, const wxString& action, bool quiet = false);

// Runs `action`; any exception it throws is reported as above (with
// `what`, an English msgid marked wxTRANSLATE, translated at that moment)
// instead of reaching the event loop. Returns whether it ran to the end.
bool run_reporting_failure(wxWindow* parent, const char* what, const std::function<void()>& action,
                           bool quiet = false);

// Tests replace the dialog while one of these lives: `show` gets the
// message and its details instead of a modal dialog.
class ScopedErrorPresenter {
public:
    using Show = std::function<void(const wxString& message, const wxString& details)>;
    explicit ScopedErrorPresenter(Show show);
    ~ScopedErrorPresenter();
    ScopedErrorPresenter(const ScopedErrorPresenter&) = delete;
    ScopedErrorPresenter& operator=(const ScopedErrorPresenter&) = delete;

private:
    Show previous_;
};

// user_data_dir()/socle-errors.log: where report_current_exception writes.
std::filesystem::path error_log_path();

}  // namespace socle::desktop
