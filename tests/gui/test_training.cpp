// Training mode on the desktop (docs/training.md, "On the desktop"): a new
// training session made through its dialog opens with the case's evidence
// pack beside the walkthrough; the expert key is refused before the team
// has agreed a level and shown after, with how the team's level compares;
// the debrief puts two teams' files (made here with the core API) side by
// side against the key.
#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "assessment/assessment_io.h"
#include "assessment/training_assessment.h"
#include "frameworks/training_catalog.h"
#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/shell/screenshot.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/training/debrief_dialog.h"
#include "ui/desktop/training/new_training_dialog.h"
#include "ui/desktop/training/training_pack_panel.h"
#include "ui/desktop/training/training_session.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/walkthrough_page.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

constexpr const char* kQuickScanCase = "veridia-quick-scan";

const frameworks::TrainingCase& quick_scan_case() {
    const auto* found = frameworks::find_training_case(kQuickScanCase);
    REQUIRE(found);
    return *found;
}

// Everything the pack column shows, as one folded string.
std::string pack_text(desktop::TrainingPackPanel* pack) {
    std::string all;
    all = folded(desktop::exact_utf8(pack->pack_text()->GetValue()));
    return all;
}

std::string key_text(desktop::TrainingPackPanel* pack) {
    return folded(desktop::exact_utf8(pack->key_text()->GetValue()));
}

// Presses the reveal button through a real button event.
void click_reveal(desktop::TrainingPackPanel* pack) {
    auto* button = pack->reveal_button();
    REQUIRE(button->IsEnabled());
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
    pump(60);
}

// How many pixels of `control`'s rectangle in `shot` (a grab of `frame`)
// have about the colour `colour`.
int pixels_of(const wxImage& shot, wxWindow* frame, wxWindow* control, const wxColour& colour) {
    const wxRect rect = wxRect(control->GetScreenPosition() - frame->GetScreenPosition(), control->GetSize())
                            .Intersect(wxRect(shot.GetSize()));
    return rect.GetWidth() * rect.GetHeight() - pixels_unlike(shot, rect, colour, 60);
}

// A level next to the key's, for a team "one level off".
int one_off(int key) { return key < 5 ? key + 1 : key - 1; }

}  // namespace

TEST_CASE("training session: the dialog makes a team's file that opens with the evidence pack beside the walkthrough") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    const auto& training_case = quick_scan_case();

    // The dialog: the Quick Scan case, in French, for "Équipe B".
    std::optional<desktop::TrainingSessionChoice> choice;
    const bool appeared = with_modal_dialog([&] { choice = desktop::ask_training_session(frame); }, [&](wxDialog& dialog) {
        auto* cases = find_child<wxChoice>(&dialog, "training.case");
        REQUIRE(cases);
        int index = -1;
        for (std::size_t i = 0; i < frameworks::training_catalog().size(); ++i)
            if (frameworks::training_catalog()[i].id == kQuickScanCase) index = static_cast<int>(i);
        REQUIRE(index >= 0);
        cases->SetSelection(index);
        wxCommandEvent picked(wxEVT_CHOICE, cases->GetId());
        picked.SetEventObject(cases);
        picked.SetInt(index);
        cases->GetEventHandler()->ProcessEvent(picked);
        auto* languages = find_child<wxChoice>(&dialog, "training.language");
        REQUIRE(languages);
        CHECK(languages->GetCount() == desktop::case_languages(training_case).size());
        int french = -1;
        for (unsigned i = 0; i < languages->GetCount(); ++i)
            if (languages->GetString(i).EndsWith("(fr)")) french = static_cast<int>(i);
        REQUIRE(french >= 0);
        languages->SetSelection(french);
        auto* team = find_child<wxTextCtrl>(&dialog, "training.team");
        REQUIRE(team);
        team->SetValue(desktop::to_wx("Équipe B"));
        press_button(dialog, wxID_OK);
    });
    REQUIRE(appeared);
    REQUIRE(choice);
    CHECK(choice->case_id == kQuickScanCase);
    CHECK(choice->language == "fr");
    CHECK(choice->team == "Équipe B");

    const auto file = app.dir() / "équipe-b.socle";
    REQUIRE(frame->new_training_session(choice->case_id, choice->language, choice->team, file));
    pump(150);
    CHECK(frame->current_page() == desktop::Page::Walkthrough);
    REQUIRE(frame->document());
    CHECK_FALSE(frame->document()->modified());
    CHECK(frame->document()->language() == "fr");

    // The file knows its case (its notes), so the key is found again.
    const auto saved = assessment::load_assessment_file(file);
    REQUIRE(saved.ok());
    CHECK(assessment::training_case_named_in(saved.assessment->metadata) == kQuickScanCase);
    CHECK(saved.assessment->metadata.title.find("Équipe B") != std::string::npos);

    // The pack of the first indicator, in French, beside the indicator panel.
    auto* pack = frame->training_pack();
    REQUIRE(pack);
    CHECK(pack->IsShownOnScreen());
    auto* indicator = frame->walkthrough_page()->indicator_panel();
    CHECK(rect_in(pack, frame).GetLeft() >= rect_in(indicator, frame).GetRight());
    const std::string first = frame->document()->current_indicator();
    const auto* keyed = training_case.find_indicator(first);
    REQUIRE(keyed);
    REQUIRE_FALSE(keyed->documents.empty());
    REQUIRE_FALSE(keyed->interviews.empty());
    const std::string in_pack = pack_text(pack);
    CHECK(in_pack.find(folded(keyed->documents[0].label.get("fr", "en"))) != std::string::npos);
    CHECK(in_pack.find(folded(keyed->documents[0].text.get("fr", "en"))) != std::string::npos);
    CHECK(in_pack.find(folded(keyed->interviews[0].text.get("fr", "en"))) != std::string::npos);
    CHECK(in_pack.find(folded(keyed->documents[0].text.get("en", "en"))) == std::string::npos);


    // Page Down (a real key) moves the walkthrough; the pack follows.
    frame->walkthrough_page()->focus_votes();
    press_key(WXK_PAGEDOWN);
    pump(120);
    const std::string second = frame->document()->current_indicator();
    REQUIRE(second != first);
    const auto* next = training_case.find_indicator(second);
    REQUIRE(next);
    CHECK(pack_text(pack).find(folded(next->documents[0].text.get("fr", "en"))) != std::string::npos);

    // An ordinary assessment has no training column; the team's file, opened
    // again, switches training mode back on.
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    pump(60);
    CHECK(frame->training_pack() == nullptr);
    frame->set_save_prompt([](const wxString&) { return desktop::SaveChoice::Discard; });
    REQUIRE(frame->open_file(file));
    pump(100);
    CHECK(frame->training_pack() != nullptr);
}

