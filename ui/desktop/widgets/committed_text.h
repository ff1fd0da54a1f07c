#pragma once
// A labelled text field in a two-column grid that commits its value as one
// edit when it loses the focus (or on Enter, for a single line): typing
// stays out of the undo history until the user leaves the field. Used by
// the set-up page and the walkthrough's response fields.
#include <functional>
#include <string>
#include <vector>

#include <wx/sizer.h>
#include <wx/textctrl.h>

namespace socle::desktop {

// `owner` is the panel whose `commit` runs; multiline_height 0 makes a
// single-line field. `name` is the accessible name.
wxTextCtrl* add_committed_text(wxWindow* owner, wxWindow* parent, wxFlexGridSizer* grid, const wxString& label,
                               const wxString& name, int multiline_height, std::function<void()> commit);

// A list kept in a multi-line field, one item a line (institutions, links):
// blank lines and surrounding spaces are dropped when reading it back.
wxString lines_to_field(const std::vector<std::string>& lines);
std::vector<std::string> lines_from_field(const wxString& text);

}  // namespace socle::desktop
