#include "ui/desktop/workshop/participant_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "common/collation.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/services/dialog_buttons.h"

namespace socle::desktop {

ParticipantDialog::ParticipantDialog(wxWindow* parent, const wxString& title, const assessment::Participant& participant,
                                     const std::vector<std::string>& institutions)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      original_(participant) {
    SetName("participant-dialog");
    SetFont(theme::font(parent, 1.1));
    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1, 1);

    anonymous_ = new wxCheckBox(this, wxID_ANY, _("&Anonymous (the name is not recorded)"));
    anonymous_->SetName(_("Anonymous"));
    anonymous_->SetValue(participant.anonymous);

    grid->Add(new wxStaticText(this, wxID_ANY, _("&Name:")), 0, wxALIGN_CENTER_VERTICAL);
    name_ = new wxTextCtrl(this, wxID_ANY, to_wx(participant.name), wxDefaultPosition, wxSize(FromDIP(360), -1),
                           wxTE_PROCESS_ENTER);
    name_->SetName(_("Name"));
    grid->Add(name_, 1, wxEXPAND);

    grid->Add(new wxStaticText(this, wxID_ANY, _("&Institution:")), 0, wxALIGN_CENTER_VERTICAL);
    // Alphabetical in the session's language: "Ҳукумат" next to "Хадамот", not after "Я".
    auto sorted_institutions = institutions;
    const std::string lang = to_utf8(current_interface_language());
    std::stable_sort(sorted_institutions.begin(), sorted_institutions.end(),
                     [&](const std::string& a, const std::string& b) { return common::collate_less(a, b, lang); });
    wxArrayString choices;
    for (const auto& institution : sorted_institutions) choices.Add(to_wx(institution));
    institution_ = new wxComboBox(this, wxID_ANY, to_wx(participant.institution), wxDefaultPosition, wxDefaultSize,
                                  choices, wxTE_PROCESS_ENTER);
    institution_->SetName(_("Institution"));
    grid->Add(institution_, 1, wxEXPAND);

    grid->Add(new wxStaticText(this, wxID_ANY, _("&Role:")), 0, wxALIGN_CENTER_VERTICAL);
    role_ = new wxTextCtrl(this, wxID_ANY, to_wx(participant.role), wxDefaultPosition, wxDefaultSize,
                           wxTE_PROCESS_ENTER);
    role_->SetName(_("Role"));
    grid->Add(role_, 1, wxEXPAND);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(anonymous_, 0, wxALL, FromDIP(12));
    sizer->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(12));
    sizer->Add(ok_cancel_buttons(*this), 0, wxEXPAND | wxALL, FromDIP(12));
    SetSizerAndFit(sizer);

    anonymous_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { update_enabled(); });
    // Enter in any field accepts the dialog, as the OK button does (not every
    // platform sends Enter in a text field to the default button).
    for (wxWindow* field : {static_cast<wxWindow*>(name_), static_cast<wxWindow*>(institution_),
                            static_cast<wxWindow*>(role_)})
        field->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
            if (Validate() && TransferDataFromWindow()) EndModal(wxID_OK);
        });
    update_enabled();
    name_->SetFocus();
}

void ParticipantDialog::update_enabled() { name_->Enable(!anonymous_->GetValue()); }

assessment::Participant ParticipantDialog::participant() const {
    assessment::Participant result = original_;
    result.anonymous = anonymous_->GetValue();
    result.name = result.anonymous ? std::string() : to_utf8(name_->GetValue().Strip(wxString::both));
    result.institution = to_utf8(institution_->GetValue().Strip(wxString::both));
    result.role = to_utf8(role_->GetValue().Strip(wxString::both));
    return result;
}

}  // namespace socle::desktop
