#pragma once
// Dialogs to add or edit one system or one flow of the map, with the
// taxonomy's categories, statuses and mechanisms as translated choices.
// They check their own input (a name, an id not used yet, a flow between
// two different systems) and say what is wrong inside the dialog, so OK
// only closes on something the edits accept.
#include <cstddef>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "assessment/system_map.h"

class wxTextCtrl;
class wxChoice;
class wxCheckBox;
class wxStaticText;

namespace socle::desktop {

// An id for a new system from its name ("Social registry" -> "social_registry"),
// not used yet in `map`.
std::string suggest_system_id(const std::string& name, const assessment::SystemMap& map);

class SystemDialog : public wxDialog {
public:
    // `editing`: the id of the system edited, empty when adding.
    SystemDialog(wxWindow* parent, const assessment::SystemMap& map, const assessment::InformationSystem& initial,
                 const std::string& editing, int level_count);
    assessment::InformationSystem system() const { return system_; }

private:
    bool TransferDataFromWindow() override;

    const assessment::SystemMap& map_;
    std::string editing_;
    assessment::InformationSystem system_;
    bool id_edited_ = false;
    wxTextCtrl* name_ = nullptr;
    wxTextCtrl* id_ = nullptr;
    wxChoice* category_ = nullptr;
    wxTextCtrl* owner_ = nullptr;
    wxChoice* status_ = nullptr;
    wxTextCtrl* hosting_ = nullptr;
    wxChoice* maturity_ = nullptr;
    wxTextCtrl* notes_ = nullptr;
    wxStaticText* problem_ = nullptr;
};

class FlowDialog : public wxDialog {
public:
    FlowDialog(wxWindow* parent, const assessment::SystemMap& map, const assessment::DataFlow& initial);
    assessment::DataFlow flow() const { return flow_; }

private:
    bool TransferDataFromWindow() override;

    const assessment::SystemMap& map_;
    std::vector<std::size_t> order_;  // the map's index of each row of the From and To lists
    assessment::DataFlow flow_;
    wxChoice* from_ = nullptr;
    wxChoice* to_ = nullptr;
    wxTextCtrl* data_ = nullptr;
    wxChoice* mechanism_ = nullptr;
    wxTextCtrl* frequency_ = nullptr;
    wxCheckBox* agreement_ = nullptr;
    wxTextCtrl* notes_ = nullptr;
    wxStaticText* problem_ = nullptr;
};

}  // namespace socle::desktop
