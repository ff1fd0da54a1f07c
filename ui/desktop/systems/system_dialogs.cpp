#include "ui/desktop/systems/system_dialogs.h"

#include <algorithm>
#include <cctype>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/collation.h"
#include "common/text.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/services/dialog_buttons.h"

namespace socle::desktop {

namespace {

using assessment::FlowMechanism;
using assessment::SystemStatus;

constexpr SystemStatus kStatuses[] = {SystemStatus::Planned, SystemStatus::Pilot, SystemStatus::Operational,
                                      SystemStatus::Legacy, SystemStatus::Retiring};
constexpr FlowMechanism kMechanisms[] = {FlowMechanism::Manual, FlowMechanism::File, FlowMechanism::Database,
                                         FlowMechanism::Api, FlowMechanism::StandardApi};

wxTextCtrl* add_text(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, const std::string& value,
                     const wxString& name, bool multiline = false) {
    grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    auto* text = new wxTextCtrl(parent, wxID_ANY, to_wx(value), wxDefaultPosition,
                                multiline ? parent->FromDIP(wxSize(-1, 70)) : wxDefaultSize,
                                multiline ? wxTE_MULTILINE : 0);
    text->SetName(name);
    grid->Add(text, 1, wxEXPAND);
    return text;
}

wxChoice* add_choice(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, const wxArrayString& items,
                     int selection, const wxString& name) {
    grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
    auto* choice = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, items);
    choice->SetName(name);
    choice->SetSelection(selection);
    grid->Add(choice, 1, wxEXPAND);
    return choice;
}

wxFlexGridSizer* make_grid() {
    auto* grid = new wxFlexGridSizer(2, wxSize(10, 8));
    grid->AddGrowableCol(1, 1);
    return grid;
}

wxStaticText* finish(wxDialog* dialog, wxFlexGridSizer* grid) {
    auto* problem = new wxStaticText(dialog, wxID_ANY, wxEmptyString);
    problem->SetName("dialog_problem");
    problem->SetForegroundColour(theme::warning_text());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 1, wxEXPAND | wxALL, dialog->FromDIP(14));
    sizer->Add(problem, 0, wxEXPAND | wxLEFT | wxRIGHT, dialog->FromDIP(14));
    sizer->Add(ok_cancel_buttons(*dialog), 0, wxEXPAND | wxALL, dialog->FromDIP(10));
    dialog->SetSizerAndFit(sizer);
    dialog->SetMinSize(wxSize(dialog->FromDIP(520), dialog->GetSize().y));
    dialog->SetSize(dialog->GetMinSize());
    return problem;
}

std::string trimmed(const wxString& text) {
    wxString copy = text;
    copy.Trim(true).Trim(false);
    return to_utf8(copy);
}


}  // namespace

std::string suggest_system_id(const std::string& name, const assessment::SystemMap& map) {
    std::string base;
    for (unsigned char c : name) {
        if (std::isalnum(c) && c < 0x80)
            base += static_cast<char>(std::tolower(c));
        else if (!base.empty() && base.back() != '_')
            base += '_';
        if (base.size() >= 24) break;
    }
    while (!base.empty() && base.back() == '_') base.pop_back();
    if (base.empty()) base = "system";
    std::string id = base;
    for (int n = 2; map.find(id); ++n) id = base + "_" + std::to_string(n);
    return id;
}

SystemDialog::SystemDialog(wxWindow* parent, const assessment::SystemMap& map,
                           const assessment::InformationSystem& initial, const std::string& editing, int level_count)
    : wxDialog(parent, wxID_ANY, editing.empty() ? _("Add a system") : _("Edit system"), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      map_(map), editing_(editing), system_(initial), id_edited_(!editing.empty()) {
    SetName("system_dialog");
    auto* grid = make_grid();
    name_ = add_text(this, grid, _("Name"), initial.name, "system_name");
    id_ = add_text(this, grid, _("Identifier"), initial.id, "system_id");
    wxArrayString categories;
    int category = 0;
    for (auto c : frameworks::all_categories()) {
        if (c == initial.category) category = static_cast<int>(categories.size());
        categories.Add(translated(frameworks::category_label(c)));
    }
    category_ = add_choice(this, grid, _("Category"), categories, category, "system_category");
    owner_ = add_text(this, grid, _("Owner institution"), initial.owner, "system_owner");
    wxArrayString statuses;
    int status = 0;
    for (std::size_t i = 0; i < std::size(kStatuses); ++i) {
        if (kStatuses[i] == initial.status) status = static_cast<int>(i);
        statuses.Add(translated(assessment::status_label(kStatuses[i])));
    }
    status_ = add_choice(this, grid, _("Status"), statuses, status, "system_status");
    hosting_ = add_text(this, grid, _("Hosting"), initial.hosting, "system_hosting");
    wxArrayString levels;
    levels.Add(_("Not rated"));
    for (int level = 1; level <= level_count; ++level) levels.Add(wxString::Format("%d", level));
    maturity_ = add_choice(this, grid, _("Maturity"), levels, initial.maturity.value_or(0), "system_maturity");
    notes_ = add_text(this, grid, _("Notes"), initial.notes, "system_notes", true);
    problem_ = finish(this, grid);

    // While adding, the id follows the name until the user types one.
    name_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        if (!id_edited_) id_->ChangeValue(to_wx(suggest_system_id(trimmed(name_->GetValue()), map_)));
    });
    id_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { id_edited_ = true; });
    name_->SetFocus();
}

