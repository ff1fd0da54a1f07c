#include "ui/desktop/committed_text.h"

#include <wx/stattext.h>

namespace socle::desktop {

wxTextCtrl* add_committed_text(wxWindow* owner, wxWindow* parent, wxFlexGridSizer* grid, const wxString& label,
                               const wxString& name, int multiline_height, std::function<void()> commit) {
    const bool multiline = multiline_height > 0;
    grid->Add(new wxStaticText(parent, wxID_ANY, label), 0,
              multiline ? static_cast<int>(wxTOP) : static_cast<int>(wxALIGN_CENTER_VERTICAL), owner->FromDIP(4));
    auto* text = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition,
                                multiline ? wxSize(-1, multiline_height) : wxDefaultSize,
                                multiline ? wxTE_MULTILINE : wxTE_PROCESS_ENTER);
    text->SetName(name);
    grid->Add(text, 1, wxEXPAND);
    // After the focus has moved: committing may rebuild the page.
    text->Bind(wxEVT_KILL_FOCUS, [owner, commit](wxFocusEvent& event) {
        if (!owner->IsBeingDeleted()) owner->CallAfter([commit] { commit(); });
        event.Skip();
    });
    if (!multiline) text->Bind(wxEVT_TEXT_ENTER, [commit](wxCommandEvent&) { commit(); });
    return text;
}

}  // namespace socle::desktop
