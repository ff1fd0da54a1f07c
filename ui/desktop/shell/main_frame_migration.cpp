// Opening a file made with an older version of its framework: the offer to
// move it to the newest built-in version through the crosswalk, the
// migration report, and the migrated assessment as a new, unsaved document
// (the old file is never overwritten: Save asks for a new name).
#include <memory>
#include <optional>

#include <wx/msgdlg.h>

#include "assessment/migrate.h"
#include "frameworks/crosswalk.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/app_context.h"
#include "ui/desktop/services/error_report.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/shell/main_frame.h"
#include "ui/desktop/shell/migration_report_dialog.h"

namespace socle::desktop {

bool MainFrame::open_migrated(const std::filesystem::path& path, const assessment::Assessment& old) {
    const auto& from = old.framework();
    const auto crosswalks = frameworks::builtin_crosswalks();
    const auto upgrade = frameworks::find_upgrade(context_.catalog(), crosswalks, from.id, from.version);
    if (!upgrade) return false;
    const wxString file = path_to_wx(path.filename());
    const wxString id = to_wx(from.id);
    const wxString old_version = to_wx(from.version);
    const wxString new_version = to_wx(upgrade->target->version);
    bool migrate = false;
    if (migration_prompt_) {
        migrate = migration_prompt_(file, old_version, new_version);
    } else {
        wxMessageDialog dialog(
            this,
            wxString::Format(_("%s was made with %s %s. Version %s is built in. Move a copy of the assessment to %s?"),
                             file, id, old_version, new_version, new_version),
            _("Newer framework"), wxYES_NO | wxICON_QUESTION);
        dialog.SetExtendedMessage(
            _("Kept indicators keep their votes and notes; revised, split and merged ones carry the old agreed level "
              "as a provisional value to re-examine; new ones start unanswered. The copy opens as a new, unsaved "
              "document and the original file is not changed. Choose \"Open as it is\" to keep working in the old "
              "version."));
        dialog.SetYesNoLabels(_("&Migrate a copy"), _("&Open as it is"));
        migrate = dialog.ShowModal() == wxID_YES;
    }
    if (!migrate) return false;

    std::optional<assessment::Migration> migration;
    if (!run_reporting_failure(this, wxTRANSLATE("Migrating the assessment"), [&] {
            migration = assessment::migrate_assessment(
                old, std::make_shared<const frameworks::Framework>(*upgrade->target), *upgrade->crosswalk);
        }))
        return false;
    const wxString summary = wxString::Format(
        _("%s now follows %s %s instead of %s. It is a new document that no file holds yet: save it under a new "
          "name. %s is not changed."),
        file, id, new_version, old_version, file);
    MigrationReportDialog report(this, summary, to_wx(assessment::migration_report_text(*migration)));
    report.ShowModal();

    auto document = std::make_unique<Document>(std::move(migration->assessment), std::filesystem::path(),
                                               assessment::RecoveryStore::new_untitled_slot());
    document->mark_unsaved();
    adopt(std::move(document));
    show_page(Page::Walkthrough);
    SetStatusText(wxString::Format(_("Migrated %s to %s %s: not saved yet"), file, id, new_version), 0);
    return true;
}

}  // namespace socle::desktop
