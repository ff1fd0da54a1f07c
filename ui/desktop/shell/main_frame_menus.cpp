// The main frame's menus and keyboard: what each command does is in
// main_frame.cpp (pages) and main_frame_files.cpp (documents).
#include <optional>

#include <wx/menu.h>
#include <wx/msgdlg.h>

#include "ui/desktop/services/app_context.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/error_report.h"
#include "ui/desktop/exporting/export_actions.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/shell/glossary_dialog.h"
#include "ui/desktop/shell/main_frame.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/shell/next_round.h"
#include "ui/desktop/dashboard/presentation_page.h"
#include "ui/desktop/dashboard/rationale_dialog.h"
#include "ui/desktop/dashboard/room_voting.h"
#include "ui/desktop/services/samples.h"
#include "ui/desktop/systems/systems_page.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/workshop/field_import.h"
#include "ui/desktop/workshop/walkthrough_page.h"

namespace socle::desktop {

namespace {
constexpr double kTextStep = 1.15;
}

wxMenu* MainFrame::build_file_menu() {
    auto* menu = new wxMenu;
    menu->Append(wxID_NEW, _("&New assessment...\tCtrl+N"), _("Go to the start page to create an assessment"));
    menu->Append(wxID_OPEN, _("&Open...\tCtrl+O"), _("Open a .socle file"));
    recent_menu_ = new wxMenu;
    const auto recent = context_.settings().recent_files();
    for (std::size_t i = 0; i < recent.size() && ids::RecentFirst + static_cast<int>(i) <= ids::RecentLast; ++i)
        recent_menu_->Append(ids::RecentFirst + static_cast<int>(i),
                             wxString::Format("&%d %s", static_cast<int>(i + 1), path_to_wx(recent[i].filename())),
                             path_to_wx(recent[i]));
    if (recent.empty()) recent_menu_->Append(wxID_ANY, _("(no recent files)"))->Enable(false);
    menu->AppendSubMenu(recent_menu_, _("Open &recent"));
    auto* samples_menu = new wxMenu;
    const auto samples = find_samples();
    for (std::size_t i = 0; i < samples.size() && ids::SampleFirst + static_cast<int>(i) <= ids::SampleLast; ++i)
        samples_menu->Append(ids::SampleFirst + static_cast<int>(i), path_to_wx(samples[i].stem()), path_to_wx(samples[i]));
    if (samples.empty()) samples_menu->Append(wxID_ANY, _("(no samples found)"))->Enable(false);
    menu->AppendSubMenu(samples_menu, _("Open &sample"));
    menu->AppendSeparator();
    menu->Append(wxID_SAVE, _("&Save\tCtrl+S"));
    menu->Append(wxID_SAVEAS, _("Save &As...\tCtrl+Shift+S"));
    menu->AppendSeparator();
    menu->Append(ids::ImportFieldSubmissions, _("&Import field submissions..."),
                 _("Take in votes from a KoboToolbox or ODK export, or typed-in paper sheets (CSV)"));
    menu->Append(ids::StartNextRound, _("Start the &next round..."),
                 _("A follow-up from this assessment: the set-up carries over, every indicator is to re-examine"));
    menu->AppendSeparator();
    menu->Append(ids::ExportWorkbook, _("&Export workbook (xlsx)...\tCtrl+E"), _("Write the results as an Excel workbook"));
    menu->Append(ids::ExportReport, _("Export &report (Word)..."),
                 _("Write the report to read, edit and sign, in the session's language"));
    menu->Append(ids::ExportCsv, _("Export C&SV tables..."), _("Write the results as CSV tables in a folder"));
    auto* systems_menu = new wxMenu;
    systems_menu->Append(ids::ImportSystemsCsv, _("&Import systems and flows (CSV)..."));
    systems_menu->Append(ids::ExportSystemsCsv, _("&Export systems and flows (CSV)..."));
    systems_menu->AppendSeparator();
    systems_menu->Append(ids::ExportMapPng, _("Export the map as &PNG..."));
    systems_menu->Append(ids::ExportMapSvg, _("Export the map as &SVG..."));
    systems_menu->Append(ids::ExportMapDot, _("Export the map as &DOT (Graphviz)..."));
    menu->AppendSubMenu(systems_menu, _("System &map"));
    menu->AppendSeparator();
    menu->Append(wxID_CLOSE, _("&Close\tCtrl+W"));
    menu->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    return menu;
}

wxMenu* MainFrame::build_edit_menu() {
    auto* menu = new wxMenu;
    menu->Append(wxID_UNDO, _("&Undo\tCtrl+Z"));
    menu->Append(wxID_REDO, _("&Redo\tCtrl+Y"));
    return menu;
}

wxMenu* MainFrame::build_view_menu() {
    auto* menu = new wxMenu;
    menu->Append(ids::PageStart, _("S&tart page\tCtrl+1"));
    menu->Append(ids::PageSetup, _("Set-&up\tCtrl+2"));
    menu->Append(ids::PageWalkthrough, _("&Walkthrough\tCtrl+3"));
    menu->Append(ids::PageDashboard, _("&Dashboard\tCtrl+4"));
    menu->Append(ids::PageSystems, _("System &map\tCtrl+5"));
    menu->Append(ids::PageRoadmap, _("&Roadmap\tCtrl+7"));
    menu->Append(ids::PageCompare, _("&Compare assessments...\tCtrl+6"),
                 _("Set several assessments side by side, or follow one team over rounds"));
    menu->AppendSeparator();
    menu->Append(ids::NextIndicator, _("&Next indicator\tCtrl+PgDn"));
    menu->Append(ids::PreviousIndicator, _("&Previous indicator\tCtrl+PgUp"));
    menu->AppendCheckItem(ids::IndicatorList, _("&Indicator list\tF9"), _("Show or hide the walkthrough's list of indicators"));
    menu->AppendCheckItem(ids::FacilitatorNotes, _("&Facilitator's notes\tF8"),
                          _("Show or hide the guidance, the evidence to look for and the sources beside each indicator"));
    menu->AppendSeparator();
    menu->Append(ids::Presentation, _("&Presentation mode\tF5"));
    menu->Append(ids::RoomVoting, room_ ? _("Stop room &voting") : _("Room &voting from phones..."),
                 _("Participants vote from their phones on this computer's network, with no internet"));
    menu->AppendSeparator();
    menu->Append(ids::TextLarger, _("&Larger text\tCtrl+="));
    menu->Append(ids::TextSmaller, _("S&maller text\tCtrl+-"));
    menu->Append(ids::TextReset, _("&Normal text size\tCtrl+0"));
    return menu;
}

wxMenu* MainFrame::build_language_menu() {
    auto* menu = new wxMenu;
    const auto& languages = interface_languages();
    for (std::size_t i = 0; i < languages.size(); ++i) {
        auto* item = menu->AppendRadioItem(ids::LanguageFirst + static_cast<int>(i), languages[i].native_name);
        item->Check(languages[i].code == current_interface_language());
    }
    return menu;
}

wxMenu* MainFrame::build_help_menu() {
    auto* menu = new wxMenu;
    menu->Append(ids::Glossary, _("&Glossary..."), _("The field's terms in every language Socle speaks"));
    return menu;
}

void MainFrame::build_menus() {
    auto* bar = new wxMenuBar;
    bar->Append(build_file_menu(), _("&File"));
    bar->Append(build_edit_menu(), _("&Edit"));
    bar->Append(build_view_menu(), _("&View"));
    // The language menu keeps its English name too, so that someone who
    // cannot read the current language still finds it.
    const wxString language = _("&Language");
    bar->Append(build_language_menu(), language == "&Language" ? language : language + " (Language)");
    bar->Append(build_training_menu(), _("&Training"));
    bar->Append(build_help_menu(), _("&Help"));
    auto* old = GetMenuBar();
    SetMenuBar(bar);
    delete old;
    update_menus();
}

void MainFrame::bind_commands() {
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { close_document(); }, wxID_NEW);
    // Commands that touch files: a failure is reported with the file's name
    // and the document stays open (error_report.h).
    const auto bind_file_command = [this](int id, const char* what, std::function<void()> run) {
        Bind(wxEVT_MENU, [this, what, run = std::move(run)](wxCommandEvent&) { run_reporting_failure(this, what, run); },
             id);
    };
    bind_file_command(wxID_OPEN, wxTRANSLATE("Opening the assessment"), [this] { choose_and_open(); });
    bind_file_command(wxID_SAVE, wxTRANSLATE("Saving the assessment"), [this] { save(); });
    bind_file_command(wxID_SAVEAS, wxTRANSLATE("Saving the assessment"), [this] { on_save_as(); });
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { close_document(); }, wxID_CLOSE);
    bind_training_commands();
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        GlossaryDialog dialog(this, frameworks::builtin_glossary());
        dialog.ShowModal();
    }, ids::Glossary);
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        const auto recent = context_.settings().recent_files();
        const auto index = static_cast<std::size_t>(event.GetId() - ids::RecentFirst);
        if (index < recent.size() && close_document()) open_file(recent[index]);
    }, ids::RecentFirst, ids::RecentLast);
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        const auto samples = find_samples();
        const auto index = static_cast<std::size_t>(event.GetId() - ids::SampleFirst);
        if (index < samples.size() && close_document()) open_file(samples[index]);
    }, ids::SampleFirst, ids::SampleLast);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (!document_) return;
        commit_pending_edits();
        document_->undo();
    }, wxID_UNDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (!document_) return;
        commit_pending_edits();
        document_->redo();
    }, wxID_REDO);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::Start); }, ids::PageStart);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::Setup); }, ids::PageSetup);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::Walkthrough); }, ids::PageWalkthrough);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::Dashboard); }, ids::PageDashboard);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::Systems); }, ids::PageSystems);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::Roadmap); }, ids::PageRoadmap);
    // The system map's files: the page does the work (and exports the map as it shows it).
    bind_file_command(ids::ImportSystemsCsv, wxTRANSLATE("Importing the system map"),
                      [this] { if (systems_) systems_->import_csv(); });
    bind_file_command(ids::ExportSystemsCsv, wxTRANSLATE("Exporting the system map"),
                      [this] { if (systems_) systems_->export_csv(); });
    for (const auto& [id, format] : {std::pair{int(ids::ExportMapPng), "png"}, std::pair{int(ids::ExportMapSvg), "svg"},
                                     std::pair{int(ids::ExportMapDot), "dot"}})
        bind_file_command(id, wxTRANSLATE("Exporting the system map"),
                          [this, format = format] { if (systems_) systems_->export_map(format); });
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_page(Page::Compare); }, ids::PageCompare);
    bind_file_command(ids::ExportWorkbook, wxTRANSLATE("Exporting the workbook"), [this] {
        if (!document_) return;
        commit_pending_edits();
        export_workbook_interactively(this, *document_, context_.settings());
    });
    bind_file_command(ids::ExportReport, wxTRANSLATE("Exporting the report"), [this] {
        if (!document_) return;
        commit_pending_edits();
        export_report_interactively(this, *document_, context_.settings());
    });
    bind_file_command(ids::ExportCsv, wxTRANSLATE("Exporting the CSV tables"), [this] {
        if (!document_) return;
        commit_pending_edits();
        export_csv_interactively(this, *document_, context_.settings());
    });
    // Failures are reported inside (the file's problems, or a read error).
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (!document_) return;
        commit_pending_edits();
        import_field_file_interactively(this, *document_);
    }, ids::ImportFieldSubmissions);
    bind_file_command(ids::StartNextRound, wxTRANSLATE("Starting the next round"), [this] {
        if (!document_) return;
        commit_pending_edits();
        if (const auto choice = ask_next_round(this, *document_)) start_next_round(*choice);
    });
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { set_presentation_mode(!presentation_); }, ids::Presentation);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_room_voting_command(); }, ids::RoomVoting);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { if (walkthrough_) walkthrough_->step(+1); }, ids::NextIndicator);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { if (walkthrough_) walkthrough_->step(-1); }, ids::PreviousIndicator);
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) { show_indicator_list(event.IsChecked()); }, ids::IndicatorList);
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) { show_facilitator_notes(event.IsChecked()); }, ids::FacilitatorNotes);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { set_text_scale(theme::text_scale() * kTextStep); }, ids::TextLarger);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { set_text_scale(theme::text_scale() / kTextStep); }, ids::TextSmaller);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { set_text_scale(1.0); }, ids::TextReset);
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        const auto& languages = interface_languages();
        const auto index = static_cast<std::size_t>(event.GetId() - ids::LanguageFirst);
        // Rebuilding the menu bar from inside its own handler is not safe
        // on every platform: do it once the menu has closed.
        if (index < languages.size()) CallAfter([this, code = languages[index].code] { switch_language(code); });
    }, ids::LanguageFirst, ids::LanguageLast);
}