bool SystemDialog::TransferDataFromWindow() {
    auto system = system_;
    system.name = trimmed(name_->GetValue());
    system.id = trimmed(id_->GetValue());
    if (system.id.empty() && !system.name.empty()) system.id = suggest_system_id(system.name, map_);
    system.category = frameworks::all_categories()[static_cast<std::size_t>(std::max(0, category_->GetSelection()))];
    system.owner = trimmed(owner_->GetValue());
    system.status = kStatuses[std::max(0, status_->GetSelection())];
    system.hosting = trimmed(hosting_->GetValue());
    system.maturity = maturity_->GetSelection() > 0 ? std::optional<int>(maturity_->GetSelection()) : std::nullopt;
    system.notes = trimmed(notes_->GetValue());
    wxString problem;
    if (system.name.empty())
        problem = _("Give the system a name.");
    else if (!common::is_valid_id(system.id))
        problem = _("The identifier may hold only letters, digits, '-', '_', '.' and ':' (no spaces).");
    else if (system.id != editing_ && map_.find(system.id))
        problem = wxString::Format(_("Another system already has the identifier \"%s\"."), to_wx(system.id));
    problem_->SetLabel(problem);
    if (!problem.empty()) {
        Layout();
        return false;
    }
    system_ = std::move(system);
    return true;
}

FlowDialog::FlowDialog(wxWindow* parent, const assessment::SystemMap& map, const assessment::DataFlow& initial)
    : wxDialog(parent, wxID_ANY, initial.from.empty() ? _("Add a data flow") : _("Edit data flow"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      map_(map), flow_(initial) {
    SetName("flow_dialog");
    auto* grid = make_grid();
    // The systems in the alphabetical order of the session's language.
    const auto shown_name = [&](std::size_t i) -> const std::string& {
        const auto& system = map.systems[i];
        return system.name.empty() ? system.id : system.name;
    };
    const std::string lang = to_utf8(current_interface_language());
    order_.resize(map.systems.size());
    for (std::size_t i = 0; i < order_.size(); ++i) order_[i] = i;
    std::stable_sort(order_.begin(), order_.end(),
                     [&](std::size_t a, std::size_t b) { return common::collate_less(shown_name(a), shown_name(b), lang); });
    wxArrayString systems;
    int from = 0, to = map.systems.size() > 1 ? 1 : 0;
    for (std::size_t row = 0; row < order_.size(); ++row) {
        const auto& system = map.systems[order_[row]];
        if (system.id == initial.from) from = static_cast<int>(row);
        if (system.id == initial.to) to = static_cast<int>(row);
        systems.Add(to_wx(shown_name(order_[row])));
    }
    from_ = add_choice(this, grid, _("From (provides the data)"), systems, from, "flow_from");
    to_ = add_choice(this, grid, _("To (uses the data)"), systems, to, "flow_to");
    data_ = add_text(this, grid, _("Data exchanged"), initial.data, "flow_data");
    wxArrayString mechanisms;
    int mechanism = 0;
    for (std::size_t i = 0; i < std::size(kMechanisms); ++i) {
        if (kMechanisms[i] == initial.mechanism) mechanism = static_cast<int>(i);
        mechanisms.Add(translated(assessment::mechanism_label(kMechanisms[i])));
    }
    mechanism_ = add_choice(this, grid, _("Mechanism"), mechanisms, mechanism, "flow_mechanism");
    frequency_ = add_text(this, grid, _("Frequency"), initial.frequency, "flow_frequency");
    grid->AddSpacer(0);
    agreement_ = new wxCheckBox(this, wxID_ANY, _("A legal data-sharing agreement covers it"));
    agreement_->SetName("flow_agreement");
    agreement_->SetValue(initial.agreement);
    grid->Add(agreement_);
    notes_ = add_text(this, grid, _("Notes"), initial.notes, "flow_notes", true);
    problem_ = finish(this, grid);
}

bool FlowDialog::TransferDataFromWindow() {
    if (map_.systems.size() < 2 || from_->GetSelection() < 0 || to_->GetSelection() < 0) {
        problem_->SetLabel(_("A flow joins two systems: add them first."));
        return false;
    }
    auto flow = flow_;
    flow.from = map_.systems[order_[static_cast<std::size_t>(from_->GetSelection())]].id;
    flow.to = map_.systems[order_[static_cast<std::size_t>(to_->GetSelection())]].id;
    flow.data = trimmed(data_->GetValue());
    flow.mechanism = kMechanisms[std::max(0, mechanism_->GetSelection())];
    flow.frequency = trimmed(frequency_->GetValue());
    flow.agreement = agreement_->GetValue();
    flow.notes = trimmed(notes_->GetValue());
    if (flow.from == flow.to) {
        problem_->SetLabel(_("A flow runs between two different systems."));
        Layout();
        return false;
    }
    problem_->SetLabel(wxEmptyString);
    flow_ = std::move(flow);
    return true;
}

}  // namespace socle::desktop
