// What the shell shows: the walkthrough really drew its text (pixels in the
// question area and on the level cards), the interface switches to French
// at once, every control has an accessible name, and profile answers switch
// indicators off (skip logic) from the set-up page.
#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/menu.h>
#include <wx/treectrl.h>

#include "assessment/edits.h"
#include "scoring/score_highlights.h"
#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/level_card.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/workshop/navigator.h"
#include "ui/desktop/dashboard/presentation_page.h"
#include "ui/desktop/services/samples.h"
#include "ui/desktop/workshop/setup_page.h"
#include "ui/desktop/shell/start_page.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/workshop/walkthrough_page.h"
#include "ui/desktop/widgets/wrapped_text.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

std::filesystem::path lao_sample() {
    for (const auto& path : desktop::find_samples())
        if (path.filename() == "lao-pdr-2026-baseline.socle") return path;
    return {};
}

void collect(wxWindow* window, std::vector<wxWindow*>& out) {
    for (auto* child : window->GetChildren()) {
        out.push_back(child);
        collect(child, out);
    }
}

}  // namespace

TEST_CASE("the walkthrough draws the question and the level cards (text pixels where they belong)") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    const auto sample = lao_sample();
    REQUIRE_FALSE(sample.empty());
    REQUIRE(frame->open_file(sample));
    frame->show_indicator("D1.3");
    pump(400);
    auto* panel = frame->walkthrough_page()->indicator_panel();
    const wxImage image = capture(panel);
    keep_image(image, "shell-walkthrough.png");

    // The question: a block of dark text.
    const wxRect question = rect_in(panel->question(), panel);
    REQUIRE(question.GetWidth() > 400);
    REQUIRE(question.GetHeight() > 20);
    CHECK(dark_pixels(image, question) > 800);
    // Each card shows its descriptor in dark text, and its level badge in
    // the level's colour.
    for (auto* card : panel->cards()) {
        const wxRect rect = rect_in(card, panel);
        if (rect.GetBottom() >= image.GetHeight()) break;  // below the fold
        CAPTURE(card->level());
        const wxRect text_area(rect.GetX() + rect.GetWidth() / 6, rect.GetY(), rect.GetWidth() / 2, rect.GetHeight());
        CHECK(dark_pixels(image, text_area) > 300);
        const wxRect badge(rect.GetX() + 8, rect.GetY() + 8, 30, rect.GetHeight() - 16);
        CHECK(pixels_unlike(image, badge, desktop::theme::level_colour(card->level(), 5), 60) <
              badge.GetWidth() * badge.GetHeight() / 3);
    }
    // The margin left of the question holds no text: the checks above can fail.
    const wxRect margin(0, question.GetY(), 6, question.GetHeight());
    CHECK(dark_pixels(image, margin) == 0);
    // D1.3 has a disagreement in the sample: the warning is up and drawn.
    REQUIRE(panel->warning()->IsShown());
    CHECK(pixels_unlike(image, rect_in(panel->warning(), panel), desktop::theme::warning_background()) > 300);
}

TEST_CASE("switching the interface to French relabels the menus and pages at once, and is remembered") {
    desktop::add_catalog_search_paths();
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    CHECK(frame->GetMenuBar()->GetMenuLabel(0) == "&File");
    const auto& languages = desktop::interface_languages();
    int french = -1;
    for (std::size_t i = 0; i < languages.size(); ++i)
        if (languages[i].code == "fr") french = static_cast<int>(i);
    REQUIRE(french >= 0);
    menu_command(frame, desktop::ids::LanguageFirst + french);
    pump(300);
    CHECK(desktop::current_interface_language() == "fr");
    CHECK(app.context().settings().language() == "fr");
    CHECK(desktop::to_utf8(frame->GetMenuBar()->GetMenuLabel(0)) == "&Fichier");
    CHECK(folded_label(frame->start_page()->create_button()) == "&Créer une évaluation");
    // The pages of an open document are French too.
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    frame->show_page(desktop::Page::Walkthrough);
    pump(100);
    const auto label = folded_label(frame->walkthrough_page()->indicator_panel()->derived_level());
    CHECK(label == "Sans réponse");
    desktop::apply_interface_language("en");
}

