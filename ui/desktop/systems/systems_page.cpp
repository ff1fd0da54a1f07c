#include "ui/desktop/systems/systems_page.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

#include "assessment/edits.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/path_text.h"
#include "exports/dot_export.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/error_report.h"
#include "ui/desktop/systems/system_csv_actions.h"
#include "ui/desktop/systems/system_dialogs.h"
#include "ui/desktop/systems/system_findings.h"
#include "ui/desktop/systems/system_map_view.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/services/dialog_buttons.h"

namespace socle::desktop {

namespace {

wxButton* add_button(wxWindow* parent, wxSizer* row, const wxString& label, const wxString& name) {
    auto* button = new wxButton(parent, wxID_ANY, label);
    button->SetName(name);
    row->Add(button, 0, wxRIGHT, parent->FromDIP(6));
    return button;
}

wxListCtrl* make_list(wxWindow* parent, const wxString& name, const std::vector<std::pair<wxString, int>>& columns) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName(name);
    list->SetFont(theme::font(parent, 1.0));
    for (const auto& [title, width] : columns) list->AppendColumn(title, wxLIST_FORMAT_LEFT, parent->FromDIP(width));
    return list;
}

long selected_row(wxListCtrl* list) { return list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); }

}  // namespace

struct SystemsPage::Parts {
    SystemMapView* map_view = nullptr;
    wxTreeCtrl* findings_tree = nullptr;
    wxTextCtrl* details = nullptr;
    wxListCtrl* systems = nullptr;
    wxListCtrl* flows = nullptr;
    wxStaticText* summary = nullptr;
    // The analysis shown is the map view's (one copy: with 2,000 systems the
    // outage lists hold millions of ids, and each copy costs a second).
    const scoring::SystemMapAnalysis& analysis() const { return map_view->scene().analysis(); }
    std::uint64_t shown_state = 0;
    bool shown = false;
    bool syncing = false;  // selection changes made by the page itself

    void add_system(SystemsPage& page, Document& document);
    void edit_system(SystemsPage& page, Document& document);
    void delete_system(SystemsPage& page, Document& document);
    void add_flow(SystemsPage& page, Document& document);
    void edit_flow(SystemsPage& page, Document& document);
    void delete_flow(SystemsPage& page, Document& document);
    void select(SystemsPage& page, Document& document, const std::string& id);
    void fill_lists(const assessment::SystemMap& map);
    void show_system(const assessment::SystemMap& map, const std::string& id);
};

