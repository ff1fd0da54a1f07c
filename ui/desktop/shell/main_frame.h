#pragma once
// The one window of the app: a page book (Start, Set-up, Walkthrough,
// Dashboard), the menus, the status bar, and the life of the open document
// (new, open, save, close, autosave to the recovery folder, recovery).
// Pages that show a document are created when one is opened and destroyed
// when it is closed, so they can hold a plain Document&.
#include <filesystem>
#include <functional>
#include <optional>
#include <memory>
#include <string>

#include <wx/frame.h>
#include <wx/timer.h>

#include "assessment/assessment.h"
#include "assessment/recovery.h"
#include "ui/desktop/shell/page.h"
#include "ui/desktop/shell/start_page.h"

class wxSimplebook;
class wxMenu;

namespace socle::desktop {

class AppContext;
class Document;
struct NextRoundChoice;
class StartPage;
class SetupPage;
class WalkthroughPage;
class DashboardPage;
class PresentationPage;
class SystemsPage;
class RoadmapPage;
class ComparisonPage;
class RoomVoting;
class SlideWindow;
struct RoomVotingOptions;
class TrainingPackPanel;

// The first window's size: `wanted`, made no larger than the display's work
// area (empty: unknown, `wanted` as it is).
wxSize fitted_frame_size(const wxSize& wanted, const wxRect& work_area);

// What the user chose when asked about unsaved changes.
enum class SaveChoice { Save, Discard, Cancel };

class MainFrame : public wxFrame, public StartPageHost {
public:
    explicit MainFrame(AppContext& context);
    ~MainFrame() override;

    // --- Documents (each reports problems in a dialog and returns false) ---
    bool new_assessment(const std::string& framework_id) override;
    bool open_file(const std::filesystem::path& path) override;
    // File > Start the next round, once asked (next_round.h): closes this
    // assessment (asking to save it) and opens the next round, unsaved.
    bool start_next_round(const NextRoundChoice& choice);
    // Training > New training session (training/new_training_dialog.h): a
    // team's fresh assessment of a built-in case, saved at `path` and opened
    // in training mode.
    bool new_training_session(const std::string& case_id, const std::string& lang, const std::string& team,
                              const std::filesystem::path& path);
    // File > Open: asks for a file, then opens it.
    void choose_and_open() override;
    // Saves to the document's file, or asks for one (Save As) if it has none.
    bool save();
    bool save_as(const std::filesystem::path& path);
    // Asks about unsaved changes first; false when the user cancelled.
    bool close_document();
    // Opens an autosaved assessment: on top of its saved file when that
    // still exists (undo gives the saved file back), else as a new document.
    bool recover(const assessment::RecoveryEntry& entry);
    // Writes the recovery slot now if the document changed since the last
    // autosave (the timer calls this).
    void autosave_now();

    Document* document() { return document_.get(); }
    AppContext& context() override { return context_; }

    // --- Pages ---
    void show_page(Page page);
    Page current_page() const { return page_; }
    void show_indicator(const std::string& indicator_id);
    void set_presentation_mode(bool on);
    bool presentation_mode() const { return presentation_; }
    // The presenter view's slide window (on the second screen), else null.
    SlideWindow* slide_window() { return slide_window_; }
    // Which screen the presenter view uses: by default another screen than
    // the frame's (nullopt, the usual single screen: the slide takes this
    // window). Tests set it to have the presenter view on one screen.
    using ProjectorFinder = std::function<std::optional<unsigned>(const wxWindow*)>;
    void set_projector_finder(ProjectorFinder finder) { projector_finder_ = std::move(finder); }

    StartPage* start_page() { return start_; }
    SetupPage* setup_page() { return setup_; }
    WalkthroughPage* walkthrough_page() { return walkthrough_; }
    DashboardPage* dashboard_page() { return dashboard_; }
    PresentationPage* presentation_page() { return presentation_page_; }
    ComparisonPage* comparison_page() { return comparison_; }
    SystemsPage* systems_page() { return systems_; }
    // The walkthrough's training column, while a training file is open.
    TrainingPackPanel* training_pack() { return training_pack_; }

