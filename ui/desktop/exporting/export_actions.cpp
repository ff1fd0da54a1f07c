#include "ui/desktop/exporting/export_actions.h"

#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/progdlg.h>
#include <wx/utils.h>

#include "ui/desktop/document/document.h"
#include "ui/desktop/exporting/export_runner.h"
#include "ui/desktop/services/settings.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/services/dialog_buttons.h"

namespace socle::desktop {

namespace {

wxString start_folder(const Document& document, const Settings& settings) {
    if (!settings.last_folder().empty() && wxDirExists(settings.last_folder())) return settings.last_folder();
    if (!document.path().empty()) return path_to_wx(document.path().parent_path());
    return {};
}

// Runs the export under a progress dialog, then reports the outcome.
void export_with_feedback(wxWindow* parent, const Document& document, ExportKind kind, const std::filesystem::path& target) {
    const bool workbook = kind == ExportKind::Workbook;
    const bool report = kind == ExportKind::Report;
    ExportResult result;
    {
        wxProgressDialog progress(workbook ? _("Export workbook") : report ? _("Export report") : _("Export CSV tables"),
                                  wxString::Format(_("Writing %s..."), path_to_wx(target)), 100, parent,
                                  wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME);
        result = run_export(kind, document.assessment(), document.figures(), target, [&progress] { progress.Pulse(); });
    }
    if (!result.ok) {
        message_box(wxString::Format(_("The export could not be written to\n%s\n\n%s\n\nCheck that the folder exists and "
                                        "that you may write to it, close the file if another program has it open, or "
                                        "choose another place, then export again."),
                                      path_to_wx(target), to_wx(result.error)),
                     _("Export failed"), wxOK | wxICON_ERROR, parent);
        return;
    }
    const std::filesystem::path folder = workbook || report ? target.parent_path() : target;
    wxMessageDialog done(parent,
                         wxString::Format(workbook ? _("The workbook was written to\n%s")
                                          : report ? _("The report was written to\n%s")
                                                   : _("The CSV tables were written to\n%s"),
                                          path_to_wx(target)),
                         _("Export finished"), wxYES_NO | wxICON_INFORMATION);
    done.SetYesNoLabels(_("Show in folder"), _("Close"));
    if (done.ShowModal() == wxID_YES) wxLaunchDefaultApplication(path_to_wx(folder));
}

}  // namespace

void export_workbook_interactively(wxWindow* parent, const Document& document, Settings& settings) {
    wxFileDialog dialog(parent, _("Export workbook"), start_folder(document, settings),
                        path_to_wx(suggested_export_name(document, ExportKind::Workbook)),
                        _("Excel workbook (*.xlsx)|*.xlsx"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    wxFileName chosen(dialog.GetPath());
    // "report.final" becomes "report.final.xlsx", not "report.xlsx".
    if (chosen.GetExt().Lower() != "xlsx") chosen.SetFullName(chosen.GetFullName() + ".xlsx");
    settings.set_last_folder(chosen.GetPath());
    settings.flush();
    export_with_feedback(parent, document, ExportKind::Workbook, to_path(chosen.GetFullPath()));
}

void export_report_interactively(wxWindow* parent, const Document& document, Settings& settings) {
    wxFileDialog dialog(parent, _("Export report"), start_folder(document, settings),
                        path_to_wx(suggested_export_name(document, ExportKind::Report)),
                        _("Word document (*.docx)|*.docx"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    wxFileName chosen(dialog.GetPath());
    if (chosen.GetExt().Lower() != "docx") chosen.SetFullName(chosen.GetFullName() + ".docx");
    settings.set_last_folder(chosen.GetPath());
    settings.flush();
    export_with_feedback(parent, document, ExportKind::Report, to_path(chosen.GetFullPath()));
}

void export_csv_interactively(wxWindow* parent, const Document& document, Settings& settings) {
    wxDirDialog dialog(parent, _("Choose the folder for the CSV tables (indicators, domains, roadmap, systems, flows)"),
                       start_folder(document, settings), wxDD_DEFAULT_STYLE);
    if (dialog.ShowModal() != wxID_OK) return;
    const wxString folder = dialog.GetPath();
    if (wxFileExists(wxFileName(folder, "indicators.csv").GetFullPath()) &&
        message_box(wxString::Format(_("%s already holds CSV tables. Replace them?"), folder), _("Export CSV tables"),
                     wxYES_NO | wxICON_QUESTION, parent) != wxYES)
        return;
    settings.set_last_folder(folder);
    settings.flush();
    export_with_feedback(parent, document, ExportKind::CsvTables, to_path(folder));
}

}  // namespace socle::desktop
