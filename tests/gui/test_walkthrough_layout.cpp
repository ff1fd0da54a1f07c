// The walkthrough on a projector's 1024x768 (issue 13): the indicator list
// (F9) and the facilitator's notes (F8 or the button over them) fold away
// and the choice is remembered; then the level cards, the votes list and
// "Voting for" show without scrolling, the agreed level is straight under
// the votes and scrolls into view when it takes the focus, and `a` makes
// the next key the agreed level.
#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>

#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/app_context.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/wrapped_text.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/level_card.h"
#include "ui/desktop/workshop/navigator.h"
#include "ui/desktop/workshop/response_fields.h"
#include "ui/desktop/workshop/votes_grid.h"
#include "ui/desktop/workshop/walkthrough_page.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

// Whether `window` is shown whole inside `viewport` (both on screen).
bool wholly_within(wxWindow* window, wxWindow* viewport) {
    const wxRect outer = viewport->GetScreenRect();
    const wxRect inner = window->GetScreenRect();
    return window->IsShownOnScreen() && outer.Contains(inner.GetTopLeft()) && outer.Contains(inner.GetBottomRight());
}

}  // namespace

TEST_CASE("at 1024x768 the indicator list and the notes fold away and the levels, votes and agreed level are in reach") {
    ScratchApp app;
    ShownFrame shown(app, wxSize(1024, 768));
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    add_people(frame, 8);
    frame->show_page(desktop::Page::Walkthrough);
    pump(200);
    auto* page = frame->walkthrough_page();
    auto* panel = page->indicator_panel();
    auto* votes = panel->votes();
    votes->focus_list();
    pump(50);

    // The test display is roomy: both start shown. F9 and F8 fold them.
    REQUIRE(page->navigator_shown());
    REQUIRE(panel->notes_shown());
    press_key(WXK_F9);
    press_key(WXK_F8);
    pump(300);
    CHECK_FALSE(page->navigator()->IsShown());
    CHECK_FALSE(panel->notes_shown());
    CHECK_FALSE(wxWindow::FindWindowByName("facilitator_notes", panel)->IsShown());
    CHECK(frame->context().settings().show_indicator_list() == false);
    CHECK(frame->context().settings().show_facilitator_notes() == false);
    // The indicator has the window's width.
    CHECK(panel->GetSize().GetWidth() >= frame->GetClientSize().GetWidth() - 10);

    // Without scrolling: the first two level cards, "Voting for" and the
    // top of the votes list.
    panel->Scroll(0, 0);
    pump(100);
    REQUIRE(panel->cards().size() >= 2);
    CHECK(wholly_within(panel->cards()[0], panel));
    CHECK(wholly_within(panel->cards()[1], panel));
    CHECK(wholly_within(votes->voting_for(), panel));
    const wxRect list = votes->list()->GetScreenRect();
    CHECK(panel->GetScreenRect().Contains(wxPoint(list.x + 10, list.y + 60)));
    // "Voting for" is not cut to a stub: it has the column's width.
    CHECK(votes->voting_for()->GetSize().GetWidth() > votes->GetSize().GetWidth() - 10);
    keep_image(capture(frame), "walkthrough-1024x768.png");

    // The agreed level is under the votes and scrolls into view with the focus.
    auto* agreed = panel->response()->agreed_choice();
    CHECK(agreed->GetScreenRect().y > list.y);
    agreed->SetFocus();
    pump(200);
    INFO("agreed at " << agreed->GetScreenRect().y << "+" << agreed->GetScreenRect().height << ", panel "
                      << panel->GetScreenRect().y << "+" << panel->GetScreenRect().height << ", focus "
                      << (wxWindow::FindFocus() == agreed) << ", view " << panel->GetViewStart().y);
    CHECK(wholly_within(agreed, panel));

    // `a` in the votes list: the next key is the agreed level.
    votes->focus_list();
    pump(50);
    press_key('A');
    pump(50);
    CHECK(desktop::to_utf8(votes->voting_for()->text()) == "Voting for: the agreed level");
    press_key('3');
    pump(50);
    const auto& response = frame->document()->assessment().response(frame->document()->current_indicator());
    REQUIRE(response.agreed.has_value());
    CHECK(*response.agreed == assessment::Vote::at(3));
    CHECK(response.votes.empty());

    // Unfolded again from the button and F9; the menu follows.
    click(panel->notes_toggle());
    pump(100);
    CHECK(panel->notes_shown());
    CHECK(frame->context().settings().show_facilitator_notes() == true);
    votes->focus_list();
    press_key(WXK_F9);
    pump(100);
    CHECK(page->navigator()->IsShown());
    CHECK(frame->GetMenuBar()->IsChecked(desktop::ids::IndicatorList));
    CHECK(frame->GetMenuBar()->IsChecked(desktop::ids::FacilitatorNotes));
}
