#pragma once
// The OK / Cancel / Yes / No buttons of the dialogs and message boxes the app
// builds, labelled from Socle's own catalogs. wxWidgets labels its stock
// buttons from its own catalogs (wxstd), which exist for French and Russian
// (Debian's wx3.2-i18n) but not for Lao or Tajik: without these, a Lao room
// would read "Cancel" under a Lao question.
#include <wx/string.h>

class wxDialog;
class wxMessageDialog;
class wxStdDialogButtonSizer;
class wxWindow;

namespace socle::desktop {

// An OK button, and a Cancel one when with_cancel, with our labels, as
// wxDialog::CreateStdDialogButtonSizer(wxOK | wxCANCEL) would make them.
wxStdDialogButtonSizer* ok_cancel_buttons(wxDialog& dialog, bool with_cancel = true);

// Gives the message dialog's Yes / No / OK / Cancel buttons (those its
// style asks for) our labels. For dialogs that keep the stock words; a
// dialog with its own words ("Save", "Don't save") sets them itself.
void label_standard_buttons(wxMessageDialog& dialog);

// wxMessageBox with our labels: the same arguments and the same answer
// (wxYES, wxNO, wxOK or wxCANCEL).
int message_box(const wxString& message, const wxString& caption, long style, wxWindow* parent);

}  // namespace socle::desktop
