#include "ui/desktop/workshop/field_import.h"

#include <wx/filedlg.h>
#include <wx/msgdlg.h>

#include <optional>

#include "assessment/field_submissions_csv.h"
#include "assessment/votes_csv.h"
#include "common/atomic_file.h"
#include "common/path_text.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/error_report.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/services/dialog_buttons.h"

namespace socle::desktop {

FieldImportOutcome import_field_file(Document& document, const std::filesystem::path& csv) {
    FieldImportOutcome outcome;
    const auto text = common::read_file(csv);
    const std::string name = common::path_to_utf8(csv.filename());
    std::optional<assessment::VotesImport> votes;
    if (assessment::looks_like_field_submissions(text)) {
        if (auto submissions =
                assessment::import_field_submissions_csv(document.assessment(), text, name, outcome.diagnostics)) {
            outcome.set_aside = submissions->set_aside;
            votes = std::move(submissions->votes);
        }
    } else {
        votes = assessment::import_votes_csv(document.assessment(), text, name, outcome.diagnostics);
    }
    if (!votes) return outcome;
    outcome.imported = true;
    outcome.votes = votes->votes;
    outcome.participants_added = votes->added_participants;
    document.apply(std::move(votes->edit));
    return outcome;
}

bool import_field_file_interactively(wxWindow* parent, Document& document) {
    wxFileDialog dialog(parent, _("Import field submissions"), wxEmptyString, wxEmptyString,
                        _("CSV files (*.csv)|*.csv|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return false;
    bool imported = false;
    run_reporting_failure(parent, wxTRANSLATE("Importing field submissions"), [&] {
        const auto outcome = import_field_file(document, to_path(dialog.GetPath()));
        wxString lines;
        for (const auto& item : outcome.diagnostics.items()) lines += to_wx(common::format_diagnostic(item)) + "\n";
        if (outcome.imported) {
            wxString summary = wxString::Format(_("%d votes imported; %d participants added."),
                                                static_cast<int>(outcome.votes),
                                                static_cast<int>(outcome.participants_added));
            if (outcome.set_aside)
                summary += "\n" + wxString::Format(_("%d earlier submissions of participants who submitted again "
                                                     "were set aside: the latest counts."),
                                                   static_cast<int>(outcome.set_aside));
            message_box(summary + (lines.empty() ? wxString() : "\n\n" + lines), _("Import field submissions"),
                         wxOK | wxICON_INFORMATION, parent);
        } else {
            message_box(_("Nothing was imported: correct these lines and import the file again.") + "\n\n" + lines,
                         _("Import field submissions"), wxOK | wxICON_WARNING, parent);
        }
        imported = outcome.imported;
    });
    return imported;
}

}  // namespace socle::desktop