TEST_CASE("training walkthrough: the key is refused before an agreed level and shown after, compared with the team's") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    const auto& training_case = quick_scan_case();
    REQUIRE(frame->new_training_session(kQuickScanCase, "en", "Team A", app.dir() / "team-a.socle"));
    pump(150);
    auto* pack = frame->training_pack();
    REQUIRE(pack);
    const std::string id = frame->document()->current_indicator();
    const auto* keyed = training_case.find_indicator(id);
    REQUIRE(keyed);

    // Nothing agreed yet: the reveal says why not, and shows no key.
    CHECK(key_text(pack).empty());
    click_reveal(pack);
    CHECK_FALSE(pack->revealed());
    CHECK(key_text(pack).find("record the team's agreed level") != std::string::npos);
    CHECK(key_text(pack).find(folded(keyed->rationale.get("en", "en"))) == std::string::npos);

    // The team agrees a level one off the key (a real digit key; nobody is
    // listed, so the digit records the agreed level).
    const int team_level = one_off(keyed->key_level);
    frame->walkthrough_page()->focus_votes();
    press_key('0' + team_level);
    pump(80);
    const auto& agreed = frame->document()->assessment().response(id).agreed;
    REQUIRE(agreed);
    CHECK(*agreed == assessment::Vote::at(team_level));

    click_reveal(pack);
    CHECK(pack->revealed());
    const std::string key = key_text(pack);
    CHECK(key.find("Expert key: level " + std::to_string(keyed->key_level)) != std::string::npos);
    CHECK(key.find("Your team: level " + std::to_string(team_level) + ", one level off") != std::string::npos);
    CHECK(key.find(folded(keyed->rationale.get("en", "en"))) != std::string::npos);
    CHECK(key.find(folded(keyed->decisive.get("en", "en"))) != std::string::npos);
    // One grab of the screen (the picture in docs/training.md): the key's
    // first line is drawn in the accent colour, which the refusal never uses.
    pump(300);
    const auto png = app.dir() / "training-walkthrough.png";
    desktop::save_screenshot(frame, png);
    const wxImage shot(desktop::path_to_wx(png), wxBITMAP_TYPE_PNG);
    REQUIRE(shot.IsOk());
    keep_image(shot, "training-walkthrough.png");
    CHECK(pixels_of(shot, frame, pack->key_text(), desktop::theme::accent()) > 50);
    CHECK(pixels_of(shot, frame, pack->pack_text(), desktop::theme::text()) > 200);

    // The team changes its mind to the key's level: the comparison follows.
    frame->walkthrough_page()->focus_votes();
    press_key('0' + keyed->key_level);
    pump(120);
    CHECK(key_text(pack).find("Your team: level " + std::to_string(keyed->key_level) + ", exact") != std::string::npos);

    // The next indicator starts hidden again.
    frame->walkthrough_page()->move(+1);
    pump(120);
    CHECK_FALSE(pack->revealed());
    CHECK(key_text(pack).empty());
}

