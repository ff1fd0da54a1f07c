#include "ui/desktop/widgets/close_button.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/intl.h>
#include <wx/sizer.h>

namespace socle::desktop {

void finish_with_close_button(wxDialog& dialog, wxSizer* sizer, int border) {
    // Our own label: the stock one needs wxWidgets' catalogs, not always installed.
    auto* buttons = new wxStdDialogButtonSizer;
    buttons->AddButton(new wxButton(&dialog, wxID_CLOSE, _("Close")));
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxALL, border);
    dialog.SetEscapeId(wxID_CLOSE);
    dialog.SetAffirmativeId(wxID_CLOSE);
    dialog.SetSizerAndFit(sizer);
    dialog.CentreOnParent();
}

}  // namespace socle::desktop