void MainFrame::update_menus() {
    auto* bar = GetMenuBar();
    if (!bar) return;
    const bool open = document_ != nullptr;
    for (int id : {static_cast<int>(wxID_SAVE), static_cast<int>(wxID_SAVEAS), static_cast<int>(wxID_CLOSE),
                   static_cast<int>(ids::PageSetup), static_cast<int>(ids::PageWalkthrough),
                   static_cast<int>(ids::PageDashboard), static_cast<int>(ids::PageSystems),
                   static_cast<int>(ids::PageRoadmap), static_cast<int>(ids::ImportSystemsCsv),
                   static_cast<int>(ids::ExportSystemsCsv), static_cast<int>(ids::ExportMapPng),
                   static_cast<int>(ids::ExportMapSvg), static_cast<int>(ids::ExportMapDot),
                   static_cast<int>(ids::ExportWorkbook), static_cast<int>(ids::ExportCsv),
                   static_cast<int>(ids::ExportReport), static_cast<int>(ids::ImportFieldSubmissions), static_cast<int>(ids::StartNextRound),
                   static_cast<int>(ids::NextIndicator), static_cast<int>(ids::PreviousIndicator),
                   static_cast<int>(ids::IndicatorList), static_cast<int>(ids::FacilitatorNotes),
                   static_cast<int>(ids::Presentation), static_cast<int>(ids::RoomVoting)})
        bar->Enable(id, open);
    bar->Enable(wxID_SAVE, open && (document_->modified() || document_->path().empty()));

    const bool can_undo = open && document_->can_undo();
    const bool can_redo = open && document_->can_redo();
    bar->Enable(wxID_UNDO, can_undo);
    bar->Enable(wxID_REDO, can_redo);
    bar->SetLabel(wxID_UNDO, can_undo ? wxString::Format(_("&Undo %s\tCtrl+Z"), to_wx(document_->undo_description()))
                                      : _("&Undo\tCtrl+Z"));
    bar->SetLabel(wxID_REDO, can_redo ? wxString::Format(_("&Redo %s\tCtrl+Y"), to_wx(document_->redo_description()))
                                      : _("&Redo\tCtrl+Y"));
    bar->SetLabel(ids::RoomVoting, room_ ? _("Stop room &voting") : _("Room &voting from phones..."));
    if (walkthrough_) {
        bar->Check(ids::IndicatorList, walkthrough_->navigator_shown());
        bar->Check(ids::FacilitatorNotes, walkthrough_->indicator_panel()->notes_shown());
    }
}

