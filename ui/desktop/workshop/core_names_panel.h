#pragma once
// The team's core schemes and core systems, which format-2 indicators marked
// core are rated against (so two facilitators mean the same thing by
// "core"): the systems of the map as a checklist, and other names typed one
// per line. The country profile holds yes/no answers, not scheme names, so
// schemes are typed. Every change is one undoable edit.
#include <string>
#include <vector>

#include <wx/panel.h>

#include "assessment/assessment.h"

class wxCheckListBox;
class wxTextCtrl;

namespace socle::desktop {

class Document;

class CoreNamesPanel : public wxPanel {
public:
    CoreNamesPanel(wxWindow* parent, Document& document);

    void refresh();
    void commit_pending();

    wxTextCtrl* schemes_field() { return schemes_; }
    wxCheckListBox* map_systems() { return map_systems_; }
    wxTextCtrl* other_systems_field() { return other_systems_; }

private:
    // The names of the map's systems, in map order, each once.
    std::vector<std::string> offered_systems() const;
    assessment::CoreNames from_controls() const;

    Document& document_;
    wxTextCtrl* schemes_ = nullptr;
    wxCheckListBox* map_systems_ = nullptr;
    std::vector<std::string> offered_;  // what map_systems_ lists
    wxTextCtrl* other_systems_ = nullptr;
    bool committing_ = false;
};

}  // namespace socle::desktop
