// The live room's focus, with real key events through the real main frame:
// a new assessment types into its title, "Start the walkthrough" lands in
// the votes list, Page Down keeps the focus there, vote keys pressed in the
// navigator act on the shown indicator's votes list, the focused list wears
// a thick frame and "Voting for: NAME" follows the selection; a reopened
// file returns to the indicator where the team stopped; the first window
// fits a projector's screen; and a whole Quick Scan run in Russian on a
// projector's 1024x768, from the start page to the saved file.
#include <doctest/doctest.h>

#include <algorithm>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/display.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

#include "tests/gui/shell_fixtures.h"
#include "assessment/assessment_io.h"
#include "assessment/edits.h"
#include "ui/desktop/dashboard/dashboard_page.h"
#include "ui/desktop/dashboard/presentation_page.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/shell/start_page.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/focus_frame.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/widgets/wrapped_text.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/navigator.h"
#include "ui/desktop/workshop/participants_panel.h"
#include "ui/desktop/workshop/setup_page.h"
#include "ui/desktop/workshop/votes_grid.h"
#include "ui/desktop/workshop/walkthrough_page.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

bool is_within(const wxWindow* window, const wxWindow* ancestor) {
    for (; window; window = window->GetParent())
        if (window == ancestor) return true;
    return false;
}

bool focus_in(wxWindow* window) { return is_within(wxWindow::FindFocus(), window); }

desktop::VotesGrid* votes(desktop::MainFrame* frame) { return frame->walkthrough_page()->indicator_panel()->votes(); }

std::string voting_for(desktop::MainFrame* frame) { return desktop::to_utf8(votes(frame)->voting_for()->text()); }

std::optional<assessment::Vote> vote_of(desktop::MainFrame* frame, const std::string& indicator,
                                        const std::string& participant) {
    const auto& all = frame->document()->assessment().response(indicator).votes;
    const auto found = all.find(participant);
    if (found == all.end()) return std::nullopt;
    return found->second;
}

// Adds a named participant with the Insert key in the participants list and the dialog.
void insert_participant(desktop::MainFrame* frame, const std::string& name) {
    auto* list = frame->setup_page()->participants()->list();
    list->SetFocus();
    pump(30);
    const bool opened = with_modal_dialog([] { press_key(WXK_INSERT); }, [&](wxDialog& dialog) {
        // The field is named in the interface's language (screen readers read it).
        auto* field = find_child<wxTextCtrl>(&dialog, wxGetTranslation("Name"));
        REQUIRE(field);
        field->SetFocus();
        pump(30);
        type_text(name);
        press_button(dialog, wxID_OK);
    });
    REQUIRE(opened);
}

// A new Quick Scan from the start page's button, with these participants.
void new_quick_scan(desktop::MainFrame* frame, const std::vector<std::string>& names) {
    click(frame->start_page()->create_button());
    pump(200);
    REQUIRE(frame->document());
    REQUIRE(frame->current_page() == desktop::Page::Setup);
    for (const auto& name : names) insert_participant(frame, name);
    REQUIRE(frame->document()->assessment().participants.size() == names.size());
}

// The same, then on to the walkthrough with "Start the walkthrough".
void walk_quick_scan(desktop::MainFrame* frame, const std::vector<std::string>& names) {
    new_quick_scan(frame, names);
    click(frame->setup_page()->start_button());
    pump(100);
}

// Whether the pixels just inside `frame`'s left edge, at its top, are the
// accent colour (only the top: the list may reach below the window's fold).
bool border_drawn(desktop::FocusFrame* frame, const std::string& name) {
    const wxImage image = capture(frame);
    keep_image(image, name);
    const wxRect corner(0, 0, frame->FromDIP(desktop::FocusFrame::border_width_dip()), std::min(40, image.GetHeight()));
    return pixels_unlike(image, corner, desktop::theme::accent(), 30) == 0;
}

}  // namespace

