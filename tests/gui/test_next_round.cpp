// File > Start the next round through the real main frame: the dialog asks
// the round's name and whether the participants stay; the new round opens
// unsaved; the walkthrough and the dashboard show the indicators not yet
// re-examined with the last round's level, until the room rates them.
#include <doctest/doctest.h>

#include <algorithm>

#include <wx/checkbox.h>
#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "assessment/edits.h"
#include "scoring/level_profile.h"
#include "tests/gui/shell_fixtures.h"
#include "tests/support/test_support.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/walkthrough_page.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

// The Lao sample, copied so that nothing writes into the source tree.
std::filesystem::path lao_copy(ScratchApp& app) {
    const auto copy = app.dir() / "lao-baseline.socle";
    std::filesystem::copy_file(test::source_path("samples/lao-pdr-2026-baseline.socle"), copy);
    return copy;
}

}  // namespace

TEST_CASE("next round: the dialog starts a follow-up that shows every indicator as not re-examined") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    CHECK_FALSE(frame->GetMenuBar()->IsEnabled(desktop::ids::StartNextRound));
    REQUIRE(frame->open_file(lao_copy(app)));
    pump(50);
    CHECK(frame->GetMenuBar()->IsEnabled(desktop::ids::StartNextRound));
    const auto baseline = frame->document()->assessment();

    // Cancel changes nothing.
    CHECK(with_modal_dialog([&] { menu_command(frame, desktop::ids::StartNextRound); },
                            [](wxDialog& dialog) { press_button(dialog, wxID_CANCEL); }));
    CHECK(frame->document()->path().filename() == "lao-baseline.socle");

    const bool asked = with_modal_dialog([&] { menu_command(frame, desktop::ids::StartNextRound); },
                                         [](wxDialog& dialog) {
                                             auto* name = find_child<wxTextCtrl>(&dialog, "next_round.name");
                                             REQUIRE(name);
                                             name->SetValue("");
                                             CHECK_FALSE(dialog.FindWindow(wxID_OK)->IsEnabled());
                                             name->SetValue("follow-up 2028");
                                             auto* keep = find_child<wxCheckBox>(&dialog, "next_round.keep_participants");
                                             REQUIRE(keep);
                                             keep->SetValue(true);
                                             press_button(dialog, wxID_OK);
                                         });
    REQUIRE(asked);
    pump(100);
    REQUIRE(frame->document());
    const auto& next = frame->document()->assessment();
    CHECK(frame->document()->path().empty());  // a new, unsaved document
    CHECK(next.metadata.round == "follow-up 2028");
    CHECK(next.metadata.country == baseline.metadata.country);
    CHECK(next.metadata.baseline.file == "lao-baseline.socle");
    CHECK(next.metadata.baseline.round == "baseline");
    CHECK(next.participants == baseline.participants);
    CHECK(next.systems == baseline.systems);
    CHECK(next.responses.empty());
    REQUIRE_FALSE(next.previous.empty());

    // The walkthrough: the last round's level, said as such.
    const auto& scores = frame->document()->scores().indicators;
    const auto waiting_score = std::find_if(scores.begin(), scores.end(), [](const scoring::IndicatorScore& score) {
        return score.not_re_examined() && score.previous->kind == assessment::VoteKind::Level;
    });
    REQUIRE(waiting_score != scores.end());
    const std::string indicator_id = waiting_score->id;
    const int last_level = waiting_score->previous->level;
    CHECK(next.previous.at(indicator_id).result == assessment::Vote::at(last_level));
    frame->show_indicator(indicator_id);
    pump(200);
    auto* panel = frame->walkthrough_page()->indicator_panel();
    auto* level = find_child<wxStaticText>(panel, _("Room's level"));
    REQUIRE(level);
    CHECK(level->GetLabel().utf8_string() ==
          "Not re-examined\nlast round: level " + std::to_string(last_level));

    // The dashboard counts them apart.
    menu_command(frame, desktop::ids::PageDashboard);
    pump(200);
    const auto profile = scoring::level_profile(frame->document()->scores(), next);
    auto* waiting = find_child<wxStaticText>(frame, "dashboard.profile.not_re_examined");
    REQUIRE(waiting);
    CHECK(waiting->IsShown());
    const int not_re_examined = static_cast<int>(std::count_if(
        scores.begin(), scores.end(), [](const scoring::IndicatorScore& score) { return score.not_re_examined(); }));
    CHECK(not_re_examined > 40);
    CHECK(waiting->GetLabel() == wxString::Format("%d", not_re_examined));
    CHECK(profile.overall.not_re_examined == not_re_examined);

    // Rated anew: the level of this round, no longer the last round's.
    const int new_level = last_level == 1 ? 2 : 1;
    auto* document = frame->document();
    document->apply(assessment::edits::set_agreed(document->assessment(), indicator_id, assessment::Vote::at(new_level), ""));
    frame->show_indicator(indicator_id);
    pump(200);
    level = find_child<wxStaticText>(frame->walkthrough_page()->indicator_panel(), _("Room's level"));
    REQUIRE(level);
    CHECK(level->GetLabel().utf8_string().rfind(std::to_string(new_level), 0) == 0);
    CHECK(level->GetLabel().utf8_string().find("re-examined") == std::string::npos);
    keep_image(capture(frame), "next-round-walkthrough.png");
}
