// Files through the real main frame: save, close and reopen with the same
// answers; the unsaved-changes question; autosave to the recovery folder and
// recovery after a simulated crash (the frame destroyed without closing).
#include <doctest/doctest.h>

#include <wx/listctrl.h>

#include "assessment/assessment_io.h"
#include "assessment/edits.h"
#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/services/app_context.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/workshop/response_fields.h"
#include "ui/desktop/workshop/votes_grid.h"
#include "ui/desktop/workshop/walkthrough_page.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

// Adds participants p1..pN with edits, as the set-up page does.
// Votes on the current indicator with the keyboard, from the first participant.
void vote_keys(desktop::MainFrame* frame, const std::string& keys) {
    auto* panel = frame->walkthrough_page()->indicator_panel();
    panel->votes()->select_participant(0);
    panel->votes()->focus_list();
    pump(30);
    for (char key : keys) press_key(key >= 'a' && key <= 'z' ? key - 'a' + 'A' : key);
}

std::map<std::string, assessment::Vote> votes(desktop::MainFrame* frame, const std::string& indicator) {
    return frame->document()->assessment().response(indicator).votes;
}

}  // namespace

TEST_CASE("save, close and reopen: the same participants, votes and agreed level") {
    ScratchApp app;
    const auto file = app.dir() / "workshop.socle";
    std::map<std::string, assessment::Vote> q11;
    {
        ShownFrame shown(app);
        auto* frame = shown.frame;
        REQUIRE(frame->new_assessment("sp-quick-scan"));
        add_people(frame, 3);
        frame->show_page(desktop::Page::Walkthrough);
        pump(100);
        vote_keys(frame, "25u");
        q11 = votes(frame, "Q1.1");
        REQUIRE(q11.size() == 3);
        // The agreed level through its choice, as a user picks it.
        auto* agreed = frame->walkthrough_page()->indicator_panel()->response()->agreed_choice();
        agreed->SetSelection(2);
        wxCommandEvent choose(wxEVT_CHOICE, agreed->GetId());
        choose.SetEventObject(agreed);
        choose.SetInt(2);
        agreed->GetEventHandler()->ProcessEvent(choose);
        pump(50);
        REQUIRE(frame->document()->assessment().response("Q1.1").agreed == assessment::Vote::at(2));
        CHECK(frame->GetTitle().StartsWith("*"));

        REQUIRE(frame->save_as(file));
        CHECK_FALSE(frame->GetTitle().StartsWith("*"));
        CHECK_FALSE(frame->document()->modified());
        // Saved and unchanged: closing asks nothing.
        bool asked = false;
        frame->set_save_prompt([&](const wxString&) {
            asked = true;
            return desktop::SaveChoice::Cancel;
        });
        menu_command(frame, wxID_CLOSE);
        CHECK_FALSE(asked);
        CHECK(frame->document() == nullptr);
        CHECK(frame->current_page() == desktop::Page::Start);
        CHECK(app.context().settings().recent_files().front() == file);
    }
    ShownFrame shown(app);
    REQUIRE(shown->open_file(file));
    auto* frame = shown.frame;
    CHECK(frame->current_page() == desktop::Page::Walkthrough);
    CHECK(frame->document()->assessment().participants.size() == 3);
    CHECK(votes(frame, "Q1.1") == q11);
    CHECK(frame->document()->assessment().response("Q1.1").agreed == assessment::Vote::at(2));
    CHECK_FALSE(frame->document()->modified());
}

TEST_CASE("closing with unsaved changes asks: Cancel keeps the document, Discard closes it") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    add_people(frame, 1);
    int asked = 0;
    desktop::SaveChoice answer = desktop::SaveChoice::Cancel;
    frame->set_save_prompt([&](const wxString&) {
        ++asked;
        return answer;
    });
    menu_command(frame, wxID_CLOSE);
    CHECK(asked == 1);
    REQUIRE(frame->document() != nullptr);
    answer = desktop::SaveChoice::Discard;
    menu_command(frame, wxID_CLOSE);
    CHECK(asked == 2);
    CHECK(frame->document() == nullptr);
    // A discarded close leaves nothing to recover.
    CHECK(app.context().recovery().entries().empty());
}

TEST_CASE("after a crash, the autosaved changes of a never-saved assessment come back") {
    ScratchApp app;
    std::map<std::string, assessment::Vote> before_crash;
    {
        ShownFrame shown(app);
        auto* frame = shown.frame;
        REQUIRE(frame->new_assessment("sp-quick-scan"));
        add_people(frame, 3);
        frame->show_page(desktop::Page::Walkthrough);
        pump(100);
        vote_keys(frame, "123");
        before_crash = votes(frame, "Q1.1");
        REQUIRE(before_crash.size() == 3);
        frame->autosave_now();  // what the timer does
        shown.crash();
    }
    const auto entries = app.context().recovery().entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().original.empty());

    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->recover(entries.front()));
    CHECK(votes(frame, "Q1.1") == before_crash);
    CHECK(frame->document()->assessment().participants.size() == 3);
    // Recovered, not saved: it must still ask to be saved.
    CHECK(frame->document()->modified());
    CHECK(frame->document()->path().empty());
    frame->set_save_prompt([](const wxString&) { return desktop::SaveChoice::Discard; });
    REQUIRE(frame->close_document());
    CHECK(app.context().recovery().entries().empty());
}

TEST_CASE("after a crash, recovered changes go on top of the saved file, and undo gives the file back") {
    ScratchApp app;
    const auto file = app.dir() / "saved.socle";
    {
        ShownFrame shown(app);
        auto* frame = shown.frame;
        REQUIRE(frame->new_assessment("sp-quick-scan"));
        add_people(frame, 2);
        REQUIRE(frame->save_as(file));
        frame->show_page(desktop::Page::Walkthrough);
        pump(100);
        vote_keys(frame, "45");
        frame->autosave_now();
        // A clean save discards the slot; a second autosave writes it again.
        CHECK(app.context().recovery().entries().size() == 1);
        shown.crash();
    }
    const auto entries = app.context().recovery().entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().original == file);

    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->recover(entries.front()));
    CHECK(frame->document()->path() == file);
    CHECK(votes(frame, "Q1.1").size() == 2);
    CHECK(frame->document()->modified());
    menu_command(frame, wxID_UNDO);
    CHECK(votes(frame, "Q1.1").empty());
    CHECK_FALSE(frame->document()->modified());
    // Saving the recovered state is a clean save: the slot goes.
    menu_command(frame, wxID_REDO);
    REQUIRE(frame->save());
    CHECK(app.context().recovery().entries().empty());
    auto reread = assessment::load_assessment_file(file);
    REQUIRE(reread.ok());
    CHECK(reread.assessment->response("Q1.1").votes.size() == 2);
}

TEST_CASE("the autosave timer writes the recovery slot at the interval from the settings") {
    ScratchApp app;
    app.context().settings().set_autosave_seconds(1);
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    CHECK(app.context().recovery().entries().empty());
    add_people(frame, 1);
    const auto until = wxGetLocalTimeMillis() + 4000;
    while (app.context().recovery().entries().empty() && wxGetLocalTimeMillis() < until) pump(100);
    REQUIRE(app.context().recovery().entries().size() == 1);
    auto loaded = app.context().load_recovered(app.context().recovery().entries().front());
    REQUIRE(loaded.ok());
    CHECK(loaded.assessment->participants.size() == 1);
}