TEST_CASE("a new assessment types into its title, and Start the walkthrough lands in the votes list") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    click(frame->start_page()->create_button());
    pump(200);
    REQUIRE(frame->current_page() == desktop::Page::Setup);
    CHECK(wxWindow::FindFocus() == frame->setup_page()->title_field());
    type_text("Baseline");
    frame->setup_page()->commit_pending();
    CHECK(frame->document()->assessment().metadata.title == "Baseline");

    // The participants list names its keys, and Insert adds one.
    const std::string hint = desktop::to_utf8(frame->setup_page()->participants()->keys_hint()->text());
    CHECK(hint.find("Insert") != std::string::npos);
    insert_participant(frame, "Aigul");
    CHECK(frame->document()->assessment().participants.front().name == "Aigul");

    auto* start = frame->setup_page()->start_button();
    REQUIRE(start);
    CHECK(start->IsShownOnScreen());
    CHECK(desktop::to_utf8(start->GetLabelText()) == "Start the walkthrough");
    click(start);
    pump(100);
    CHECK(frame->current_page() == desktop::Page::Walkthrough);
    CHECK(focus_in(votes(frame)->list()));
    press_key('3');
    CHECK(vote_of(frame, "Q1.1", frame->document()->assessment().participants.front().id) == assessment::Vote::at(3));
}

TEST_CASE("Page Down keeps the focus in the votes list, the focused list is framed, Voting for follows") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    walk_quick_scan(frame, {"Aigul", "Bakhrom"});
    auto* navigator = frame->walkthrough_page()->navigator();

    // The focus in the navigator: its frame shows, the votes list's does not.
    navigator->tree()->SetFocus();
    pump(100);
    CHECK(navigator->focus_frame()->marked());
    CHECK_FALSE(votes(frame)->focus_frame()->marked());
    CHECK(border_drawn(navigator->focus_frame(), "focus-navigator-marked.png"));
    CHECK_FALSE(border_drawn(votes(frame)->focus_frame(), "focus-votes-unmarked.png"));

    press_key(WXK_PAGEDOWN);
    pump(100);
    CHECK(frame->document()->current_indicator() == "Q1.2");
    CHECK(focus_in(votes(frame)->list()));
    CHECK(votes(frame)->focus_frame()->marked());
    CHECK_FALSE(navigator->focus_frame()->marked());
    INFO("votes frame at " << rect_in(votes(frame)->focus_frame(), frame).x << ","
                           << rect_in(votes(frame)->focus_frame(), frame).y << " size "
                           << votes(frame)->focus_frame()->GetSize().x << "x" << votes(frame)->focus_frame()->GetSize().y);
    CHECK(border_drawn(votes(frame)->focus_frame(), "focus-votes-marked.png"));
    CHECK_FALSE(border_drawn(navigator->focus_frame(), "focus-navigator-unmarked.png"));

    // The line names whose vote the next key sets, and follows the selection.
    CHECK(voting_for(frame) == "Voting for: Aigul");
    press_key('2');
    CHECK(voting_for(frame) == "Voting for: Bakhrom");
    press_key(WXK_UP);
    pump(50);
    CHECK(voting_for(frame) == "Voting for: Aigul");

    // Ctrl+Page Down (View > Next indicator) from the navigator: focus in the votes list too.
    navigator->tree()->SetFocus();
    pump(50);
    press_key(WXK_PAGEDOWN, wxMOD_CONTROL);
    pump(100);
    CHECK(frame->document()->current_indicator() == "Q1.3");
    CHECK(focus_in(votes(frame)->list()));
}

