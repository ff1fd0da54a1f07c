#pragma once
// What the facilitator records for the current indicator besides the votes:
// the agreed level (or not applicable / unknown) and its rationale, the
// target, the confidence, the evidence with its links, and notes. Choices
// take effect at once; text fields when they lose focus (or on
// commit_pending(), which the frame calls before save, undo and moves), so
// that one edit is one entry in the undo history.
#include <string>
#include <vector>

#include <wx/panel.h>

class wxChoice;
class wxTextCtrl;

namespace socle::desktop {

class Document;

class ResponseFields : public wxPanel {
public:
    ResponseFields(wxWindow* parent, Document& document);

    // Shows the current indicator's values (and remembers which indicator
    // the fields belong to, for commits after a move).
    void refresh();
    void commit_pending();

    wxChoice* agreed_choice() { return agreed_; }
    wxTextCtrl* rationale() { return rationale_; }
    wxTextCtrl* evidence() { return evidence_; }

private:
    wxTextCtrl* add_text(wxWindow* parent, const wxString& label, const wxString& name, bool multiline);
    void on_agreed();
    void on_target();
    void on_confidence();
    void commit_texts();

    Document& document_;
    std::string indicator_;  // the indicator the fields show
    wxChoice* agreed_ = nullptr;
    wxTextCtrl* rationale_ = nullptr;
    wxChoice* target_ = nullptr;
    wxChoice* confidence_ = nullptr;
    wxTextCtrl* evidence_ = nullptr;
    wxTextCtrl* links_ = nullptr;
    wxTextCtrl* notes_ = nullptr;
    wxFlexGridSizer* grid_ = nullptr;
    bool committing_ = false;
};

}  // namespace socle::desktop
