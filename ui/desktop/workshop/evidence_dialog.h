#pragma once
// Adds or edits one document of the evidence register: title, type, issuer,
// date, who saw it, where it is kept, confidentiality and, optionally, the
// SHA-256 of its file (computed from a file the user picks). OK is refused,
// with the reason shown in the dialog, while the document has a problem
// (assessment::document_problems).
#include <wx/dialog.h>

#include "assessment/assessment.h"

class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace socle::desktop {

class EvidenceDialog : public wxDialog {
public:
    // `assessment`: what the document is checked against (its framework).
    EvidenceDialog(wxWindow* parent, const wxString& title, const assessment::Assessment& assessment,
                   const assessment::EvidenceDocument& document);

    // The document as entered (id and linked indicators unchanged).
    assessment::EvidenceDocument document() const;

    // Fills the SHA-256 field with the hash of a file; false (and the
    // reason shown) when it cannot be read. The "From a file..." button
    // calls it with the file the user picks.
    bool hash_file(const wxString& path);
    wxStaticText* problem_label() { return problem_; }

private:
    void on_ok();
    void on_choose_file();

    const assessment::Assessment& assessment_;
    assessment::EvidenceDocument original_;
    wxTextCtrl* title_ = nullptr;
    wxChoice* type_ = nullptr;
    wxTextCtrl* issuer_ = nullptr;
    wxTextCtrl* date_ = nullptr;
    wxTextCtrl* seen_by_ = nullptr;
    wxTextCtrl* kept_at_ = nullptr;
    wxChoice* confidentiality_ = nullptr;
    wxTextCtrl* sha256_ = nullptr;
    wxStaticText* problem_ = nullptr;
};

}  // namespace socle::desktop