TEST_CASE("vote keys in the navigator act on the shown indicator's votes list, which takes the focus") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    walk_quick_scan(frame, {"Aigul", "Bakhrom"});
    const auto aigul = frame->document()->assessment().participants[0].id;
    // Q1.1: Aigul 3 (what the old bug cleared); then Q1.2: Aigul 2.
    press_key('3');
    press_key(WXK_PAGEDOWN);
    pump(50);
    press_key('2');
    REQUIRE(vote_of(frame, "Q1.1", aigul) == assessment::Vote::at(3));
    REQUIRE(vote_of(frame, "Q1.2", aigul) == assessment::Vote::at(2));
    votes(frame)->select_participant(0);

    auto* tree = frame->walkthrough_page()->navigator()->tree();
    tree->SetFocus();
    pump(50);
    press_key(WXK_DELETE);
    pump(50);
    CHECK_FALSE(vote_of(frame, "Q1.2", aigul).has_value());
    CHECK(vote_of(frame, "Q1.1", aigul) == assessment::Vote::at(3));
    CHECK(frame->document()->current_indicator() == "Q1.2");
    CHECK(focus_in(votes(frame)->list()));
    CHECK_FALSE(focus_in(tree));

    // A digit from the navigator: the shown indicator, the selected participant.
    votes(frame)->select_participant(0);
    tree->SetFocus();
    pump(50);
    press_key('4');
    pump(50);
    CHECK(vote_of(frame, "Q1.2", aigul) == assessment::Vote::at(4));
    CHECK(vote_of(frame, "Q1.1", aigul) == assessment::Vote::at(3));
    CHECK(focus_in(votes(frame)->list()));
}

TEST_CASE("with nobody in the room, the line says the keys set the agreed level") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    new_quick_scan(frame, {});
    click(frame->setup_page()->start_button());
    pump(100);
    CHECK(voting_for(frame) == "Voting for: the agreed level");
    press_key('2');
    CHECK(frame->document()->assessment().response("Q1.1").agreed == assessment::Vote::at(2));
}

TEST_CASE("a reopened file returns to the indicator where the team stopped") {
    ScratchApp app;
    const auto file = app.dir() / "stopped.socle";
    {
        ShownFrame shown(app);
        auto* frame = shown.frame;
        new_quick_scan(frame, {"Aigul"});
        click(frame->setup_page()->start_button());
        pump(100);
        press_key(WXK_PAGEDOWN);
        press_key(WXK_PAGEDOWN);
        press_key(WXK_PAGEDOWN);
        pump(50);
        REQUIRE(frame->document()->current_indicator() != "Q1.1");
        REQUIRE(frame->save_as(file));
        press_key(WXK_PAGEDOWN);  // moved on after the save: closing remembers this one
        pump(50);
        const std::string stopped = frame->document()->current_indicator();
        REQUIRE(frame->close_document());
        CHECK(app.context().settings().last_indicator(file) == stopped);
    }
    const std::string stopped = app.context().settings().last_indicator(file);
    {
        ShownFrame shown(app);
        REQUIRE(shown->open_file(file));
        CHECK(shown->document()->current_indicator() == stopped);
        auto* tree = shown->walkthrough_page()->navigator()->tree();
        REQUIRE(tree->GetSelection().IsOk());
        CHECK(desktop::to_utf8(tree->GetItemText(tree->GetSelection())).rfind(stopped, 0) == 0);
        CHECK(focus_in(votes(shown.frame)->list()));
        REQUIRE(shown->close_document());
    }
    // An indicator the framework no longer has: the first one, as for a new file.
    app.context().settings().note_last_indicator(file, "Q9.9");
    ShownFrame shown(app);
    REQUIRE(shown->open_file(file));
    CHECK(shown->document()->current_indicator() == "Q1.1");
}

TEST_CASE("the first window fits the screen") {
    // A 1024x768 projector less a 30-pixel panel: the window shrinks to it.
    CHECK(desktop::fitted_frame_size(wxSize(1280, 800), wxRect(0, 30, 1024, 738)) == wxSize(1024, 738));
    CHECK(desktop::fitted_frame_size(wxSize(1280, 800), wxRect(0, 0, 1920, 1050)) == wxSize(1280, 800));
    CHECK(desktop::fitted_frame_size(wxSize(1280, 800), wxRect(0, 0, 1280, 700)) == wxSize(1280, 700));
    CHECK(desktop::fitted_frame_size(wxSize(1280, 800), wxRect()) == wxSize(1280, 800));

    // The real frame on this display (Xvfb in CI): inside its work area.
    ScratchApp app;
    auto* frame = new desktop::MainFrame(app.context());
    const wxRect area = wxDisplay(0u).GetClientArea();
    CHECK(frame->GetSize().GetWidth() <= area.GetWidth());
    CHECK(frame->GetSize().GetHeight() <= area.GetHeight());
    frame->Destroy();
    pump(50);
}