SystemsPage::SystemsPage(wxWindow* parent, Document& document, bool fill_now)
    : wxPanel(parent, wxID_ANY), parts_(std::make_unique<Parts>()), document_(document) {
    SetName("systems_page");
    SetBackgroundColour(theme::page_background());
    auto& p = *parts_;

    auto* toolbar = new wxBoxSizer(wxHORIZONTAL);
    add_button(this, toolbar, _("Import CSV..."), "import_csv")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { import_csv(); });
    add_button(this, toolbar, _("Export CSV..."), "export_csv")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { export_csv(); });
    add_button(this, toolbar, _("Map as PNG..."), "export_png")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { export_map("png"); });
    add_button(this, toolbar, _("Map as SVG..."), "export_svg")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { export_map("svg"); });
    add_button(this, toolbar, _("Map as DOT..."), "export_dot")->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { export_map("dot"); });
    toolbar->AddSpacer(FromDIP(16));
    add_button(this, toolbar, _("Zoom out"), "zoom_out")->Bind(wxEVT_BUTTON, [&p](wxCommandEvent&) { p.map_view->zoom_by(1 / 1.25); });
    add_button(this, toolbar, _("Zoom in"), "zoom_in")->Bind(wxEVT_BUTTON, [&p](wxCommandEvent&) { p.map_view->zoom_by(1.25); });
    add_button(this, toolbar, _("Fit"), "zoom_fit")->Bind(wxEVT_BUTTON, [&p](wxCommandEvent&) { p.map_view->fit(); });
    // TRANSLATORS: a button: zoom the map for a projector (a verb, as in "present to the room").
    auto* present = add_button(this, toolbar, _("Present"), "zoom_present");
    present->SetToolTip(_("Names large enough for a projector (P); the map then scrolls with the arrow keys, the wheel or a drag"));
    present->Bind(wxEVT_BUTTON, [&p](wxCommandEvent&) { p.map_view->present(); });
    p.summary = new wxStaticText(this, wxID_ANY, wxEmptyString);
    p.summary->SetName("systems_summary");
    p.summary->SetFont(theme::font(this, 1.15, true));

    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    splitter->SetMinimumPaneSize(FromDIP(260));
    splitter->SetSashGravity(0.7);
    p.map_view = new SystemMapView(splitter);
    auto* tabs = new wxNotebook(splitter, wxID_ANY);
    tabs->SetName("systems_tabs");

    auto* findings_panel = new wxPanel(tabs);
    p.findings_tree = new wxTreeCtrl(findings_panel, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxTR_HIDE_ROOT | wxTR_HAS_BUTTONS | wxTR_LINES_AT_ROOT | wxTR_SINGLE |
                                         wxTR_HAS_VARIABLE_ROW_HEIGHT);
    p.findings_tree->SetName("findings_tree");
    p.findings_tree->SetFont(theme::font(this, 1.0));
    keep_findings_wrapped(p.findings_tree);
    // Read-only text rather than a label: it wraps to any width by itself.
    p.details = new wxTextCtrl(findings_panel, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 150)),
                               wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP | wxBORDER_NONE);
    p.details->SetBackgroundColour(findings_panel->GetBackgroundColour());
    p.details->SetName("system_details");
    p.details->SetFont(theme::font(this, 1.0));
    auto* findings_sizer = new wxBoxSizer(wxVERTICAL);
    findings_sizer->Add(p.findings_tree, 3, wxEXPAND | wxALL, FromDIP(4));
    findings_sizer->Add(p.details, 0, wxEXPAND | wxALL, FromDIP(8));
    findings_panel->SetSizer(findings_sizer);
    tabs->AddPage(findings_panel, _("Findings"));

    auto* systems_panel = new wxPanel(tabs);
    p.systems = make_list(systems_panel, "systems_list",
                          {{_("Name"), 200}, {_("Category"), 140}, {_("Owner"), 160}, {_("Status"), 90}, {_("Step"), 50}});
    auto* system_buttons = new wxBoxSizer(wxHORIZONTAL);
    add_button(systems_panel, system_buttons, _("Add..."), "add_system")
        ->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { parts_->add_system(*this, document_); });
    add_button(systems_panel, system_buttons, _("Edit..."), "edit_system")
        ->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { parts_->edit_system(*this, document_); });
    add_button(systems_panel, system_buttons, _("Delete"), "delete_system")
        ->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { parts_->delete_system(*this, document_); });
    auto* systems_sizer = new wxBoxSizer(wxVERTICAL);
    systems_sizer->Add(p.systems, 1, wxEXPAND | wxALL, FromDIP(4));
    systems_sizer->Add(system_buttons, 0, wxALL, FromDIP(6));
    systems_panel->SetSizer(systems_sizer);
    tabs->AddPage(systems_panel, _("Systems"));

    auto* flows_panel = new wxPanel(tabs);
    p.flows = make_list(flows_panel, "flows_list",
                        {{_("From"), 150}, {_("To"), 150}, {_("Data"), 200}, {_("Mechanism"), 130}, {_("Agreement"), 80}});
    auto* flow_buttons = new wxBoxSizer(wxHORIZONTAL);
    add_button(flows_panel, flow_buttons, _("Add..."), "add_flow")
        ->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { parts_->add_flow(*this, document_); });
    add_button(flows_panel, flow_buttons, _("Edit..."), "edit_flow")
        ->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { parts_->edit_flow(*this, document_); });
    add_button(flows_panel, flow_buttons, _("Delete"), "delete_flow")
        ->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { parts_->delete_flow(*this, document_); });
    auto* flows_sizer = new wxBoxSizer(wxVERTICAL);
    flows_sizer->Add(p.flows, 1, wxEXPAND | wxALL, FromDIP(4));
    flows_sizer->Add(flow_buttons, 0, wxALL, FromDIP(6));
    flows_panel->SetSizer(flows_sizer);
    tabs->AddPage(flows_panel, _("Flows"));

    splitter->SplitVertically(p.map_view, tabs, -FromDIP(420));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(toolbar, 0, wxEXPAND | wxALL, FromDIP(8));
    sizer->Add(p.summary, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
    sizer->Add(splitter, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
    SetSizer(sizer);

    // Selections: the map, the systems list and the findings follow each other.
    p.map_view->set_on_select([this](const std::string& id) { parts_->show_system(document_.assessment().systems, id); });
    p.systems->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        if (parts_->syncing) return;
        const auto& map = document_.assessment().systems;
        const auto row = static_cast<std::size_t>(event.GetIndex());
        if (row < map.systems.size()) {
            parts_->map_view->select_system(map.systems[row].id);
            parts_->show_system(map, map.systems[row].id);
        }
    });
    p.systems->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { parts_->edit_system(*this, document_); });
    p.flows->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        MapHighlight highlight;
        highlight.flows.insert(static_cast<std::size_t>(event.GetIndex()));
        parts_->map_view->set_highlight(std::move(highlight));
    });
    p.flows->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { parts_->edit_flow(*this, document_); });
    p.findings_tree->Bind(wxEVT_TREE_SEL_CHANGED, [this](wxTreeEvent& event) {
        if (parts_->syncing || !event.GetItem().IsOk()) return;
        const auto* item = dynamic_cast<FindingItem*>(parts_->findings_tree->GetItemData(event.GetItem()));
        if (!item) return;
        if (!item->system.empty()) {
            parts_->map_view->select_system(item->system);
            parts_->show_system(document_.assessment().systems, item->system);
        } else {
            parts_->map_view->set_highlight(item->highlight);
        }
    });
    if (fill_now) refresh();
}

