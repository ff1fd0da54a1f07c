// A Quick Scan workshop run through the real main frame with real events:
// create from the start page, add participants through the dialog, vote
// with the keyboard, watch the room's level and the disagreement warning,
// undo and redo, move between indicators with the keyboard.
#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/level_card.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/workshop/participants_panel.h"
#include "ui/desktop/workshop/setup_page.h"
#include "ui/desktop/shell/start_page.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/workshop/votes_grid.h"
#include "ui/desktop/workshop/walkthrough_page.h"
#include "ui/desktop/widgets/wrapped_text.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

// Adds a participant through the Add button and the dialog, typing the name.
void add_participant(desktop::MainFrame* frame, const std::string& name, bool anonymous) {
    auto* panel = frame->setup_page()->participants();
    const bool opened = with_modal_dialog([&] { click(panel->add_button()); }, [&](wxDialog& dialog) {
        if (anonymous) {
            auto* box = find_child<wxCheckBox>(&dialog, "Anonymous");
            REQUIRE(box);
            click(box);
        } else {
            auto* field = find_child<wxTextCtrl>(&dialog, "Name");
            REQUIRE(field);
            field->SetFocus();
            pump(30);
            type_text(name);
        }
        press_button(dialog, wxID_OK);
    });
    REQUIRE(opened);
}

std::optional<assessment::Vote> vote_of(desktop::MainFrame* frame, const std::string& indicator,
                                        const std::string& participant) {
    const auto& votes = frame->document()->assessment().response(indicator).votes;
    const auto found = votes.find(participant);
    if (found == votes.end()) return std::nullopt;
    return found->second;
}

desktop::IndicatorPanel* indicator_panel(desktop::MainFrame* frame) {
    return frame->walkthrough_page()->indicator_panel();
}

// Creates a Quick Scan assessment with the start page's button and adds
// three participants (one anonymous) on the set-up page.
void start_quick_scan(desktop::MainFrame* frame) {
    auto* start = frame->start_page();
    REQUIRE(start->framework_ids().front() == "sp-quick-scan");
    click(start->create_button());
    pump(200);
    REQUIRE(frame->document());
    REQUIRE(frame->current_page() == desktop::Page::Setup);
    add_participant(frame, "Aigul", false);
    add_participant(frame, "Bakhrom", false);
    add_participant(frame, "", true);
}

}  // namespace

