// The life of the open document: new, open (with the offer to migrate, in
// main_frame_migration.cpp), save, close, autosave to the recovery folder
// and recovery after a crash.
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>

#include "assessment/recovery.h"
#include "common/diagnostics.h"
#include "common/error.h"
#include "ui/desktop/services/app_context.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/error_report.h"
#include "ui/desktop/services/settings.h"
#include "ui/desktop/workshop/setup_page.h"
#include "ui/desktop/shell/main_frame.h"
#include "ui/desktop/shell/next_round.h"
#include "ui/desktop/shell/start_page.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/services/dialog_buttons.h"

namespace socle::desktop {

namespace {

wxString diagnostics_text(const common::Diagnostics& diagnostics) {
    wxString text;
    int shown = 0;
    for (const auto& diagnostic : diagnostics.items()) {
        if (++shown > 12) {
            text += "...\n";
            break;
        }
        text += to_wx(common::format_diagnostic(diagnostic)) + "\n";
    }
    return text;
}

// Where the team stopped, for the next time this file is opened.
void remember_place(Settings& settings, const Document* document) {
    if (document && !document->path().empty())
        settings.note_last_indicator(document->path(), document->current_indicator());
}

// Back to the indicator where the team stopped, when the framework still
// has it and it still applies to the country (else the first, as for a new file).
void restore_place(const Settings& settings, Document& document) {
    const auto* indicator = document.framework().find_indicator(settings.last_indicator(document.path()));
    if (indicator && document.assessment().is_relevant(*indicator)) document.set_current_indicator(indicator->id);
}

}  // namespace

bool MainFrame::new_assessment(const std::string& framework_id) {
    if (!close_document()) return false;
    auto framework = context_.framework(framework_id);
    if (!framework) {
        message_box(wxString::Format(_("There is no framework \"%s\"."), to_wx(framework_id)), _("New assessment"),
                     wxOK | wxICON_ERROR, this);
        return false;
    }
    assessment::Assessment fresh(framework);
    adopt(std::make_unique<Document>(std::move(fresh), std::filesystem::path(),
                                     assessment::RecoveryStore::new_untitled_slot()));
    show_page(Page::Setup);
    setup_->focus_first_field();
    return true;
}

bool MainFrame::start_next_round(const NextRoundChoice& choice) {
    if (!document_) return false;
    commit_pending_edits();
    // Built before this one closes (it may be saved then, or discarded).
    auto next = next_round_of(*document_, choice);
    if (!close_document()) return false;
    adopt(std::make_unique<Document>(std::move(next.assessment), std::filesystem::path(),
                                     assessment::RecoveryStore::new_untitled_slot()));
    show_page(Page::Setup);
    setup_->focus_first_field();
    if (next.migration)
        SetStatusText(wxString::Format(_("The next round starts on version %s of the framework (from %s): "
                                         "revised indicators show the earlier level as the last round's."),
                                       to_wx(next.migration->to_version), to_wx(next.migration->from_version)),
                      0);
    return true;
}

bool MainFrame::open_file(const std::filesystem::path& path) {
    if (!close_document()) return false;
    assessment::AssessmentLoadResult result;
    if (!run_reporting_failure(this, wxTRANSLATE("Opening the assessment"), [&] { result = context_.load(path); }))
        return false;
    if (!result.ok()) {
        show_load_problems(path, diagnostics_text(result.diagnostics));
        context_.settings().forget_recent_file(path);
        build_menus();
        start_->refresh();
        return false;
    }
    const bool migrated = open_migrated(path, *result.assessment);
    if (!migrated) {
        auto document = std::make_unique<Document>(std::move(*result.assessment), path, assessment::RecoveryStore::slot_for(path));
        restore_place(context_.settings(), *document);
        adopt(std::move(document));
    }
    context_.settings().note_recent_file(path);
    context_.settings().set_last_folder(path_to_wx(path.parent_path()));
    context_.settings().flush();
    build_menus();
    if (!migrated) show_page(Page::Walkthrough);
    return true;
}

void MainFrame::show_load_problems(const std::filesystem::path& path, const wxString& details) {
    wxMessageDialog dialog(this, wxString::Format(_("Socle could not open %s."), path_to_wx(path.filename())),
                           _("Open assessment"), wxOK | wxICON_ERROR);
    label_standard_buttons(dialog);
    dialog.SetExtendedMessage(details);
    dialog.ShowModal();
}

bool MainFrame::save() {
    if (!document_) return false;
    commit_pending_edits();
    if (document_->path().empty()) {
        on_save_as();
        return document_ && !document_->path().empty() && !document_->modified();
    }
    return save_as(document_->path());
}

bool MainFrame::save_as(const std::filesystem::path& path) {
    if (!document_) return false;
    commit_pending_edits();
    if (!run_reporting_failure(this, wxTRANSLATE("Saving the assessment"), [&] { document_->save_as(path); }))
        return false;
    // A clean save: whatever was autosaved is now in the file.
    discard_recovery();
    document_->set_recovery_slot(assessment::RecoveryStore::slot_for(path));
    autosaved_state_ = document_->state_id();
    remember_place(context_.settings(), document_.get());
    context_.settings().note_recent_file(path);
    context_.settings().set_last_folder(path_to_wx(path.parent_path()));
    context_.settings().flush();
    build_menus();
    update_title();
    SetStatusText(wxString::Format(_("Saved %s"), path_to_wx(path.filename())), 0);
    return true;
}

void MainFrame::on_save_as() {
    if (!document_) return;
    wxFileDialog dialog(this, _("Save assessment as"), context_.settings().last_folder(),
                        path_to_wx(suggested_file_name(*document_)),
                        _("Socle assessments (*.socle)|*.socle"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    wxFileName file(dialog.GetPath());
    if (file.GetExt().empty()) file.SetExt("socle");
    save_as(to_path(file.GetFullPath()));
}

void MainFrame::choose_and_open() {
    wxFileDialog dialog(this, _("Open assessment"), context_.settings().last_folder(), wxString(),
                        _("Socle assessments (*.socle)|*.socle|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    open_file(to_path(dialog.GetPath()));
}

bool MainFrame::ask_save_if_modified() {
    if (!document_ || !document_->modified()) return true;
    wxString name = to_wx(document_->display_name());
    if (name.empty()) name = _("Untitled assessment");
    SaveChoice choice = SaveChoice::Cancel;
    if (save_prompt_) {
        choice = save_prompt_(name);
    } else {
        wxMessageDialog dialog(this, wxString::Format(_("Save the changes to \"%s\" before closing?"), name),
                               _("Unsaved changes"), wxYES_NO | wxCANCEL | wxICON_QUESTION);
        dialog.SetYesNoCancelLabels(_("&Save"), _("&Don't save"), _("&Cancel"));
        const int answer = dialog.ShowModal();
        choice = answer == wxID_YES ? SaveChoice::Save : answer == wxID_NO ? SaveChoice::Discard : SaveChoice::Cancel;
    }
    if (choice == SaveChoice::Cancel) return false;
    if (choice == SaveChoice::Save) return save();
    return true;
}

bool MainFrame::close_document() {
    if (!document_) {
        show_page(Page::Start);
        return true;
    }
    commit_pending_edits();
    remember_place(context_.settings(), document_.get());
    if (!ask_save_if_modified()) return false;
    set_presentation_mode(false);
    stop_room_voting();
    autosave_timer_.Stop();
    discard_recovery();
    page_ = Page::Start;
    book_->ChangeSelection(0);
    destroy_document_pages();
    document_.reset();
    show_page(Page::Start);
    update_menus();
    update_title();
    update_status();
    return true;
}

void MainFrame::on_close_window(wxCloseEvent& event) {
    if (event.CanVeto() && !close_document()) {
        event.Veto();
        return;
    }
    if (!event.CanVeto() && document_) {
        remember_place(context_.settings(), document_.get());
        discard_recovery();
    }
    context_.settings().flush();
    Destroy();
}

void MainFrame::discard_recovery() {
    if (document_) context_.recovery().discard(document_->recovery_slot());
}

void MainFrame::restart_autosave_timer() {
    autosave_timer_.Stop();
    const int seconds = context_.settings().autosave_seconds();
    if (document_ && seconds > 0) autosave_timer_.Start(seconds * 1000);
}

void MainFrame::autosave_now() {
    if (!document_ || !document_->modified() || document_->state_id() == autosaved_state_) return;
    try {
        context_.recovery().write(document_->recovery_slot(), document_->assessment(), document_->path());
        autosaved_state_ = document_->state_id();
    } catch (const std::exception& error) {
        // Autosave must never interrupt the workshop: say it in the status bar.
        SetStatusText(wxString::Format(_("Autosave failed: %s"), to_wx(error.what())), 0);
    }
}

bool MainFrame::recover(const assessment::RecoveryEntry& entry) {
    if (!close_document()) return false;
    auto recovered = context_.load_recovered(entry);
    if (!recovered.ok()) {
        show_load_problems(entry.file, diagnostics_text(recovered.diagnostics));
        return false;
    }
    // On top of its saved file when that still exists (undo gives the saved
    // file back); otherwise (never saved, or its file is gone) a new document
    // with no file, still marked modified so that closing asks to save it.
    std::unique_ptr<Document> document;
    std::error_code ec;
    if (!entry.original.empty() && std::filesystem::exists(entry.original, ec)) {
        auto saved = context_.load(entry.original);
        if (saved.ok()) document = std::make_unique<Document>(std::move(*saved.assessment), entry.original, entry.slot);
    }
    if (!document) document = std::make_unique<Document>(*recovered.assessment, std::filesystem::path(), entry.slot);
    auto edit = assessment::replace_assessment(document->assessment(), std::move(*recovered.assessment),
                                               to_utf8(_("recovered changes")));
    document->apply(std::move(edit));
    adopt(std::move(document));
    show_page(Page::Walkthrough);
    return true;
}

}  // namespace socle::desktop
