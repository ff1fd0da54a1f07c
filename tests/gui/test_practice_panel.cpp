// The good-practice library in the desktop, on the Lao PDR sample (sp-dmf
// 2.0.0): beside an indicator the cases above the room's level, nearest
// first and none at or below it; the session language changes their texts;
// the roadmap shows the cases of the selected step; a shared file is
// imported into the user practice folder (a scratch one, through
// SOCLE_PRACTICES_DIR), shown once when it is a built-in case come back and
// not at all when made for another framework version; a case is shared
// anonymised; a case written in the dialog is refused while it has a
// problem, then kept and shown.
#include <doctest/doctest.h>

#include <cstdlib>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "assessment/edits.h"
#include "frameworks/practice_library_loader.h"
#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/roadmap/roadmap_page.h"
#include "ui/desktop/services/practice_cases.h"
#include "ui/desktop/shell/screenshot.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/widgets/practice_cases_view.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/level_card.h"
#include "ui/desktop/workshop/practice_dialogs.h"
#include "ui/desktop/workshop/practice_panel.h"
#include "ui/desktop/workshop/walkthrough_page.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

// In the sample every participant rated D7.8 at 2 (target 3). The built-in
// library shows D7.8 at level 2 (Rwanda), 3 (the Philippines) and 4
// (Colombia).
constexpr const char* kIndicator = "D7.8";

// A user practice folder of the test's own, read afresh.
std::filesystem::path scratch_practices(ScratchApp& app) {
    const auto folder = app.dir() / "practices";
    setenv("SOCLE_PRACTICES_DIR", folder.c_str(), 1);
    desktop::reload_practices();
    return folder;
}

desktop::PracticePanel* open_on_indicator(ShownFrame& shown, const std::string& indicator) {
    REQUIRE(shown->open_file(test::source_path("samples/lao-pdr-2026-baseline.socle")));
    shown->show_page(desktop::Page::Walkthrough);
    shown->show_indicator(indicator);
    pump(150);
    auto* panel = shown->walkthrough_page()->indicator_panel()->practices();
    REQUIRE(panel);
    return panel;
}

// Scrolls the indicator page so that `window`'s bottom is in view.
void scroll_to(wxScrolledWindow* page, wxWindow* window) {
    page->Scroll(0, 0);
    pump(30);
    int unit_x = 0;
    int unit_y = 0;
    page->GetScrollPixelsPerUnit(&unit_x, &unit_y);
    const int overflow = rect_in(window, page).GetBottom() - page->GetClientSize().GetHeight() + 12;
    if (overflow > 0 && unit_y > 0) page->Scroll(0, (overflow + unit_y - 1) / unit_y);
    pump(100);
}

std::string shown_text(desktop::PracticePanel* panel) { return desktop::to_utf8(panel->cases()->GetValue()); }

void press(wxWindow* button) {
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
    pump(30);
}

void set_field(wxDialog& dialog, const wxString& name, const std::string& value) {
    auto* field = find_child<wxTextCtrl>(&dialog, name);
    REQUIRE_MESSAGE(field, name.ToStdString());
    field->SetValue(desktop::to_wx(value));
}

// A team's library file with one case on D7.8 at level 3.
std::string team_case(const std::string& id) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<practices format=\"1\" id=\"team." + id + "\" version=\"1.0.0\" framework=\"sp-dmf\" "
           "framework-version=\"2.0.0\" default-lang=\"en\">\n"
           "  <sources><source id=\"s1\"><title>Assessment manual</title><publisher>Ministry of Welfare</publisher>"
           "<year>2024</year><url>https://example.org/manual</url></source></sources>\n"
           "  <case id=\"" + id + "\" country=\"MN\" region=\"asia\" from=\"2022\">\n"
           "    <country-name lang=\"en\">Mongolia</country-name>\n"
           "    <title lang=\"en\">A written assessment method applied by the system</title>\n"
           "    <schemes lang=\"en\">Child money</schemes>\n"
           "    <what lang=\"en\">The method was approved and coded.</what>\n"
           "    <illustrates indicator=\"D7.8\" level=\"3\"/>\n"
           "    <cite source=\"s1\"/>\n"
           "  </case>\n"
           "</practices>\n";
}

}  // namespace

