#pragma once
// A labelled text field in a two-column grid that commits its value as one
// edit when it loses the focus (or on Enter, for a single line): typing
// stays out of the undo history until the user leaves the field. Used by
// the set-up page and the walkthrough's response fields.
#include <functional>

#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace socle::desktop {

// `owner` is the panel whose `commit` runs; multiline_height 0 makes a
// single-line field. `name` is the accessible name.
wxTextCtrl* add_committed_text(wxWindow* owner, wxWindow* parent, wxFlexGridSizer* grid, const wxString& label,
                               const wxString& name, int multiline_height, std::function<void()> commit);

}  // namespace socle::desktop