SystemsPage::~SystemsPage() = default;

void SystemsPage::refresh() {
    auto& p = *parts_;
    if (p.shown && p.shown_state == document_.state_id()) return;
    p.shown = true;
    p.shown_state = document_.state_id();
    const auto& map = document_.assessment().systems;
    p.map_view->set_map(map, document_.analysis());
    p.syncing = true;
    fill_findings_tree(p.findings_tree, map, p.analysis(), p.map_view->scene().hubs());
    p.fill_lists(map);
    p.syncing = false;
    const auto& analysis = p.analysis();
    const wxString index = analysis.interoperability_index
                               ? wxString::Format("%d / 100", static_cast<int>(std::lround(*analysis.interoperability_index)))
                               : wxString::FromUTF8("–");
    p.summary->SetLabel(wxString::Format(_("Systems: %d, flows: %d, interoperability index: %s"),
                                         static_cast<int>(map.systems.size()), static_cast<int>(map.flows.size()), index));
    p.show_system(map, p.map_view->scene().selection());
    Layout();
}

void SystemsPage::Parts::fill_lists(const assessment::SystemMap& map) {
    systems->Freeze();
    systems->DeleteAllItems();
    for (const auto& system : map.systems) {
        const long row = systems->InsertItem(systems->GetItemCount(), to_wx(system.name.empty() ? system.id : system.name));
        systems->SetItem(row, 1, translated(frameworks::category_label(system.category)));
        systems->SetItem(row, 2, to_wx(system.owner));
        systems->SetItem(row, 3, translated(assessment::status_label(system.status)));
        const auto* findings = analysis().find(system.id);
        systems->SetItem(row, 4, findings ? wxString::Format("%d", static_cast<int>(findings->layer + 1)) : wxString());
    }
    systems->Thaw();
    flows->Freeze();
    flows->DeleteAllItems();
    for (const auto& flow : map.flows) {
        const long row = flows->InsertItem(flows->GetItemCount(), system_name(map, flow.from));
        flows->SetItem(row, 1, system_name(map, flow.to));
        flows->SetItem(row, 2, to_wx(flow.data));
        flows->SetItem(row, 3, translated(assessment::mechanism_label(flow.mechanism)));
        flows->SetItem(row, 4, flow.agreement ? _("yes") : _("no"));
    }
    flows->Thaw();
}

void SystemsPage::Parts::show_system(const assessment::SystemMap& map, const std::string& id) {
    details->ChangeValue(describe_system(map, analysis(), id, map_view->scene().hubs()));
    syncing = true;
    for (std::size_t row = 0; row < map.systems.size(); ++row) {
        const bool selected = map.systems[row].id == id;
        systems->SetItemState(static_cast<long>(row), selected ? wxLIST_STATE_SELECTED : 0, wxLIST_STATE_SELECTED);
        if (selected) systems->EnsureVisible(static_cast<long>(row));
    }
    syncing = false;
}

void SystemsPage::Parts::select(SystemsPage& page, Document& document, const std::string& id) {
    page.refresh();
    map_view->select_system(id);
    show_system(document.assessment().systems, id);
}

void SystemsPage::Parts::add_system(SystemsPage& page, Document& document) {
    const auto& map = document.assessment().systems;
    SystemDialog dialog(&page, map, {}, {}, document.framework().level_count());
    if (dialog.ShowModal() != wxID_OK) return;
    auto system = dialog.system();
    const auto id = system.id;
    document.apply(assessment::edits::add_system(document.assessment(), std::move(system)));
    select(page, document, id);
}

