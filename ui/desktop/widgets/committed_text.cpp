#include "ui/desktop/widgets/committed_text.h"

#include <wx/stattext.h>
#include <wx/tokenzr.h>

#include "ui/desktop/services/ui_text.h"

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

wxString lines_to_field(const std::vector<std::string>& lines) {
    wxString text;
    for (const auto& line : lines) text += (text.empty() ? "" : "\n") + to_wx(line);
    return text;
}

std::vector<std::string> lines_from_field(const wxString& text) {
    std::vector<std::string> lines;
    wxStringTokenizer tokens(text, "\r\n", wxTOKEN_STRTOK);
    while (tokens.HasMoreTokens()) {
        const wxString line = tokens.GetNextToken().Strip(wxString::both);
        if (!line.empty()) lines.push_back(to_utf8(line));
    }
    return lines;
}

}  // namespace socle::desktop
