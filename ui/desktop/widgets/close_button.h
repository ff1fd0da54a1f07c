#pragma once
// The Close button every read-only dialog ends with (the explanations), and
// what makes Escape and Enter close the dialog.
class wxDialog;
class wxSizer;

namespace socle::desktop {

// Adds a translated "Close" button at the bottom of `sizer`, makes it the
// dialog's escape and affirmative button, then fits and centres the dialog.
void finish_with_close_button(wxDialog& dialog, wxSizer* sizer, int border);

}  // namespace socle::desktop