void SystemsPage::Parts::edit_system(SystemsPage& page, Document& document) {
    const auto& map = document.assessment().systems;
    const auto row = selected_row(systems);
    if (row < 0 || static_cast<std::size_t>(row) >= map.systems.size()) return;
    const auto original = map.systems[static_cast<std::size_t>(row)];
    SystemDialog dialog(&page, map, original, original.id, document.framework().level_count());
    if (dialog.ShowModal() != wxID_OK || dialog.system() == original) return;
    auto system = dialog.system();
    const auto id = system.id;
    document.apply(assessment::edits::update_system(document.assessment(), original.id, std::move(system)));
    select(page, document, id);
}

void SystemsPage::Parts::delete_system(SystemsPage& page, Document& document) {
    const auto& map = document.assessment().systems;
    const auto row = selected_row(systems);
    if (row < 0 || static_cast<std::size_t>(row) >= map.systems.size()) return;
    // No confirmation: Undo brings the system and its flows back.
    document.apply(assessment::edits::remove_system(document.assessment(), map.systems[static_cast<std::size_t>(row)].id));
    select(page, document, {});
}

void SystemsPage::Parts::add_flow(SystemsPage& page, Document& document) {
    const auto& map = document.assessment().systems;
    if (map.systems.size() < 2) {
        message_box(_("A flow joins two systems: add them first."), _("Add a data flow"), wxOK | wxICON_INFORMATION, &page);
        return;
    }
    assessment::DataFlow initial;
    const auto row = selected_row(systems);
    if (row >= 0 && static_cast<std::size_t>(row) < map.systems.size()) initial.from = map.systems[static_cast<std::size_t>(row)].id;
    FlowDialog dialog(&page, map, initial);
    dialog.SetTitle(_("Add a data flow"));
    if (dialog.ShowModal() != wxID_OK) return;
    auto flow = dialog.flow();
    const auto from = flow.from;
    document.apply(assessment::edits::add_flow(document.assessment(), std::move(flow)));
    select(page, document, from);
}

void SystemsPage::Parts::edit_flow(SystemsPage& page, Document& document) {
    const auto& map = document.assessment().systems;
    const auto row = selected_row(flows);
    if (row < 0 || static_cast<std::size_t>(row) >= map.flows.size()) return;
    const auto original = map.flows[static_cast<std::size_t>(row)];
    FlowDialog dialog(&page, map, original);
    if (dialog.ShowModal() != wxID_OK || dialog.flow() == original) return;
    document.apply(assessment::edits::update_flow(document.assessment(), static_cast<std::size_t>(row), dialog.flow()));
    page.refresh();
}

void SystemsPage::Parts::delete_flow(SystemsPage& page, Document& document) {
    const auto row = selected_row(flows);
    if (row < 0 || static_cast<std::size_t>(row) >= document.assessment().systems.flows.size()) return;
    document.apply(assessment::edits::remove_flow(document.assessment(), static_cast<std::size_t>(row)));
    page.refresh();
}

void SystemsPage::import_csv() {
    if (import_system_csv_interactively(this, document_)) refresh();
}

void SystemsPage::export_csv() { export_system_csv_interactively(this, document_); }

void SystemsPage::export_map(const wxString& format) {
    refresh();  // from the menu on another page, the map may be stale or not filled yet
    const wxString filter = format == "png"   ? _("PNG images (*.png)|*.png")
                            : format == "svg" ? _("SVG drawings (*.svg)|*.svg")
                                              : _("Graphviz files (*.dot)|*.dot");
    const auto name = file_name_from(document_.display_name() + " - " + to_utf8(_("system map")), "." + to_utf8(format));
    wxFileDialog dialog(this, _("Export the system map"), wxEmptyString, path_to_wx(name), filter,
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    run_reporting_failure(this, wxTRANSLATE("Exporting the system map"),
                          [&] { save_map(to_path(dialog.GetPath()), format); });
}

void SystemsPage::save_map(const std::filesystem::path& path, const wxString& format) const {
    const auto& scene = parts_->map_view->scene();
    if (format == "png") {
        scene.save_png(path);
    } else if (format == "svg") {
        scene.save_svg(path);
    } else {
        exports::DotOptions options;
        options.title = document_.display_name();
        options.translate = [](std::string_view text) { return to_utf8(translated(text)); };
        common::write_file_atomically(path, exports::system_map_dot(scene.map(), scene.analysis(), options));
    }
}

}  // namespace socle::desktop