void MainFrame::on_char_hook(wxKeyEvent& event) {
    // Esc leaves presentation mode wherever the focus is.
    if (presentation_ && event.GetKeyCode() == WXK_ESCAPE) {
        set_presentation_mode(false);
        return;
    }
    // In the presenter view the laptop shows the walkthrough: its own keys.
    if (presentation_ && !slide_window_ && (presentation_text_size_key(event) || presentation_key(event))) return;
    event.Skip();
}

// Full screen hides the menu bar, and with it the accelerators on some
// systems: the text size keys are read here, and the rebuild they cause
// stays in presentation mode.
bool MainFrame::presentation_text_size_key(const wxKeyEvent& event) {
    if (event.GetModifiers() != wxMOD_CONTROL) return false;
    double scale = 0;
    switch (event.GetKeyCode()) {
        case '=': case '+': case WXK_NUMPAD_ADD: scale = theme::text_scale() * kTextStep; break;
        case '-': case WXK_NUMPAD_SUBTRACT: scale = theme::text_scale() / kTextStep; break;
        case '0': case WXK_NUMPAD0: scale = 1.0; break;
        default: return false;
    }
    // The rebuild destroys the focused page: not while its key event is handled.
    CallAfter([this, scale] { set_text_scale(scale); });
    return true;
}

