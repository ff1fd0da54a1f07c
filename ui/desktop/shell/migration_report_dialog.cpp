#include "ui/desktop/shell/migration_report_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

MigrationReportDialog::MigrationReportDialog(wxWindow* parent, const wxString& summary, const wxString& report)
    : wxDialog(parent, wxID_ANY, _("Migration report"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    SetName("migration-report");
    auto* text = new wxStaticText(this, wxID_ANY, summary);
    text->Wrap(FromDIP(620));
    report_ = new wxTextCtrl(this, wxID_ANY, report, wxDefaultPosition, FromDIP(wxSize(680, 380)),
                             wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
    report_->SetName(_("What happened to each indicator"));
    report_->SetFont(wxFont(wxFontInfo(theme::font(this, 1.0, false).GetPointSize()).Family(wxFONTFAMILY_TELETYPE)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(text, 0, wxALL, FromDIP(12));
    sizer->Add(report_, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    sizer->Add(CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);
    CentreOnParent();
}

}  // namespace socle::desktop
