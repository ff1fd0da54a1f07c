#include "ui/desktop/systems/system_csv_actions.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "assessment/system_csv.h"
#include "common/atomic_file.h"
#include "common/csv.h"
#include "common/error.h"
#include "common/path_text.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/error_report.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/services/dialog_buttons.h"

namespace socle::desktop {

namespace {

std::string file_name(const std::filesystem::path& path) { return common::path_to_utf8(path.filename()); }

}  // namespace

SystemCsvImportOutcome import_system_csv_files(Document& document, const std::filesystem::path& systems,
                                               const std::filesystem::path& flows) {
    SystemCsvImportOutcome outcome;
    const auto systems_text = common::read_file(systems);
    const auto flows_text = common::read_file(flows);
    auto import = assessment::import_system_map_csv(document.assessment(), systems_text, file_name(systems),
                                                    flows_text, file_name(flows), outcome.diagnostics);
    outcome.diagnostics.sort_by_position();
    if (!import || outcome.diagnostics.has_errors()) return outcome;
    outcome.imported = true;
    outcome.systems = import->systems;
    outcome.flows = import->flows;
    document.apply(std::move(import->edit));
    return outcome;
}

void show_import_problems(wxWindow* parent, const common::Diagnostics& diagnostics) {
    wxDialog dialog(parent, wxID_ANY, _("The system map was not imported"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    dialog.SetName("import_problems_dialog");
    auto* intro = new wxStaticText(
        &dialog, wxID_ANY,
        wxString::Format(wxPLURAL("%d problem was found. Nothing was changed: correct the files and import them again.",
                                  "%d problems were found. Nothing was changed: correct the files and import them again.",
                                  static_cast<int>(diagnostics.error_count())),
                         static_cast<int>(diagnostics.error_count())));  // notes (such as "converted from UTF-16") are listed, not counted
    intro->SetFont(theme::font(&dialog, 1.05, true));
    auto* list = new wxListCtrl(&dialog, wxID_ANY, wxDefaultPosition, dialog.FromDIP(wxSize(760, 300)),
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName("import_problems");
    list->AppendColumn(_("File"), wxLIST_FORMAT_LEFT, dialog.FromDIP(120));
    list->AppendColumn(_("Line"), wxLIST_FORMAT_RIGHT, dialog.FromDIP(60));
    list->AppendColumn(_("Column"), wxLIST_FORMAT_RIGHT, dialog.FromDIP(70));
    list->AppendColumn(_("Problem"), wxLIST_FORMAT_LEFT, dialog.FromDIP(500));
    for (const auto& item : diagnostics.items()) {
        const long row = list->InsertItem(list->GetItemCount(), to_wx(item.file));
        list->SetItem(row, 1, item.line ? wxString::Format("%d", item.line) : wxString("-"));
        list->SetItem(row, 2, item.column ? wxString::Format("%d", item.column) : wxString("-"));
        list->SetItem(row, 3, to_wx(item.message));
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, 0, wxALL, dialog.FromDIP(12));
    sizer->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT, dialog.FromDIP(12));
    sizer->Add(ok_cancel_buttons(dialog, false), 0, wxEXPAND | wxALL, dialog.FromDIP(10));
    dialog.SetSizerAndFit(sizer);
    dialog.ShowModal();
}

bool import_system_csv_with_report(wxWindow* parent, Document& document, const std::filesystem::path& systems,
                                   const std::filesystem::path& flows) {
    bool imported = false;
    run_reporting_failure(parent, wxTRANSLATE("Importing the system map"), [&] {
        const auto outcome = import_system_csv_files(document, systems, flows);
        if (!outcome.imported) show_import_problems(parent, outcome.diagnostics);
        imported = outcome.imported;
    });
    return imported;
}

bool import_system_csv_interactively(wxWindow* parent, Document& document) {
    const wxString filter = _("CSV files (*.csv)|*.csv|All files|*");
    wxFileDialog systems_dialog(parent, _("Choose the systems file (systems.csv)"), wxEmptyString, "systems.csv",
                                filter, wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (systems_dialog.ShowModal() != wxID_OK) return false;
    const auto systems = to_path(systems_dialog.GetPath());
    wxFileDialog flows_dialog(parent, _("Choose the flows file (flows.csv)"), path_to_wx(systems.parent_path()),
                              "flows.csv", filter, wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (flows_dialog.ShowModal() != wxID_OK) return false;
    return import_system_csv_with_report(parent, document, systems, to_path(flows_dialog.GetPath()));
}

std::pair<std::filesystem::path, std::filesystem::path> export_system_csv_files(
    const assessment::Assessment& assessment, const std::filesystem::path& folder) {
    const auto systems = folder / "systems.csv";
    const auto flows = folder / "flows.csv";
    common::write_file_atomically(systems, common::csv_file_content(assessment::systems_csv(assessment.systems)));
    common::write_file_atomically(flows, common::csv_file_content(assessment::flows_csv(assessment.systems)));
    return {systems, flows};
}

void export_system_csv_interactively(wxWindow* parent, const Document& document) {
    wxDirDialog dialog(parent, _("Choose the folder for systems.csv and flows.csv"));
    if (dialog.ShowModal() != wxID_OK) return;
    const auto folder = to_path(dialog.GetPath());
    if (std::filesystem::exists(folder / "systems.csv") || std::filesystem::exists(folder / "flows.csv")) {
        if (message_box(_("systems.csv or flows.csv already exists in this folder. Replace them?"),
                         _("Export the system map"), wxYES_NO | wxICON_QUESTION, parent) != wxYES)
            return;
    }
    run_reporting_failure(parent, wxTRANSLATE("Exporting the system map"),
                          [&] { export_system_csv_files(document.assessment(), folder); });
}

}  // namespace socle::desktop