TEST_CASE("a Quick Scan workshop with the keyboard: participants, votes, room's level, undo") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    start_quick_scan(frame);

    const auto& participants = frame->document()->assessment().participants;
    REQUIRE(participants.size() == 3);
    CHECK(participants[0].name == "Aigul");
    CHECK(participants[1].name == "Bakhrom");
    CHECK(participants[2].anonymous);
    CHECK(participants[2].name.empty());
    CHECK(frame->setup_page()->participants()->list()->GetItemCount() == 3);

    // To the walkthrough through the View menu command; the votes list has
    // the focus and the first participant is selected.
    menu_command(frame, desktop::ids::PageWalkthrough);
    REQUIRE(frame->current_page() == desktop::Page::Walkthrough);
    auto* panel = indicator_panel(frame);
    REQUIRE(frame->document()->current_indicator() == "Q1.1");
    panel->votes()->focus_list();
    pump(50);
    CHECK(panel->votes()->selected_participant() == participants[0].id);

    // Three digits: one vote each, the selection moving down the room.
    press_key('3');
    press_key('4');
    press_key('1');
    CHECK(vote_of(frame, "Q1.1", participants[0].id) == assessment::Vote::at(3));
    CHECK(vote_of(frame, "Q1.1", participants[1].id) == assessment::Vote::at(4));
    CHECK(vote_of(frame, "Q1.1", participants[2].id) == assessment::Vote::at(1));
    // Lower median of 1, 3, 4 is 3; spread 3: the room disagrees.
    CHECK(folded_label(panel->derived_level()).rfind("3", 0) == 0);
    CHECK(panel->warning()->IsShown());
    CHECK(frame->GetTitle().StartsWith("*"));
    // The cards count the votes.
    CHECK(panel->cards().size() == 5);

    // Ctrl+Z takes the last vote back: 3 and 4 remain, no disagreement.
    press_key('Z', wxMOD_CONTROL);
    pump(50);
    CHECK_FALSE(vote_of(frame, "Q1.1", participants[2].id).has_value());
    CHECK(folded_label(panel->derived_level()).rfind("3", 0) == 0);
    CHECK_FALSE(panel->warning()->IsShown());
    // Ctrl+Y brings it back.
    press_key('Y', wxMOD_CONTROL);
    pump(50);
    CHECK(vote_of(frame, "Q1.1", participants[2].id) == assessment::Vote::at(1));
    CHECK(panel->warning()->IsShown());

    // Page Down: the next indicator, votes from the first participant again.
    press_key(WXK_PAGEDOWN);
    CHECK(frame->document()->current_indicator() == "Q1.2");
    CHECK(panel->votes()->selected_participant() == participants[0].id);
    CHECK(desktop::to_utf8(panel->question()->text()).find("?") != std::string::npos);
    // n, u, and a digit; then Delete clears the last one again.
    panel->votes()->focus_list();
    pump(30);
    press_key('N');
    press_key('U');
    press_key('2');
    CHECK(vote_of(frame, "Q1.2", participants[0].id) == assessment::Vote::not_applicable());
    CHECK(vote_of(frame, "Q1.2", participants[1].id) == assessment::Vote::unknown());
    CHECK(vote_of(frame, "Q1.2", participants[2].id) == assessment::Vote::at(2));
    panel->votes()->select_participant(2);
    press_key(WXK_DELETE);
    CHECK_FALSE(vote_of(frame, "Q1.2", participants[2].id).has_value());
    // A digit above the scale is ignored.
    panel->votes()->select_participant(2);
    press_key('7');
    CHECK_FALSE(vote_of(frame, "Q1.2", participants[2].id).has_value());
    // Page Up goes back, with the votes still there.
    press_key(WXK_PAGEUP);
    CHECK(frame->document()->current_indicator() == "Q1.1");
    CHECK(vote_of(frame, "Q1.1", participants[0].id) == assessment::Vote::at(3));
}

TEST_CASE("picking a level card records the selected participant's vote, or with nobody listed, the agreed level") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    frame->show_page(desktop::Page::Walkthrough);
    pump(100);
    auto* panel = indicator_panel(frame);
    // Nobody in the room list: the card is the room's agreed level. (The
    // second card: the lower ones may lie below the fold of an 800-pixel screen.)
    click(panel->cards()[1]);
    const auto& response = frame->document()->assessment().response("Q1.1");
    REQUIRE(response.agreed.has_value());
    CHECK(*response.agreed == assessment::Vote::at(2));
    CHECK(folded_label(panel->derived_level()).rfind("2", 0) == 0);
    CHECK(frame->document()->undo_description().find("Q1.1") != std::string::npos);
}

TEST_CASE("keyboard alone: Enter on the framework list creates, Space on Add and Enter in the dialog add a participant") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    frame->start_page()->frameworks_list()->SetFocus();
    pump(50);
    press_key(WXK_RETURN);
    pump(200);
    REQUIRE(frame->document());
    CHECK(frame->document()->framework().id == "sp-quick-scan");
    REQUIRE(frame->current_page() == desktop::Page::Setup);

    auto* add = frame->setup_page()->participants()->add_button();
    add->SetFocus();
    pump(50);
    const bool opened = with_modal_dialog([&] { press_key(WXK_SPACE); }, [&](wxDialog& dialog) {
        auto* name = find_child<wxTextCtrl>(&dialog, "Name");
        REQUIRE(name);
        CHECK(name->HasFocus());
        type_text("Dilnoza");
        press_key(WXK_RETURN);  // the dialog's default button
    });
    REQUIRE(opened);
    const auto& participants = frame->document()->assessment().participants;
    REQUIRE(participants.size() == 1);
    CHECK(participants[0].name == "Dilnoza");
    // Ctrl+3 (the View menu's accelerator) goes to the walkthrough, ready for votes.
    press_key('3', wxMOD_CONTROL);
    pump(100);
    CHECK(frame->current_page() == desktop::Page::Walkthrough);
    press_key('2');
    CHECK(frame->document()->assessment().response("Q1.1").votes.at(participants[0].id) == assessment::Vote::at(2));
}
