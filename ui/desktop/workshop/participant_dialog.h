#pragma once
// Adds or edits one participant: name, institution, role, or anonymous
// (then the name is not kept; the institution may still be, to see which
// institutions were in the room).
#include <wx/dialog.h>

#include "assessment/assessment.h"

class wxTextCtrl;
class wxCheckBox;
class wxComboBox;

namespace socle::desktop {

class ParticipantDialog : public wxDialog {
public:
    // `institutions`: the assessment's institutions, offered in a list.
    ParticipantDialog(wxWindow* parent, const wxString& title, const assessment::Participant& participant,
                      const std::vector<std::string>& institutions);

    // The participant as entered (id unchanged).
    assessment::Participant participant() const;

    wxTextCtrl* name_field() { return name_; }
    wxCheckBox* anonymous_box() { return anonymous_; }

private:
    void update_enabled();

    assessment::Participant original_;
    wxTextCtrl* name_ = nullptr;
    wxComboBox* institution_ = nullptr;
    wxTextCtrl* role_ = nullptr;
    wxCheckBox* anonymous_ = nullptr;
};

}  // namespace socle::desktop