    // --- Room voting (main_frame_room.cpp) ---
    // Starts serving the phones and shows the room beside the slide; a
    // message (and false) when the address or port cannot be used.
    bool start_room_voting(const RoomVotingOptions& options);
    void stop_room_voting();
    RoomVoting* room_voting() { return room_.get(); }

    // Interface language: applies, remembers and rebuilds every label.
    void switch_language(const wxString& code);
    void set_text_scale(double scale);

    // How the unsaved-changes question is asked (a dialog by default);
    // tests answer it themselves.
    void set_save_prompt(std::function<SaveChoice(const wxString& name)> prompt) { save_prompt_ = std::move(prompt); }
    // How the offer to migrate a file to a newer version of its framework is
    // asked (a dialog by default); tests and screenshot runs answer it
    // themselves. Gets the file name and the old and new versions; true migrates.
    using MigrationPrompt = std::function<bool(const wxString& file, const wxString& from, const wxString& to)>;
    void set_migration_prompt(MigrationPrompt prompt) { migration_prompt_ = std::move(prompt); }

    // Rebuilds the menus and the pages, e.g. after a language change.
    void rebuild_interface();
    // Called after every change of the document.
    void document_changed();

private:
    void build_menus();
    wxMenu* build_file_menu();
    wxMenu* build_edit_menu();
    wxMenu* build_view_menu();
    wxMenu* build_language_menu();
    wxMenu* build_help_menu();
    wxMenu* build_training_menu();
    void bind_training_commands();
    void bind_commands();
    void update_menus();
    void update_title();
    void update_status();
    void refresh_visible_page();

    void create_document_pages();
    void destroy_document_pages();
    // The walkthrough's indicator list and facilitator's notes, as the
    // settings say, or by the screen the first time (main_frame_walkthrough.cpp).
    void apply_walkthrough_layout();
    void show_indicator_list(bool shown);
    void show_facilitator_notes(bool shown);
    void adopt(std::unique_ptr<Document> document);
    // Commits what a text field is still holding (before save, undo, ...).
    void commit_pending_edits();
    bool ask_save_if_modified();
    void discard_recovery();
    void restart_autosave_timer();
    // When `old`'s framework has a newer built-in version, offers to migrate
    // it; on yes, shows the report and opens the result as a new, unsaved
    // document. False when nothing was migrated (open `old` as it is).
    bool open_migrated(const std::filesystem::path& path, const assessment::Assessment& old);
    void show_load_problems(const std::filesystem::path& path, const wxString& details);
    // View > Room voting: asks for the network, or stops the room.
    void on_room_voting_command();

    void on_save_as();
    void on_close_window(wxCloseEvent& event);
    void on_char_hook(wxKeyEvent& event);
    // Presentation mode keeps the walkthrough's keys: digits vote, arrows
    // and Page keys move. True when the key was used.
    bool presentation_key(const wxKeyEvent& event);
    bool set_presenter_view(bool on);
    bool presentation_text_size_key(const wxKeyEvent& event);

    AppContext& context_;
    std::unique_ptr<Document> document_;
    wxSimplebook* book_ = nullptr;
    StartPage* start_ = nullptr;
    SetupPage* setup_ = nullptr;
    WalkthroughPage* walkthrough_ = nullptr;
    DashboardPage* dashboard_ = nullptr;
    PresentationPage* presentation_page_ = nullptr;
    // Outlives the pages (a language change rebuilds them), not the document.
    std::unique_ptr<RoomVoting> room_;
    SystemsPage* systems_ = nullptr;
    RoadmapPage* roadmap_ = nullptr;
    TrainingPackPanel* training_pack_ = nullptr;
    // Not a document page: it stays (second in the book) while documents come and go.
    ComparisonPage* comparison_ = nullptr;
    Page page_ = Page::Start;
    bool presentation_ = false;
    SlideWindow* slide_window_ = nullptr;
    ProjectorFinder projector_finder_;
    bool agreeing_ = false;  // presentation mode: `a` pressed, the next key is the agreed level
    wxTimer autosave_timer_;
    std::uint64_t autosaved_state_ = 0;
    std::string session_language_;  // of the document, when the pages were built
    std::function<SaveChoice(const wxString&)> save_prompt_;
    MigrationPrompt migration_prompt_;
    wxMenu* recent_menu_ = nullptr;
};

}  // namespace socle::desktop