TEST_CASE("practices in the walkthrough: the cases above the room's level, nearest first, none at or below it") {
    ScratchApp app;
    scratch_practices(app);
    ShownFrame shown(app, wxSize(1024, 768));
    auto* panel = open_on_indicator(shown, kIndicator);
    CHECK(desktop::room_level(shown->document()->assessment(), kIndicator) == 2);
    CHECK(panel->cases()->shown_ids() == std::vector<std::string>{"ph-listahanan", "co-sisben-iv"});
    const std::string text = shown_text(panel);
    CHECK(text.find("Philippines") != std::string::npos);
    CHECK(text.find("Listahanan: one national targeting system") != std::string::npos);
    CHECK(text.find("level 3") < text.find("level 4"));
    CHECK(text.find("Rwanda") == std::string::npos);  // level 2: the room is there already
    CHECK(text.find("https://") != std::string::npos);  // a source's address, to copy
    CHECK(folded_label(panel->summary()) == "2 cases above level 2");
    // Below the level cards, so it never pushes them out of sight.
    auto* indicator = shown->walkthrough_page()->indicator_panel();
    CHECK(rect_in(panel, indicator).GetTop() > rect_in(indicator->cards().back(), indicator).GetBottom());

    // The room agrees on 3: only what level 4 looks like remains.
    auto* document = shown->document();
    document->apply(assessment::edits::set_agreed(document->assessment(), kIndicator, assessment::Vote::at(3), ""));
    pump(100);
    CHECK(panel->cases()->shown_ids() == std::vector<std::string>{"co-sisben-iv"});
    CHECK(folded_label(panel->summary()) == "1 case above level 3");

    // Hide and show with a real click (the panel scrolled into view).
    REQUIRE(panel->expanded());
    scroll_to(indicator, panel);
    click(panel->toggle_button());
    pump(50);
    CHECK_FALSE(panel->expanded());
    CHECK_FALSE(panel->cases()->IsShownOnScreen());
    // Shown or hidden, the level cards stay where they were.
    indicator->Scroll(0, 0);
    pump(50);
    const int card_top = rect_in(indicator->cards().front(), indicator).GetTop();
    press(panel->toggle_button());
    pump(50);
    CHECK(rect_in(indicator->cards().front(), indicator).GetTop() == card_top);
    CHECK(panel->expanded());
    CHECK(panel->cases()->IsShownOnScreen());

    // An indicator no case shows says so.
    shown->show_indicator("D1.1");
    pump(50);
    CHECK(panel->cases()->shown_ids().empty());
    CHECK(shown_text(panel).find("No case") != std::string::npos);
}

TEST_CASE("practices in the walkthrough follow the session language, English where a case lacks it") {
    ScratchApp app;
    scratch_practices(app);
    ShownFrame shown(app);
    open_on_indicator(shown, kIndicator);
    auto* document = shown->document();
    auto metadata = document->assessment().metadata;
    metadata.language = "fr";
    document->apply(assessment::edits::set_metadata(document->assessment(), metadata));
    pump(300);  // the frame rebuilds its pages for the new language
    auto* panel = shown->walkthrough_page()->indicator_panel()->practices();
    REQUIRE(panel);
    std::string text = shown_text(panel);
    CHECK(text.find("Listahanan : un système national de ciblage") != std::string::npos);
    CHECK(text.find("Colombie") != std::string::npos);
    CHECK(text.find("one national targeting system") == std::string::npos);

    // Lao: the cases have no full Lao text: the title stays English, the
    // account is the case's Lao summary, marked as a draft translation.
    metadata.language = "lo";
    document->apply(assessment::edits::set_metadata(document->assessment(), metadata));
    pump(300);
    panel = shown->walkthrough_page()->indicator_panel()->practices();
    text = shown_text(panel);
    CHECK(text.find("Listahanan") != std::string::npos);
    CHECK(text.find("ຟີລິບປິນ: ກົມສະຫວັດດີການສັງຄົມ") != std::string::npos);
    CHECK(text.find("(draft translation)") != std::string::npos);
    CHECK(text.find("The Department of Social Welfare and Development developed") == std::string::npos);
    CHECK(panel->cases()->shown_ids().size() == 2);
}