TEST_CASE("a vote that replaces another shows the old value in the list and in Edit > Undo") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    walk_quick_scan(frame, {"Aigul", "Bakhrom"});
    const auto aigul = frame->document()->assessment().participants[0].id;
    auto* list = votes(frame)->list();
    press_key('2');  // Aigul 2, Bakhrom selected
    CHECK(frame->document()->undo_description() == "vote on Q1.1");
    CHECK(desktop::to_utf8(list->GetItemText(0, 1)).find("was") == std::string::npos);

    press_key(WXK_UP);
    pump(50);
    press_key('4');  // Aigul again: 2 becomes 4
    pump(50);
    REQUIRE(vote_of(frame, "Q1.1", aigul) == assessment::Vote::at(4));
    const std::string row = desktop::to_utf8(list->GetItemText(0, 1));
    CHECK(row.starts_with("4"));
    CHECK(row.find("(was 2") != std::string::npos);
    CHECK(list->GetItemTextColour(0) == desktop::theme::accent());
    const std::string undo = frame->document()->undo_description();
    CHECK(undo.find("Aigul's vote on Q1.1: 4") != std::string::npos);
    CHECK(undo.find("was 2") != std::string::npos);

    // Delete on a vote: cleared, and said so.
    press_key(WXK_UP);
    pump(50);
    press_key(WXK_DELETE);
    pump(50);
    CHECK_FALSE(vote_of(frame, "Q1.1", aigul).has_value());
    CHECK(frame->document()->undo_description().find("cleared, was 4") != std::string::npos);
    // The first value the room had stays the one named in the list.
    CHECK(desktop::to_utf8(list->GetItemText(0, 1)).find("(was 2") != std::string::npos);

    // Undo gives the vote back, twice over.
    menu_command(frame, wxID_UNDO);
    menu_command(frame, wxID_UNDO);
    pump(50);
    CHECK(vote_of(frame, "Q1.1", aigul) == assessment::Vote::at(2));
    CHECK(desktop::to_utf8(list->GetItemText(0, 1)).find("was") == std::string::npos);

    // Another indicator starts clean.
    press_key(WXK_PAGEDOWN);
    pump(50);
    for (long i = 0; i < list->GetItemCount(); ++i)
        CHECK(desktop::to_utf8(list->GetItemText(i, 1)).find("was") == std::string::npos);
}

