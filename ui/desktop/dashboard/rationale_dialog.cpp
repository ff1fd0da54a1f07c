#include "ui/desktop/dashboard/rationale_dialog.h"

#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/desktop/services/dialog_buttons.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

std::optional<std::string> ask_rationale(wxWindow* parent, const wxString& indicator_heading, const std::string& current) {
    wxDialog dialog(parent, wxID_ANY, _("Rationale"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    dialog.SetName("rationale_dialog");
    // Projector type: the room reads along.
    dialog.SetFont(theme::font(&dialog, 1.5));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* prompt = new wxStaticText(&dialog, wxID_ANY,
                                    wxString::Format(_("Why did the room agree this level for %s? Enter records it, Esc cancels."),
                                                     indicator_heading));
    prompt->Wrap(dialog.FromDIP(640));
    sizer->Add(prompt, 0, wxALL, dialog.FromDIP(12));
    auto* text = new wxTextCtrl(&dialog, wxID_ANY, to_wx(current), wxDefaultPosition, wxSize(dialog.FromDIP(640), -1),
                                wxTE_PROCESS_ENTER);
    text->SetName("rationale");
    text->Bind(wxEVT_TEXT_ENTER, [&dialog](wxCommandEvent&) { dialog.EndModal(wxID_OK); });
    sizer->Add(text, 0, wxEXPAND | wxLEFT | wxRIGHT, dialog.FromDIP(12));
    sizer->Add(ok_cancel_buttons(dialog), 0, wxEXPAND | wxALL, dialog.FromDIP(12));
    dialog.SetSizerAndFit(sizer);
    dialog.CentreOnParent();
    text->SetFocus();
    text->SetInsertionPointEnd();
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return to_utf8(text->GetValue().Strip(wxString::both));
}

}  // namespace socle::desktop
