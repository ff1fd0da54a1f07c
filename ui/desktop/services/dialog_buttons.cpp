#include "ui/desktop/services/dialog_buttons.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

namespace socle::desktop {

wxStdDialogButtonSizer* ok_cancel_buttons(wxDialog& dialog, bool with_cancel) {
    auto* buttons = new wxStdDialogButtonSizer;
    auto* ok = new wxButton(&dialog, wxID_OK, _("&OK"));
    ok->SetDefault();
    buttons->AddButton(ok);
    if (with_cancel) buttons->AddButton(new wxButton(&dialog, wxID_CANCEL, _("&Cancel")));
    buttons->Realize();
    return buttons;
}

void label_standard_buttons(wxMessageDialog& dialog) {
    const long style = dialog.GetMessageDialogStyle();
    if (style & wxYES_NO) {
        if (style & wxCANCEL) dialog.SetYesNoCancelLabels(_("&Yes"), _("&No"), _("&Cancel"));
        else dialog.SetYesNoLabels(_("&Yes"), _("&No"));
    } else if (style & wxCANCEL) {
        dialog.SetOKCancelLabels(_("&OK"), _("&Cancel"));
    } else {
        dialog.SetOKLabel(_("&OK"));
    }
}

int message_box(const wxString& message, const wxString& caption, long style, wxWindow* parent) {
    wxMessageDialog dialog(parent, message, caption, style);
    label_standard_buttons(dialog);
    switch (dialog.ShowModal()) {
        case wxID_YES: return wxYES;
        case wxID_NO: return wxNO;
        case wxID_CANCEL: return wxCANCEL;
        default: return wxOK;
    }
}

}  // namespace socle::desktop
