#pragma once
// After a migration to a newer framework: what happened to each indicator
// (the core's migration report, as `socle-cli migrate` prints it), and that
// the result is a new, unsaved document while the original file is kept.
#include <wx/dialog.h>

class wxTextCtrl;

namespace socle::desktop {

class MigrationReportDialog : public wxDialog {
public:
    MigrationReportDialog(wxWindow* parent, const wxString& summary, const wxString& report);

    wxTextCtrl* report() { return report_; }

private:
    wxTextCtrl* report_ = nullptr;
};

}  // namespace socle::desktop
