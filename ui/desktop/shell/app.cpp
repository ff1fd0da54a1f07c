#include "ui/desktop/shell/app.h"

#include <wx/config.h>
#include <wx/filename.h>
#include <wx/image.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "assessment/recovery.h"
#include "common/error.h"
#include "common/user_paths.h"
#include "ui/desktop/services/app_context.h"
#include "ui/desktop/services/error_report.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/shell/main_frame.h"
#include "ui/desktop/shell/screenshot.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

SocleApp::SocleApp() = default;
SocleApp::~SocleApp() = default;

bool SocleApp::OnInit() {
    SetAppName("socle");
    SetVendorName("Socle");
    SetAppDisplayName("Socle");
#if defined(__UNIX__) && !defined(__WXOSX__)
    // ~/.config/socle.conf rather than ~/.socle.
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
#endif
    wxInitAllImageHandlers();
    // A first run may find no config folder yet: wxFileConfig cannot save then.
    const wxString config_dir = wxStandardPaths::Get().GetUserConfigDir();
    if (!wxFileName::DirExists(config_dir)) wxFileName::Mkdir(config_dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);

    // Parsed before any translation is loaded: the usage text is English.
    auto options = parse_command_line(argc, argv, exit_code_);
    if (!options) {
        // Leave through the main loop, so the exit code is ours (returning
        // false from OnInit always exits with -1).
        CallAfter([this] { ExitMainLoop(); });
        return true;
    }
    options_ = *options;

    auto* config = wxConfigBase::Get();  // created on first use, deleted by wx at exit
    context_ = std::make_unique<AppContext>(*config, assessment::RecoveryStore::default_dir(),
                                            common::user_frameworks_dir());
    add_catalog_search_paths();
    // --lang is for this run only; the Language menu remembers a choice.
    apply_interface_language(options_.language.empty() ? context_->settings().language() : options_.language);

    frame_ = new MainFrame(*context_);
    if (!options_.screenshot.empty()) {
        frame_->SetPosition(wxPoint(0, 0));
        frame_->SetSize(options_.size);
    } else {
        frame_->Centre();
    }
    frame_->Show();
    SetTopWindow(frame_);

    if (!options_.screenshot.empty()) {
        // No window may wait for a click: messages go to stderr.
        delete wxLog::SetActiveTarget(new wxLogStderr);
        // Nor may the offer to migrate an older file: it opens as it is.
        frame_->set_migration_prompt([](const wxString&, const wxString&, const wxString&) { return false; });
        // Opened from the running loop, once the frame is on screen: GTK's
        // text views must be realised before their text is set twice.
        CallAfter([this] {
            open_requested();
            take_screenshot_and_exit();
        });
        return true;
    }
    CallAfter([this] {
        offer_recovery();
        if (!frame_->document()) open_requested();
    });
    return true;
}

int SocleApp::OnRun() {
    const int code = wxApp::OnRun();
    return exit_code_ != 0 ? exit_code_ : code;
}

int SocleApp::OnExit() {
    if (context_) context_->settings().flush();
    return wxApp::OnExit();
}

bool SocleApp::OnExceptionInMainLoop() {
    report_current_exception(frame_, _("The last command"), !options_.screenshot.empty());
    return true;
}

void SocleApp::OnUnhandledException() {
    report_current_exception(frame_, _("Socle"), !options_.screenshot.empty());
}

void SocleApp::open_requested() {
    if (!options_.file.empty()) frame_->open_file(options_.file);
    if (!options_.indicator.empty()) frame_->show_indicator(options_.indicator);
    if (options_.page) frame_->show_page(*options_.page);
}

void SocleApp::offer_recovery() {
    for (const auto& entry : context_->recovery().entries()) {
        const wxString name = !entry.title.empty()       ? to_wx(entry.title)
                              : !entry.original.empty() ? path_to_wx(entry.original.filename())
                                                        : _("Untitled assessment");
        wxMessageDialog dialog(frame_,
                               wxString::Format(_("Socle stopped before \"%s\" was saved. Recover the changes "
                                                  "autosaved at %s (UTC)?"),
                                                name, to_wx(entry.saved_at)),
                               _("Recover unsaved changes"), wxYES_NO | wxCANCEL | wxICON_QUESTION);
        dialog.SetYesNoCancelLabels(_("&Recover"), _("&Discard"), _("Decide &later"));
        const int answer = dialog.ShowModal();
        if (answer == wxID_YES) {
            if (frame_->recover(entry)) return;  // one document at a time; the rest waits
        } else if (answer == wxID_NO) {
            context_->recovery().discard(entry.slot);
        }
    }
}

void SocleApp::take_screenshot_and_exit() {
    // The pointer to a corner without tooltips: one popped up under it (at
    // the screen's centre) would cover the picture.
    frame_->WarpPointer(frame_->FromDIP(4), frame_->FromDIP(4));
    // Let layouts settle and every control paint before taking the picture.
    for (int i = 0; i < 30; ++i) {
        Yield(true);
        wxMilliSleep(20);
    }
    frame_->Refresh();
    frame_->Update();
    for (int i = 0; i < 10; ++i) {
        Yield(true);
        wxMilliSleep(20);
    }
    if (!run_reporting_failure(frame_, wxTRANSLATE("Saving the screenshot"),
                               [this] { save_screenshot(frame_, options_.screenshot); }, true))
        exit_code_ = 1;
    // Nothing was edited, but make sure no prompt can stop the exit.
    frame_->set_save_prompt([](const wxString&) { return SaveChoice::Discard; });
    frame_->Close(true);
}

}  // namespace socle::desktop
