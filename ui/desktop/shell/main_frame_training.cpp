// Training mode's commands (docs/training.md, "On the desktop"): a new
// training session from a built-in case, and the debrief of several teams'
// files. The walkthrough's training column is attached in
// create_document_pages whenever the open file is a training file.
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>

#include "common/diagnostics.h"
#include "frameworks/training_catalog.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/app_context.h"
#include "ui/desktop/services/dialog_buttons.h"
#include "ui/desktop/services/error_report.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/shell/main_frame.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/training/debrief_dialog.h"
#include "ui/desktop/training/new_training_dialog.h"
#include "ui/desktop/training/training_session.h"

namespace socle::desktop {

wxMenu* MainFrame::build_training_menu() {
    auto* menu = new wxMenu;
    menu->Append(ids::NewTrainingSession, _("&New training session..."),
                 _("A team's file for a fictional country case: its evidence beside each indicator, the expert key "
                   "on demand"));
    menu->Append(ids::TrainingDebrief, _("Training &debrief..."),
                 _("Several teams' files of one case side by side against the expert key"));
    return menu;
}

void MainFrame::bind_training_commands() {
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        const auto choice = ask_training_session(this);
        if (!choice) return;
        wxString name = to_wx(choice->team);
        if (name.empty()) name = to_wx(choice->case_id);
        wxFileDialog dialog(this, _("Save the team's training file as"), context_.settings().last_folder(),
                            path_to_wx(file_name_from(to_utf8(name), ".socle")),
                            _("Socle assessments (*.socle)|*.socle"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (dialog.ShowModal() != wxID_OK) return;
        wxFileName file(dialog.GetPath());
        if (file.GetExt().empty()) file.SetExt("socle");
        new_training_session(choice->case_id, choice->language, choice->team, to_path(file.GetFullPath()));
    }, ids::NewTrainingSession);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        commit_pending_edits();
        DebriefDialog dialog(this, context_);
        dialog.choose_files();
        dialog.ShowModal();
    }, ids::TrainingDebrief);
}

bool MainFrame::new_training_session(const std::string& case_id, const std::string& lang, const std::string& team,
                                     const std::filesystem::path& path) {
    const auto* training_case = frameworks::find_training_case(case_id);
    if (!training_case) return false;
    auto session = desktop::new_training_session(context_, *training_case, lang, team);
    if (!session.assessment) {
        wxString details;
        for (const auto& diagnostic : session.diagnostics.items())
            details << to_wx(common::format_diagnostic(diagnostic)) << "\n";
        message_box(_("Socle could not make the training file.") + "\n\n" + details, _("New training session"),
                    wxOK | wxICON_ERROR, this);
        return false;
    }
    if (!close_document()) return false;
    adopt(std::make_unique<Document>(std::move(*session.assessment), std::filesystem::path(),
                                     assessment::RecoveryStore::new_untitled_slot()));
    // Saved at once: each team's file is where the facilitator collects it for the debrief.
    const bool saved = save_as(path);
    show_page(Page::Walkthrough);
    return saved;
}

}  // namespace socle::desktop