TEST_CASE("a whole Quick Scan in Russian at 1024x768: every indicator voted and agreed by keys, slide, dashboard, file") {
    InterfaceLanguage russian("ru");
    ScratchApp app;
    ShownFrame shown(app, wxSize(1024, 768));
    auto* frame = shown.frame;
    new_quick_scan(frame, {"Aigul", "Bakhrom"});
    // A Russian session: the framework's own text in Russian too.
    auto* document = frame->document();
    auto metadata = document->assessment().metadata;
    metadata.language = "ru";
    document->apply(assessment::edits::set_metadata(document->assessment(), metadata));
    pump(200);  // the pages are built anew in the session's language
    click(frame->setup_page()->start_button());
    pump(100);
    REQUIRE(frame->current_page() == desktop::Page::Walkthrough);
    CHECK(voting_for(frame).find("Aigul") != std::string::npos);
    CHECK(voting_for(frame).find("Voting for") == std::string::npos);

    // Each indicator: Aigul 2, Bakhrom 3, then `a` and 3 for the agreed
    // level, and Page Down to the next, the focus never leaving the votes.
    const auto& framework = document->framework();
    std::size_t indicators = 0;
    for (const auto& domain : framework.domains) indicators += domain.indicators.size();
    const auto aigul = document->assessment().participants[0].id;
    const auto bakhrom = document->assessment().participants[1].id;
    std::vector<std::string> visited;
    while (visited.size() <= indicators) {
        const std::string id = document->current_indicator();
        if (!visited.empty() && id == visited.back()) break;  // Page Down on the last one stays there
        visited.push_back(id);
        CAPTURE(id);
        REQUIRE(focus_in(votes(frame)->list()));
        press_key('2');
        press_key('3');
        press_key('A');
        press_key('3');
        CHECK(vote_of(frame, id, aigul) == assessment::Vote::at(2));
        CHECK(vote_of(frame, id, bakhrom) == assessment::Vote::at(3));
        CHECK(document->assessment().response(id).agreed == assessment::Vote::at(3));
        press_key(WXK_PAGEDOWN);
        pump(50);
    }
    CHECK(visited.size() == indicators);

    // F5: the slide of the last indicator, in Russian, the room's level 3.
    press_key(WXK_F5);
    pump(300);
    REQUIRE(frame->presentation_mode());
    auto* view = wxWindow::FindWindowByName("presentation.view", frame);
    REQUIRE(view);
    const std::string slide = folded_label(view);
    CAPTURE(slide);
    CHECK(slide.find(framework.text(framework.find_indicator(visited.back())->question, "ru")) != std::string::npos);
    CHECK(slide.find("Уровень по мнению группы: 3") != std::string::npos);
    keep_image(capture(frame->presentation_page()), "quick-scan-ru-1024x768-slide.png");
    press_key(WXK_ESCAPE);
    pump(200);
    CHECK_FALSE(frame->presentation_mode());

    // The dashboard speaks Russian and counts every indicator rated.
    frame->show_page(desktop::Page::Dashboard);
    pump(300);
    auto* heading = wxWindow::FindWindowByName("dashboard.profile.heading", frame);
    REQUIRE(heading);
    const std::string profile = folded_label(heading);
    CAPTURE(profile);
    CHECK(profile.find(std::to_string(indicators) + " из " + std::to_string(indicators)) != std::string::npos);
    keep_image(capture(frame->dashboard_page()), "quick-scan-ru-1024x768-dashboard.png");
    // Every level's count and caption, and the figures' row, in the width
    // (the fifth level's caption and the explain button were cut).
    const wxRect page = frame->dashboard_page()->GetScreenRect();
    std::vector<std::string> names;
    for (int at = 1; at <= framework.level_count(); ++at)
        names.push_back("dashboard.profile.level." + std::to_string(at) + ".caption");
    for (const char* figure : {"level", "stage", "index", "completeness", "disagreements"})
        names.push_back(std::string("dashboard.overall.") + figure + ".caption");
    for (const auto& name : names) {
        CAPTURE(name);
        auto* caption = wxWindow::FindWindowByName(name, frame->dashboard_page());
        REQUIRE(caption);
        // GTK's own measure of the text (its best size) against what it got.
        CHECK(caption->GetBestSize().GetWidth() <= caption->GetSize().GetWidth());
        CHECK(caption->GetScreenRect().GetRight() <= page.GetRight());
    }
    for (auto* child : frame->dashboard_page()->GetChildren())
        if (auto* button = dynamic_cast<wxButton*>(child); button && button->IsShown()) {
            CAPTURE(desktop::to_utf8(button->GetLabel()));
            CHECK(button->GetBestSize().GetWidth() <= button->GetSize().GetWidth());
            CHECK(button->GetScreenRect().GetRight() <= page.GetRight());
        }

    // Saved and read back: every vote and agreed level is in the file.
    const auto file = app.dir() / "quick-scan-ru.socle";
    REQUIRE(frame->save_as(file));
    const auto loaded = assessment::load_assessment_file(file);
    REQUIRE(loaded.assessment);
    CHECK(loaded.assessment->metadata.language == "ru");
    for (const auto& id : visited) {
        CAPTURE(id);
        const auto& response = loaded.assessment->response(id);
        CHECK(response.agreed == assessment::Vote::at(3));
        CHECK(response.votes.size() == 2);
    }
}