namespace {
// The vote a key stands for on the slide: a level's digit, N or U; Delete
// clears (vote left empty). False for other keys. (An out-parameter, not a
// nested optional, which GCC's -O2 flow analysis reports as uninitialised.)
bool vote_of_key(int key, std::optional<assessment::Vote>& vote) {
    vote.reset();
    if (key >= '1' && key <= '9') vote = assessment::Vote::at(key - '0');
    else if (key >= WXK_NUMPAD1 && key <= WXK_NUMPAD9) vote = assessment::Vote::at(key - WXK_NUMPAD0);
    else if (key == 'N') vote = assessment::Vote::not_applicable();
    else if (key == 'U') vote = assessment::Vote::unknown();
    else if (key != WXK_DELETE && key != WXK_BACK) return false;
    return true;
}
}  // namespace

bool MainFrame::presentation_key(const wxKeyEvent& event) {
    if (!walkthrough_ || event.HasAnyModifiers()) return false;
    const int key = event.GetKeyCode();
    auto* indicator = walkthrough_->indicator_panel();
    std::optional<assessment::Vote> vote;
    const bool is_vote_key = vote_of_key(key, vote);
    if (agreeing_) {
        // `a` was pressed: this key is the agreed level, or cancels.
        agreeing_ = false;
        presentation_page_->set_prompt({});
        if (is_vote_key) indicator->record_agreed(vote);
        return true;
    }
    switch (key) {
        case WXK_RIGHT: case WXK_DOWN: case WXK_PAGEDOWN: case WXK_SPACE:
        case WXK_NUMPAD_RIGHT: case WXK_NUMPAD_DOWN: case WXK_NUMPAD_PAGEDOWN:
            walkthrough_->move(+1);
            break;
        case WXK_LEFT: case WXK_UP: case WXK_PAGEUP: case WXK_NUMPAD_LEFT: case WXK_NUMPAD_UP: case WXK_NUMPAD_PAGEUP:
            walkthrough_->move(-1);
            break;
        case 'A':
            agreeing_ = true;
            presentation_page_->set_prompt(
                _("Agreed level: press its number, N for not applicable, U for unknown or Delete to clear; any other key cancels."));
            return true;
        case 'R':
            if (const auto rationale = ask_rationale(this, wxString::Format(_("Indicator %s"), to_wx(indicator->shown())),
                                                     document_->assessment().response(indicator->shown()).rationale))
                indicator->record_rationale(*rationale);
            break;
        case 'V':
            if (!room_) return false;
            room_->toggle_voting();
            break;
        default:
            if (!is_vote_key) return false;
            indicator->record(vote);
    }
    presentation_page_->refresh();
    return true;
}

}  // namespace socle::desktop