TEST_CASE("training debrief: two teams' files side by side against the key, with the right marks") {
    ScratchApp app;
    ShownFrame shown(app);
    const auto& training_case = quick_scan_case();
    const auto* framework = app.context().catalog().find(training_case.framework, training_case.framework_version);
    REQUIRE(framework);
    const auto make_team = [&](const std::string& name, const std::function<void(assessment::Assessment&)>& rate) {
        auto made = assessment::new_training_assessment(
            training_case, std::make_shared<const frameworks::Framework>(*framework), "en");
        REQUIRE(made.ok());
        rate(*made.assessment);
        const auto path = app.dir() / (name + ".socle");
        assessment::save_assessment_file(*made.assessment, path);
        return path;
    };
    const auto& keyed = training_case.indicators;
    REQUIRE(keyed.size() >= 3);
    // Team A agrees the key everywhere; team B is one off on one indicator,
    // further on another, and agrees nothing on a third.
    const auto team_a = make_team("team-a", [&](assessment::Assessment& team) {
        for (const auto& item : keyed) team.responses[item.id].agreed = assessment::Vote::at(item.key_level);
    });
    const std::string off_id = keyed[0].id;
    const std::string further_id = keyed[1].id;
    const std::string unrated_id = keyed[2].id;
    const int further_level = keyed[1].key_level <= 3 ? keyed[1].key_level + 2 : keyed[1].key_level - 2;
    const auto team_b = make_team("team-b", [&](assessment::Assessment& team) {
        for (const auto& item : keyed) team.responses[item.id].agreed = assessment::Vote::at(item.key_level);
        team.responses[off_id].agreed = assessment::Vote::at(one_off(keyed[0].key_level));
        team.responses[further_id].agreed = assessment::Vote::at(further_level);
        team.responses[unrated_id].agreed.reset();
    });
    // An ordinary assessment is not taken.
    assessment::Assessment ordinary(std::make_shared<const frameworks::Framework>(*framework));
    const auto other = app.dir() / "ordinary.socle";
    assessment::save_assessment_file(ordinary, other);

    desktop::DebriefDialog dialog(shown.frame, app.context());
    dialog.Show();
    dialog.add_files({team_a, team_b, other});
    pump(150);
    auto* grid = dialog.grid();
    REQUIRE(grid->GetNumberCols() == 4);
    CHECK(grid->GetColLabelValue(2) == "team-a");
    CHECK(grid->GetColLabelValue(3) == "team-b");
    CHECK(dialog.debrief().teams.size() == 2);
    CHECK(folded(desktop::exact_utf8(dialog.problems()->GetLabel())).find("ordinary.socle") != std::string::npos);

    // Rows follow the framework's order; find each indicator's row.
    const auto row_of = [&](const std::string& id) {
        for (int row = 0; row < grid->GetNumberRows(); ++row)
            if (grid->GetCellValue(row, 0) == desktop::to_wx(id)) return row;
        return -1;
    };
    const int off_row = row_of(off_id);
    const int further_row = row_of(further_id);
    const int unrated_row = row_of(unrated_id);
    REQUIRE(off_row >= 0);
    REQUIRE(further_row >= 0);
    REQUIRE(unrated_row >= 0);
    CHECK(grid->GetCellValue(off_row, 1) == wxString::Format("%d", keyed[0].key_level));
    CHECK(grid->GetCellValue(off_row, 2) == wxString::Format("%d  exact", keyed[0].key_level));
    CHECK(grid->GetCellValue(off_row, 3) == wxString::Format("%d  one off", one_off(keyed[0].key_level)));
    CHECK(grid->GetCellValue(further_row, 3) == wxString::Format("%d  further", further_level));
    CHECK(grid->GetCellValue(unrated_row, 3) == "-  not rated");
    // The marks are coloured apart.
    CHECK(grid->GetCellBackgroundColour(off_row, 2) != grid->GetCellBackgroundColour(off_row, 3));
    CHECK(grid->GetCellBackgroundColour(off_row, 3) != grid->GetCellBackgroundColour(further_row, 3));

    // Per domain, then overall.
    const int last = grid->GetNumberRows() - 1;
    const int total = static_cast<int>(keyed.size());
    CHECK(grid->GetCellValue(last, 0) == "All indicators");
    CHECK(grid->GetCellValue(last, 2) == wxString::Format("%d exact, 0 one off, 0 further, 0 not rated", total));
    CHECK(grid->GetCellValue(last, 3) ==
          wxString::Format("%d exact, 1 one off, 1 further, 1 not rated", total - 3));
    const auto domain_rows = last - row_of(keyed.back().id) - 1;
    CHECK(domain_rows == static_cast<int>(dialog.debrief().teams[0].check.domains.size()));
    // One grab of the screen (the picture in docs/training.md).
    desktop::save_screenshot(&dialog, app.dir() / "training-debrief.png");
    keep_image(wxImage(desktop::path_to_wx(app.dir() / "training-debrief.png"), wxBITMAP_TYPE_PNG),
               "training-debrief.png");
    dialog.Destroy();
}
