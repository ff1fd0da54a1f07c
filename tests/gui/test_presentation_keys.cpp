// Presentation mode carries the session (issue 13): the text size keys keep
// the slide on the projector, `a` then a level records the agreed level
// without leaving it, and the slide says where the room is in counts.
#include <doctest/doctest.h>

#include <wx/textctrl.h>

#include "assessment/edits.h"
#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/dashboard/presentation_page.h"
#include "ui/desktop/dashboard/slide_window.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/workshop/walkthrough_page.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

desktop::MainFrame* presenting(ShownFrame& shown, int participants) {
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    add_people(frame, participants);
    frame->show_page(desktop::Page::Walkthrough);
    pump(100);
    press_key(WXK_F5);
    pump(200);
    REQUIRE(frame->presentation_mode());
    return frame;
}

std::string slide_text(desktop::MainFrame* frame) {
    auto* view = wxWindow::FindWindowByName("presentation.view", frame->presentation_page());
    REQUIRE(view);
    return folded_label(view);
}

}  // namespace

TEST_CASE("presentation mode: Ctrl+= and Ctrl+- change the text size and the slide stays on the projector") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = presenting(shown, 1);
    press_key('=', wxMOD_CONTROL);
    pump(300);
    CHECK(desktop::theme::text_scale() > 1.1);
    CHECK(frame->presentation_mode());
    CHECK(frame->IsFullScreen());
    REQUIRE(frame->presentation_page());
    CHECK(visible_page(frame) == frame->presentation_page());
    CHECK_FALSE(frame->walkthrough_page()->IsShownOnScreen());
    // The keys still drive the slide after the rebuild.
    press_key('4');
    pump(50);
    CHECK(frame->document()->assessment().response("Q1.1").votes.at("p1") == assessment::Vote::at(4));
    press_key('-', wxMOD_CONTROL);
    pump(300);
    CHECK(desktop::theme::text_scale() == doctest::Approx(1.0));
    CHECK(visible_page(frame) == frame->presentation_page());
    press_key(WXK_ESCAPE);
    pump(100);
    CHECK_FALSE(frame->presentation_mode());
}

TEST_CASE("presentation mode: `a` then a level records the agreed level, any other key cancels") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = presenting(shown, 2);
    press_key('A');
    pump(50);
    CHECK(slide_text(frame).find("Agreed level: press its number") != std::string::npos);
    press_key('3');
    pump(50);
    const auto& response = frame->document()->assessment().response("Q1.1");
    REQUIRE(response.agreed.has_value());
    CHECK(*response.agreed == assessment::Vote::at(3));
    // The digit went to the agreed level, not to a participant's vote.
    CHECK(response.votes.empty());
    CHECK(slide_text(frame).find("Agreed level: press") == std::string::npos);
    CHECK(slide_text(frame).find("Agreed level: 3") != std::string::npos);
    CHECK(frame->document()->undo_description() == "agreed level of Q1.1");

    press_key('A');
    press_key('X');  // cancels
    press_key('5');  // an ordinary vote again
    pump(50);
    CHECK(*frame->document()->assessment().response("Q1.1").agreed == assessment::Vote::at(3));
    CHECK(frame->document()->assessment().response("Q1.1").votes.size() == 1);
    CHECK(frame->presentation_mode());
}

TEST_CASE("presentation mode: the slide says which indicator of how many and how many voted, with counts per level") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = presenting(shown, 3);
    std::string text = slide_text(frame);
    CHECK(text.find("indicator 1 of ") != std::string::npos);
    CHECK(text.find("0 of 3 voted") != std::string::npos);
    press_key('2');
    press_key('2');
    pump(50);
    text = slide_text(frame);
    CHECK(text.find("2 of 3 voted") != std::string::npos);
    CHECK(text.find("Votes: 2)") != std::string::npos);
    // Counts only: no participant's name is on the slide.
    CHECK(text.find("Person 1") == std::string::npos);
    press_key(WXK_RIGHT);
    pump(50);
    CHECK(slide_text(frame).find("indicator 2 of ") != std::string::npos);
}

TEST_CASE("presentation mode: `r` records the rationale of the agreed level without leaving the slide") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = presenting(shown, 2);
    press_key('A');
    press_key('3');
    pump(50);
    const bool opened = with_modal_dialog([&] { press_key('R'); },
                                          [&](wxDialog& dialog) {
                                              CHECK(dialog.GetName() == "rationale_dialog");
                                              auto* text = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("rationale", &dialog));
                                              REQUIRE(text);
                                              CHECK(text->HasFocus());
                                              text->SetValue("Two provinces only");
                                              click(dialog.FindWindow(wxID_OK));
                                          });
    CHECK(opened);
    pump(50);
    const auto& response = frame->document()->assessment().response("Q1.1");
    CHECK(response.rationale == "Two provinces only");
    REQUIRE(response.agreed.has_value());
    CHECK(*response.agreed == assessment::Vote::at(3));
    CHECK(frame->document()->undo_description() == "rationale of Q1.1");
    CHECK(slide_text(frame).find("Agreed level: 3 - Two provinces only") != std::string::npos);
    CHECK(frame->presentation_mode());
    CHECK(visible_page(frame) == frame->presentation_page());
    // Cancelled: nothing changes.
    with_modal_dialog([&] { press_key('R'); }, [&](wxDialog&) {});
    pump(50);
    CHECK(frame->document()->assessment().response("Q1.1").rationale == "Two provinces only");
}

TEST_CASE("presenter view: with a second screen the slide has a window of its own and the laptop keeps the walkthrough") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    // The test display has one screen: the slide window takes it, as the
    // projector would be.
    frame->set_projector_finder([](const wxWindow*) { return std::optional<unsigned>(0); });
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    add_people(frame, 2);
    frame->show_page(desktop::Page::Walkthrough);
    pump(100);
    press_key(WXK_F5);
    pump(300);
    CHECK(frame->presentation_mode());
    auto* slide = frame->slide_window();
    REQUIRE(slide);
    CHECK(slide->IsShown());
    CHECK_FALSE(frame->IsFullScreen());
    CHECK(visible_page(frame) == frame->walkthrough_page());

    // A digit is the walkthrough's vote, wherever the focus is, and the
    // slide follows in counts; the names stay on the laptop.
    press_key('4');
    pump(200);
    CHECK(frame->document()->assessment().response("Q1.1").votes.at("p1") == assessment::Vote::at(4));
    auto* view = wxWindow::FindWindowByName("presentation.view", slide->page());
    REQUIRE(view);
    const std::string text = folded_label(view);
    CHECK(text.find("Votes: 1)") != std::string::npos);
    CHECK(text.find("1 of 2 voted") != std::string::npos);
    CHECK(text.find("Person 1") == std::string::npos);
    keep_image(capture(slide->page()), "presenter-view-slide.png");

    press_key(WXK_ESCAPE);
    pump(200);
    CHECK_FALSE(frame->presentation_mode());
    CHECK(frame->slide_window() == nullptr);
    CHECK(visible_page(frame) == frame->walkthrough_page());
}
