#include "ui/desktop/workshop/core_names_panel.h"

#include <algorithm>

#include <wx/checklst.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "assessment/edits.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/edit_text.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/committed_text.h"

namespace socle::desktop {

namespace {

namespace edits = socle::assessment::edits;

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

CoreNamesPanel::CoreNamesPanel(wxWindow* parent, Document& document) : wxPanel(parent, wxID_ANY), document_(document) {
    SetName("core-names");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // Two short columns side by side: the page must keep the participants
    // (below) in view at 1280x800.
    const auto commit = [this] { commit_pending(); };
    const auto column = [this] {
        auto* grid = new wxFlexGridSizer(1, FromDIP(4), 0);
        grid->AddGrowableCol(0, 1);
        return grid;
    };
    auto* schemes = column();
    schemes_ = add_committed_text(this, this, schemes, _("Core s&chemes (one per line):"), _("Core schemes"),
                                  FromDIP(84), commit);
    auto* systems = column();
    systems->Add(new wxStaticText(this, wxID_ANY, _("Core systems of the map:")), 0);
    map_systems_ = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(FromDIP(120), FromDIP(52)));
    map_systems_->SetName(_("Core systems of the map"));
    systems->Add(map_systems_, 1, wxEXPAND);
    other_systems_ = add_committed_text(this, this, systems, _("Other core s&ystems (one per line):"),
                                        _("Other core systems"), FromDIP(34), commit);
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    columns->Add(schemes, 1, wxEXPAND | wxRIGHT, FromDIP(12));
    columns->Add(systems, 1, wxEXPAND);
    sizer->Add(columns, 0, wxEXPAND);
    // The labels wrap (long in Russian): two columns must fit half of a
    // 1024-pixel projector's page.
    for (auto* child : GetChildren())
        if (auto* label = dynamic_cast<wxStaticText*>(child)) label->Wrap(FromDIP(200));
    SetSizer(sizer);
    map_systems_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent&) { commit_pending(); });
    refresh();
}

std::vector<std::string> CoreNamesPanel::offered_systems() const {
    std::vector<std::string> names;
    for (const auto& system : document_.assessment().systems.systems) {
        const std::string& name = system.name.empty() ? system.id : system.name;
        if (!contains(names, name)) names.push_back(name);
    }
    return names;
}

void CoreNamesPanel::refresh() {
    if (committing_) return;
    const auto& core = document_.assessment().core;
    const wxString schemes = lines_to_field(core.schemes);
    if (schemes_->GetValue() != schemes) schemes_->ChangeValue(schemes);
    const auto offered = offered_systems();
    if (offered != offered_) {
        offered_ = offered;
        map_systems_->Clear();
        for (const auto& name : offered_) map_systems_->Append(to_wx(name));
    }
    std::vector<std::string> others;
    for (const auto& name : core.systems)
        if (!contains(offered_, name)) others.push_back(name);
    for (std::size_t i = 0; i < offered_.size(); ++i)
        map_systems_->Check(static_cast<unsigned>(i), contains(core.systems, offered_[i]));
    map_systems_->Enable(!offered_.empty());
    const wxString other_text = lines_to_field(others);
    if (other_systems_->GetValue() != other_text) other_systems_->ChangeValue(other_text);
}

assessment::CoreNames CoreNamesPanel::from_controls() const {
    assessment::CoreNames core;
    for (const auto& name : lines_from_field(schemes_->GetValue()))
        if (!contains(core.schemes, name)) core.schemes.push_back(name);
    for (std::size_t i = 0; i < offered_.size(); ++i)
        if (map_systems_->IsChecked(static_cast<unsigned>(i))) core.systems.push_back(offered_[i]);
    for (const auto& name : lines_from_field(other_systems_->GetValue()))
        if (!contains(core.systems, name)) core.systems.push_back(name);
    return core;
}

void CoreNamesPanel::commit_pending() {
    if (committing_ || IsBeingDeleted()) return;
    auto core = from_controls();
    if (core == document_.assessment().core) return;
    committing_ = true;
    document_.apply(described(edits::set_core_names(document_.assessment(), std::move(core)),
                              _("core schemes and systems")));
    committing_ = false;
    // A name typed in "other" that is also on the map moves to its tick.
    refresh();
}

}  // namespace socle::desktop