TEST_CASE("practices in the roadmap: the selected step's cases") {
    ScratchApp app;
    scratch_practices(app);
    ShownFrame shown(app);
    REQUIRE(shown->open_file(test::source_path("samples/lao-pdr-2026-baseline.socle")));
    shown->show_page(desktop::Page::Roadmap);
    pump(150);
    auto* page = find_child<desktop::RoadmapPage>(shown.frame, "roadmap_page");
    REQUIRE(page);
    auto* cases = find_child<desktop::PracticeCasesView>(page, "practice-cases");
    REQUIRE(cases);
    CHECK(cases->shown_ids().empty());  // no step selected yet
    // D7.8 from 2 to its target 3: the level-3 case, then the level-4 one (one
    // level past the target, as the report cites a step's cases), not the
    // level-2 one.
    REQUIRE(shown->document()->plan().find("D7.8:3"));
    page->select_step("D7.8:3");
    pump(50);
    CHECK(cases->shown_ids() == std::vector<std::string>{"ph-listahanan", "co-sisben-iv"});
    CHECK(desktop::to_utf8(cases->GetValue()).find("Philippines") != std::string::npos);
}

TEST_CASE("practices: a shared case imported into the user library, a case shared anonymised") {
    ScratchApp app;
    const auto folder = scratch_practices(app);
    ShownFrame shown(app);
    auto* panel = open_on_indicator(shown, kIndicator);

    // A file with a problem is refused, nothing copied.
    const auto broken = app.dir() / "broken-case.xml";
    std::string bad = team_case("mn-broken");
    bad.replace(bad.find("<year>2024</year>"), 17, "<year>24</year>");
    test::write_text(broken, bad);
    CHECK_FALSE(panel->import_file(broken));
    CHECK(folded_label(panel->status()).find("year '24'") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(folder / "broken-case.xml"));

    const auto shared = app.dir() / "mongolia-case.xml";
    test::write_text(shared, team_case("mn-assessment-method"));
    CHECK(panel->import_file(shared));
    CHECK(std::filesystem::exists(folder / "mongolia-case.xml"));
    CHECK(test::read_text(folder / "mongolia-case.xml") == test::read_text(shared));
    CHECK(panel->cases()->shown_ids() ==
          std::vector<std::string>{"ph-listahanan", "mn-assessment-method", "co-sisben-iv"});
    // Never over the file already there.
    CHECK_FALSE(panel->import_file(shared));
    CHECK(folded_label(panel->status()).find("already in your practice library") != std::string::npos);

    // A built-in case shared and imported back is shown once; a case made
    // for another framework version is kept but not shown beside this one.
    const auto again = app.dir() / "listahanan.xml";
    REQUIRE(panel->share_case("ph-listahanan", false, again));
    CHECK(panel->import_file(again));
    const auto older = app.dir() / "older-version.xml";
    std::string other = team_case("mn-older");
    other.replace(other.find("framework-version=\"2.0.0\""), 25, "framework-version=\"1.0.0\"");
    test::write_text(older, other);
    CHECK(panel->import_file(older));
    CHECK(std::filesystem::exists(folder / "older-version.xml"));
    CHECK(panel->cases()->shown_ids() ==
          std::vector<std::string>{"ph-listahanan", "mn-assessment-method", "co-sisben-iv"});

    // Share a built-in case, anonymised: the file loads, names no country.
    const auto out = app.dir() / "sisben.xml";
    CHECK(panel->share_case("co-sisben-iv", true, out));
    const auto loaded = frameworks::load_practice_library_file(out);
    REQUIRE(loaded.ok());
    REQUIRE(loaded.library->cases.size() == 1);
    CHECK(loaded.library->cases[0].anonymised);
    CHECK(test::read_text(out).find("Colombia") == std::string::npos);

    // The Share button's dialog offers the cases beside the indicator first
    // (Cancel: the file dialog that follows OK is the platform's own).
    const bool opened = with_modal_dialog([&] { press(panel->share_button()); }, [&](wxDialog& dialog) {
        auto* choice = find_child<wxChoice>(&dialog, "share-case-choice");
        REQUIRE(choice);
        CHECK(choice->GetString(0).StartsWith("Listahanan: one national targeting system"));
        CHECK(choice->GetString(0).EndsWith("(ph-listahanan)"));
        CHECK(choice->GetCount() > 25);  // every case Socle sees
        CHECK(find_child<wxCheckBox>(&dialog, "share-anonymise"));
        press_button(dialog, wxID_CANCEL);
    });
    CHECK(opened);

    // A broken file copied into the folder by hand: left out, and said.
    test::write_text(folder / "by-hand.xml", bad);
    desktop::reload_practices();
    panel->refresh();
    CHECK(folded_label(panel->status()).find("left out") != std::string::npos);
    CHECK(folded_label(panel->status()).find("by-hand.xml") != std::string::npos);
    CHECK(panel->cases()->shown_ids() ==
          std::vector<std::string>{"ph-listahanan", "mn-assessment-method", "co-sisben-iv"});
}