TEST_CASE("the status bar counts as the dashboard does: rated of applicable, disagreements with those resolved") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->open_file(lao_sample()));
    pump(100);
    auto status = [&] { return desktop::to_utf8(frame->GetStatusBar()->GetStatusText(0)); };
    auto* document = frame->document();
    const auto before = scoring::progress(document->scores());
    REQUIRE(before.disagreements > before.resolved);
    // 48 of 49 in the Lao sample: the dashboard's "Completeness (48 of 49 rated)".
    const std::string counted = std::to_string(before.rated) + " of " + std::to_string(before.applicable) +
                                " applicable indicators rated";
    CHECK(status().rfind(counted, 0) == 0);
    CHECK(status().find(std::to_string(before.disagreements) + " disagreement") != std::string::npos);

    // The room agrees a level on an open disagreement: counted as resolved.
    std::string open;
    for (const auto& indicator : document->scores().indicators)
        if (indicator.disagreement && !indicator.agreed && open.empty()) open = indicator.id;
    REQUIRE_FALSE(open.empty());
    document->apply(assessment::edits::set_agreed(document->assessment(), open, assessment::Vote::at(2), ""));
    pump(50);
    const auto after = scoring::progress(document->scores());
    CHECK(after.resolved == before.resolved + 1);
    CHECK(status().find(", " + std::to_string(after.resolved) + " resolved") != std::string::npos);
}

TEST_CASE("every control of the walkthrough and set-up pages has an accessible name") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-dmf"));
    pump(100);
    // wx's default names say nothing to a screen reader.
    const std::vector<wxString> defaults = {"text",   "choice", "listCtrl", "treeCtrl", "button",
                                            "check",  "comboBox", "panel",  "listBox",  wxString()};
    for (wxWindow* page : {static_cast<wxWindow*>(frame->walkthrough_page()), static_cast<wxWindow*>(frame->setup_page())}) {
        std::vector<wxWindow*> windows;
        collect(page, windows);
        int controls = 0;
        for (auto* window : windows) {
            const bool control = dynamic_cast<wxControl*>(window) != nullptr || dynamic_cast<desktop::LevelCard*>(window);
            if (!control || !window->AcceptsFocusFromKeyboard() || dynamic_cast<wxStaticText*>(window)) continue;
            // Scrollbars and other parts owned by a control are the control's.
            if (window->GetParent() && dynamic_cast<wxControl*>(window->GetParent())) continue;
            ++controls;
            CAPTURE(window->GetClassInfo()->GetClassName());
            CHECK(std::find(defaults.begin(), defaults.end(), window->GetName()) == defaults.end());
        }
        CHECK(controls >= 8);
    }
}

TEST_CASE("Tab moves through the walkthrough's controls to the text fields") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    frame->show_page(desktop::Page::Walkthrough);
    pump(100);
    frame->walkthrough_page()->navigator()->tree()->SetFocus();
    pump(50);
    // One full round of Tab from the navigator. wxGTK reports no focused wx
    // window while a native combo box (our wxChoice fields) has the focus:
    // those stops show as empty names.
    std::vector<wxString> reached;
    for (int i = 0; i < 22; ++i) {
        press_key(WXK_TAB);
        auto* focus = wxWindow::FindFocus();
        reached.push_back(focus ? focus->GetName() : wxString());
    }
    wxString all;
    for (const auto& name : reached) all += name + " | ";
    CAPTURE(desktop::to_utf8(all));
    // First the button that shows or folds the facilitator's notes.
    CHECK(reached[0] == "notes_toggle");
    for (int level = 1; level <= 5; ++level)
        CHECK(reached[static_cast<std::size_t>(level)].StartsWith(wxString::Format("Level %d: ", level)));
    CHECK(reached[6] == "Votes of the participants");
    CHECK(reached[7].empty());  // the agreed level choice
    CHECK(reached[8] == "Rationale for the agreed level");
    CHECK(reached[9].empty());  // target
    CHECK(reached[10].empty());  // confidence
    CHECK(reached[11] == "Evidence seen");
    CHECK(reached[12] == "Links to documents");
    CHECK(reached[13] == "Notes");
    // "What this looks like elsewhere", shown under what the facilitator
    // records: its Hide button, the cases, and Import, Share and Write a case.
    CHECK(reached[14] == "practice-toggle");
    CHECK(reached[15] == "practice-cases");
    CHECK(reached[16] == "import_case");
    CHECK(reached[17] == "share_case");
    CHECK(reached[18] == "write_case");
    // The evidence register's list and Add button last (Link and Unlink are
    // disabled: the register is empty and nothing is selected).
    CHECK(reached[19] == "Documents supporting this indicator");
    CHECK(reached[20] == "add_document");
    CHECK(reached[21] == "Indicators and their status");  // round to the navigator again
}

