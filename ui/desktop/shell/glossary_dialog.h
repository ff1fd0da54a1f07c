#pragma once
// Help > Glossary: the field's terms (frameworks/glossary.h) in the session's
// language beside the English, searched in any language, so that a
// facilitator finds the ministry's word for "social registry" or
// "grievance" while the room talks.
#include <vector>

#include <wx/dialog.h>

#include "frameworks/glossary.h"

class wxListCtrl;
class wxTextCtrl;
class wxListEvent;

namespace socle::desktop {

class GlossaryDialog : public wxDialog {
public:
    GlossaryDialog(wxWindow* parent, const frameworks::Glossary& glossary);

    // Shows the terms whose name in any language contains query (what the
    // search box does as the user types).
    void search(const wxString& query);

private:
    void show_details(long row);

    const frameworks::Glossary& glossary_;
    std::vector<const frameworks::GlossaryTerm*> shown_;
    wxTextCtrl* search_ = nullptr;
    wxListCtrl* list_ = nullptr;
    wxTextCtrl* details_ = nullptr;
};

}  // namespace socle::desktop