TEST_CASE("practices: a case written in the dialog is refused while it has a problem, then kept and shown") {
    ScratchApp app;
    const auto folder = scratch_practices(app);
    ShownFrame shown(app);
    auto* panel = open_on_indicator(shown, kIndicator);

    bool refused = false;
    wxString problem;
    const bool opened = with_modal_dialog([&] { press(panel->write_button()); }, [&](wxDialog& dialog) {
        // The dialog starts on the indicator, at the level above the room's.
        CHECK(find_child<wxChoice>(&dialog, "case-indicator")->GetStringSelection().StartsWith("D7.8"));
        CHECK(find_child<wxChoice>(&dialog, "case-level")->GetStringSelection() == "3");
        set_field(dialog, "case-country", "la");
        set_field(dialog, "case-country-name", "Lao PDR");
        set_field(dialog, "case-from", "2023");
        set_field(dialog, "case-title", "Disability screening in the pilot districts");
        set_field(dialog, "case-schemes", "Pilot MIS");
        set_field(dialog, "case-what", "A tablet app records the screening.");
        set_field(dialog, "case-source-title", "Pilot report");
        set_field(dialog, "case-source-year", "2024");
        // No publisher: the core's loader refuses the source.
        press_button(dialog, wxID_OK);
        refused = dialog.IsModal();
        auto* writer = dynamic_cast<desktop::WriteCaseDialog*>(&dialog);
        REQUIRE(writer);
        problem = writer->problem_label()->GetLabel();
        set_field(dialog, "case-source-publisher", "Ministry of Labour and Social Welfare");
        press_button(dialog, wxID_OK);
    });
    REQUIRE(opened);
    CHECK(refused);
    CHECK(desktop::to_utf8(problem).find("needs a <publisher>") != std::string::npos);
    pump(50);
    // One file, named after the case's id (country, then the title's words).
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) files.push_back(entry.path());
    REQUIRE(files.size() == 1);
    const auto kept = files.front();
    CHECK(kept.filename().string().rfind("la-disability-screening-in-the-pilot", 0) == 0);
    const auto loaded = frameworks::load_practice_library_file(kept);
    REQUIRE(loaded.ok());
    const auto& item = loaded.library->cases.at(0);
    CHECK(item.country == "LA");
    CHECK(item.links.at(0).indicator == "D7.8");
    CHECK(item.links.at(0).level == 3);
    CHECK(item.year_to == 0);  // ongoing
    CHECK(kept.stem().string() == item.id);
    CHECK(panel->cases()->shown_ids() == std::vector<std::string>{"ph-listahanan", item.id, "co-sisben-iv"});
    CHECK(folded_label(panel->status()).find("Your case is kept in") != std::string::npos);
}

TEST_CASE("practices: the walkthrough with the cases at 1024x768, as the user guide shows it") {
    ScratchApp app;
    scratch_practices(app);
    ShownFrame shown(app, wxSize(1024, 768));
    auto* panel = open_on_indicator(shown, kIndicator);
    auto* indicator = shown->walkthrough_page()->indicator_panel();
    // Scrolled so the panel sits at the bottom of the window, under the cards.
    scroll_to(indicator, panel);
    const wxImage box = capture(panel->cases());
    // Text drawn in the box: the cases are really on screen.
    CHECK(dark_pixels(box, wxRect(wxPoint(0, 0), box.GetSize())) > 500);
    keep_image(desktop::grab_window(shown.frame), "walkthrough-practices.png");
}