TEST_CASE("a profile answer on the set-up page switches an indicator off in the navigator") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-dmf"));
    pump(100);
    const auto& framework = frame->document()->framework();
    const auto relevant_before = scoring::progress(frame->document()->scores()).relevant;
    std::size_t question = 0;
    while (question < framework.profile.size() && framework.profile[question].id != "has_contributory") ++question;
    REQUIRE(question < framework.profile.size());
    int no = -1;
    for (std::size_t o = 0; o < framework.profile[question].options.size(); ++o)
        if (framework.profile[question].options[o].id == "no") no = static_cast<int>(o) + 1;
    REQUIRE(no > 0);
    auto* choice = frame->setup_page()->profile_choices()[question];
    choice->SetSelection(no);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(no);
    choice->GetEventHandler()->ProcessEvent(event);
    pump(50);
    CHECK(frame->document()->assessment().profile.at("has_contributory") == "no");
    // Every indicator that applies only with a contributory scheme is switched off.
    int contributory_only = 0;
    for (const auto& domain : framework.domains)
        for (const auto& indicator : domain.indicators)
            for (const auto& condition : indicator.relevant_if)
                if (condition.question_id == "has_contributory" && condition.answer == "yes") ++contributory_only;
    REQUIRE(contributory_only >= 1);
    CHECK(scoring::progress(frame->document()->scores()).relevant == relevant_before - contributory_only);
    // The navigator marks the switched-off indicator with the "not relevant" symbol.
    frame->show_page(desktop::Page::Walkthrough);
    pump(100);
    auto* tree = frame->walkthrough_page()->navigator()->tree();
    int not_relevant = 0;
    const wxString symbol = desktop::theme::status_symbol(desktop::theme::DisplayStatus::NotRelevant);
    std::function<void(wxTreeItemId)> walk = [&](wxTreeItemId item) {
        wxTreeItemIdValue cookie;
        for (auto child = tree->GetFirstChild(item, cookie); child.IsOk(); child = tree->GetNextChild(item, cookie)) {
            if (tree->GetItemText(child).Contains(" " + symbol + " ")) ++not_relevant;
            walk(child);
        }
    };
    walk(tree->GetRootItem());
    CHECK(not_relevant == contributory_only);
    // Undo brings it back.
    menu_command(frame, wxID_UNDO);
    CHECK(scoring::progress(frame->document()->scores()).relevant == relevant_before);
}

TEST_CASE("presentation mode: F5 goes full screen on the presentation page, digits vote, arrows move, Esc leaves") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    assessment::Participant person;
    person.id = "p1";
    person.name = "Aigul";
    frame->document()->apply(assessment::edits::add_participant(frame->document()->assessment(), person));
    frame->show_page(desktop::Page::Walkthrough);
    pump(100);
    press_key(WXK_F5);
    pump(200);
    REQUIRE(frame->presentation_mode());
    CHECK(frame->IsFullScreen());
    CHECK(frame->presentation_page()->IsShownOnScreen());
    press_key('4');
    CHECK(frame->document()->assessment().response("Q1.1").votes.at("p1") == assessment::Vote::at(4));
    press_key(WXK_RIGHT);
    CHECK(frame->document()->current_indicator() == "Q1.2");
    press_key(WXK_ESCAPE);
    pump(200);
    CHECK_FALSE(frame->presentation_mode());
    CHECK_FALSE(frame->IsFullScreen());
    CHECK(frame->current_page() == desktop::Page::Walkthrough);
}

TEST_CASE("larger text from the View menu scales the pages, is remembered, and keeps the document") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    frame->show_page(desktop::Page::Walkthrough);
    pump(100);
    const double before = frame->walkthrough_page()->GetFont().GetFractionalPointSize();
    menu_command(frame, desktop::ids::TextLarger);
    pump(100);
    CHECK(app.context().settings().text_scale() > 1.1);
    REQUIRE(frame->walkthrough_page() != nullptr);
    CHECK(frame->walkthrough_page()->GetFont().GetFractionalPointSize() > before * 1.1);
    CHECK(frame->current_page() == desktop::Page::Walkthrough);
    menu_command(frame, desktop::ids::TextReset);
    CHECK(app.context().settings().text_scale() == doctest::Approx(1.0));
}

TEST_CASE("changing the session language shows the framework in that language") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    auto metadata = frame->document()->assessment().metadata;
    metadata.language = "fr";
    frame->document()->apply(assessment::edits::set_metadata(frame->document()->assessment(), metadata));
    pump(200);
    frame->show_page(desktop::Page::Walkthrough);
    pump(100);
    const auto& framework = frame->document()->framework();
    const auto* indicator = framework.find_indicator("Q1.1");
    REQUIRE(indicator);
    CHECK(desktop::to_utf8(frame->walkthrough_page()->indicator_panel()->question()->text()) ==
          *indicator->question.find("fr"));
}
