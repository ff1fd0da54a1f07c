// The roadmap page on the Lao PDR sample: a card chosen with a real click,
// pinned, given an owner and excluded through the page's own controls; the
// plan, the board and the saved file follow, and undo takes it back.
#include <doctest/doctest.h>

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <cstdlib>

#include "exports/workbook.h"
#include "scoring/roadmap_text.h"
#include "tests/gui/mapview_fixtures.h"
#include "ui/desktop/roadmap/roadmap_board.h"
#include "ui/desktop/roadmap/roadmap_page.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

scoring::RoadmapPlan plan_of(const desktop::Document& document) {
    return scoring::plan_roadmap(document.assessment(), document.scores());
}

// A step of the last phase that waits for a step placed after the first
// phase: pinning it to the first phase breaks a prerequisite.
std::string step_to_pull_forward(const scoring::RoadmapPlan& plan) {
    const auto& first = plan.phases.front().settings.id;
    const auto& last = plan.phases.back().settings.id;
    for (const auto& step : plan.steps) {
        if (step.phase != last) continue;
        for (const auto& before : step.after)
            if (const auto* other = plan.find(before); other && !other->phase.empty() && other->phase != first) return step.id;
    }
    return {};
}

// A step with a reason of this kind, or empty.
std::string step_with(const scoring::RoadmapPlan& plan, scoring::ReasonKind kind) {
    for (const auto& step : plan.steps)
        for (const auto& reason : step.reasons)
            if (reason.kind == kind) return step.id;
    return {};
}

// The fixed words of the planner's English sentences (scoring/roadmap_text.cpp):
// none may show in a French or Russian session.
void check_no_english(const std::string& text) {
    CAPTURE(text);
    for (const char* english : {"Waits for", "the level before", "needs", "in the system map", "depends on",
                                "is pinned", "waits for", "Placed later", "No phase has room", "more flows",
                                "Foundational / national ID", "months"})
        CHECK(text.find(english) == std::string::npos);
}

// In the interface language `lang`, the reasons of a step and the problem a
// pin causes read in that language; `waits`, `pinned` and `map` are the
// words the translated sentences start with or hold.
void check_roadmap_language(const char* lang, const std::string& waits, const std::string& pinned,
                            const std::string& map) {
    desktop::add_catalog_search_paths();
    REQUIRE(desktop::apply_interface_language(lang) == lang);
    ScratchApp app;
    auto document = lao_sample(app);
    auto* frame = show_test_frame(wxSize(1280, 800));
    auto* page = new desktop::RoadmapPage(frame, *document);
    host_page(frame, page);
    const auto plan = plan_of(*document);

    // A reason from the framework's prerequisites and one from the system map.
    for (const auto kind : {scoring::ReasonKind::Prerequisite, scoring::ReasonKind::SystemDependency}) {
        const auto id = step_with(plan, kind);
        REQUIRE_FALSE(id.empty());
        page->select_step(id);
        const auto why = desktop::to_utf8(find_child<wxTextCtrl>(page, "step_details")->GetValue());
        CHECK(why.find(waits) != std::string::npos);
        if (kind == scoring::ReasonKind::SystemDependency) CHECK(why.find(map) != std::string::npos);
        const auto reasons = why.substr(why.find(waits));  // the question and the action are framework text
        check_no_english(reasons);
    }

    // A pin that breaks a prerequisite: the problem line.
    const auto id = step_to_pull_forward(plan);
    REQUIRE_FALSE(id.empty());
    page->pin(id, plan.phases.front().settings.id);
    auto* problems = find_child<wxStaticText>(page, "roadmap_problems");
    REQUIRE(problems->IsShown());
    const auto problem = folded_label(problems);
    CHECK(problem.find(pinned) != std::string::npos);
    // The step by its indicator and level, never by its id ("D4.2:3").
    CHECK(problem.find(plan.find(id)->indicator_id + " ") != std::string::npos);
    CHECK(problem.find(id) == std::string::npos);
    check_no_english(problem);
    keep_image(capture(page), "roadmap-" + std::string(lang) + ".png");
    desktop::apply_interface_language("en");
    frame->Destroy();
    pump();
}

void click_card(desktop::RoadmapBoard& board, const std::string& step_id) {
    board.show_card(step_id);
    pump(100);
    const auto rect = board.card_rect(step_id);
    REQUIRE(rect.GetWidth() > 0);
    REQUIRE(wxRect(board.GetClientSize()).Contains(rect.GetLeftTop() + wxPoint(20, 20)));
    click_at(&board, rect.GetLeftTop() + wxPoint(rect.GetWidth() / 2, 30));
}

}  // namespace

TEST_CASE("roadmap page: pinning a step moves it, shows the broken prerequisite, is saved, and undoes") {
    ScratchApp app;
    auto document = lao_sample(app);
    auto* frame = show_test_frame(wxSize(1280, 800));
    auto* page = new desktop::RoadmapPage(frame, *document);
    host_page(frame, page);
    auto* board = find_child<desktop::RoadmapBoard>(page, "roadmap_board");
    REQUIRE(board);

    const auto before = plan_of(*document);
    REQUIRE(before.phases.size() == 3);
    const auto id = step_to_pull_forward(before);
    REQUIRE_FALSE(id.empty());
    const auto original_phase = before.find(id)->phase;
    CHECK(board->column_of(id) == original_phase);
    CHECK_FALSE(find_child<wxStaticText>(page, "roadmap_problems")->IsShown());

    click_card(*board, id);
    CHECK(board->selection() == id);
    CHECK(folded_label(find_child<wxStaticText>(page, "step_title")).rfind(before.find(id)->indicator_id, 0) == 0);
    const auto why = desktop::to_utf8(find_child<wxTextCtrl>(page, "step_details")->GetValue());
    const auto& waited = before.find(id)->after.front();
    CHECK(why.find("Waits for " + waited.substr(0, waited.rfind(':')) + " (") != std::string::npos);
    CHECK(why.find(waited) == std::string::npos);

    // Pin to the first phase with the page's own controls.
    auto* phase = find_child<wxChoice>(page, "step_phase");
    REQUIRE(phase->GetCount() == 4);
    phase->SetSelection(1);
    press(wxWindow::FindWindowByName("pin_step", page));
    const auto after = plan_of(*document);
    CHECK(after.find(id)->phase == after.phases.front().settings.id);
    CHECK(after.find(id)->pinned);
    CHECK(board->column_of(id) == after.phases.front().settings.id);
    auto* problems = find_child<wxStaticText>(page, "roadmap_problems");
    CHECK(problems->IsShown());
    // The step in words: its indicator, domain and level, not its id.
    const auto* pinned_step = after.find(id);
    const auto* pinned_domain = document->framework().find_domain(pinned_step->domain_id);
    REQUIRE(pinned_domain);
    CAPTURE(folded_label(problems));
    CHECK(folded_label(problems).find("Step " + pinned_step->indicator_id + " (" +
                                      document->framework().text(pinned_domain->name, document->language()) + ") to level " +
                                      std::to_string(pinned_step->to) + " is pinned to") != std::string::npos);
    CHECK(folded_label(problems).find(id) == std::string::npos);

    // An owner, typed and set.
    find_child<wxTextCtrl>(page, "step_owner")->SetValue("Ministry of Labour and Social Welfare");
    press(wxWindow::FindWindowByName("set_owner", page));
    CHECK(plan_of(*document).find(id)->owner == "Ministry of Labour and Social Welfare");

    // Both are in the saved file.
    const auto saved = app.dir() / "pinned.socle";
    document->save_as(saved);
    auto reloaded = app.context().load(saved);
    REQUIRE(reloaded.ok());
    const auto& choice = reloaded.assessment->roadmap.steps.at(id);
    CHECK(choice.pinned_phase == std::optional<std::string>(after.phases.front().settings.id));
    CHECK(choice.owner == "Ministry of Labour and Social Welfare");

    // And in the workbook the team takes home (read back with openpyxl).
    const auto book = app.dir() / "roadmap.xlsx";
    exports::write_workbook(document->assessment(), book);
    const auto script = app.dir() / "read.py";
    test::write_text(script, "import sys, openpyxl\n"
                             "wb = openpyxl.load_workbook(sys.argv[1], data_only=True)\n"
                             "for ws in wb.worksheets:\n"
                             "    if ws.cell(1, 1).value != 'Step' or ws.cell(1, 5).value != 'Owner': continue\n"
                             "    for row in ws.iter_rows(min_row=2, values_only=True):\n"
                             "        if row[0] == sys.argv[2]: print(ws.title, '|', row[1], '|', row[4])\n");
    const auto listing = app.dir() / "read.txt";
    const std::string command = "/usr/bin/python3 '" + script.string() + "' '" + book.string() + "' '" + id + "' > '" +
                                listing.string() + "' 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    const auto read_back = test::read_text(listing);
    CHECK(read_back.find("| " + after.phases.front().settings.id + " | Ministry of Labour and Social Welfare") !=
          std::string::npos);

    document->undo();
    page->refresh();
    document->undo();
    page->refresh();
    CHECK(plan_of(*document).find(id)->phase == original_phase);
    CHECK(board->column_of(id) == original_phase);
    CHECK_FALSE(problems->IsShown());
    frame->Destroy();
    pump();
}

TEST_CASE("roadmap page: a step excluded with a reason leaves the board, and Restore brings it back") {
    ScratchApp app;
    auto document = lao_sample(app);
    auto* frame = show_test_frame(wxSize(1280, 800));
    auto* page = new desktop::RoadmapPage(frame, *document);
    host_page(frame, page);
    auto* board = find_child<desktop::RoadmapBoard>(page, "roadmap_board");
    const auto plan = plan_of(*document);
    const auto id = plan.steps.front().id;
    click_card(*board, id);
    REQUIRE(board->selection() == id);

    const bool opened = with_modal_dialog([&] { press(wxWindow::FindWindowByName("exclude_step", page)); },
                                        [&](wxDialog& dialog) {
                                            wxTextCtrl* text = nullptr;
                                            for (auto* child : dialog.GetChildren())
                                                if (auto* t = dynamic_cast<wxTextCtrl*>(child)) text = t;
                                            REQUIRE(text);
                                            text->SetValue("Covered by the partner's project");
                                            press_ok(dialog);
                                        });
    REQUIRE(opened);
    const auto excluded = plan_of(*document);
    REQUIRE(excluded.excluded.size() == 1);
    CHECK(excluded.excluded.front().id == id);
    CHECK(excluded.excluded.front().reason == "Covered by the partner's project");
    CHECK(board->column_of(id).empty());
    auto* list = find_child<wxListCtrl>(page, "excluded_list");
    REQUIRE(list->GetItemCount() == 1);
    CHECK(desktop::to_utf8(list->GetItemText(0, 1)) == "Covered by the partner's project");

    list->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    press(wxWindow::FindWindowByName("restore_step", page));
    CHECK(plan_of(*document).excluded.empty());
    CHECK(board->column_of(id) == plan.steps.front().phase);
    CHECK(document->assessment().roadmap.steps.count(id) == 0);  // nothing left to save for it
    frame->Destroy();
    pump();
}

TEST_CASE("roadmap page: the board draws phase columns with cards and load bars") {
    ScratchApp app;
    auto document = lao_sample(app);
    auto* frame = show_test_frame(wxSize(1280, 800));
    auto* page = new desktop::RoadmapPage(frame, *document);
    host_page(frame, page);
    auto* board = find_child<desktop::RoadmapBoard>(page, "roadmap_board");
    const auto plan = plan_of(*document);
    // A step with reasons, so that the picture shows why it sits where it sits.
    std::string shown = plan.steps.front().id;
    for (const auto& step : plan.steps)
        if (!step.phase.empty() && !step.reasons.empty()) {
            shown = step.id;
            break;
        }
    click_card(*board, shown);
    board->Scroll(0, 0);
    pump(100);
    const auto image = capture(board);
    if (const char* dir = std::getenv("SOCLE_SCREENSHOT_DIR")) capture(page).SaveFile(std::string(dir) + "/roadmap.png", wxBITMAP_TYPE_PNG);
    for (const auto& phase : plan.phases) {
        const auto* first = [&]() -> const scoring::RoadmapStep* {
            for (const auto& step : plan.steps)
                if (step.phase == phase.settings.id) return &step;
            return nullptr;
        }();
        REQUIRE(first);
        const auto rect = board->card_rect(first->id);
        CAPTURE(first->id);
        // A white card with dark text and the level colour band.
        CHECK(pixels_like(image, rect, *wxWHITE, 10) > rect.GetWidth() * rect.GetHeight() / 3);
        CHECK(dark_pixels(image, rect, 90) > 150);
        CHECK(pixels_like(image, wxRect(rect.x, rect.y, 14, rect.height),
                          desktop::theme::level_colour(first->to, document->framework().level_count()), 30) > 200);
    }
}

TEST_CASE("roadmap page: in French, the reasons of a step and the problems of the plan are French") {
    check_roadmap_language("fr", "Attend ", "est épinglée à 0-6 mois", "dans la carte des systèmes");
}

TEST_CASE("roadmap page: in Russian, the reasons of a step and the problems of the plan are Russian") {
    check_roadmap_language("ru", "Ждёт ", "закреплён за этапом «0-6 месяцев»", "на карте систем");
}

namespace {

// Text as read, whatever the wrapping: every space and line break left out.
wxString without_spaces(wxString text) {
    text.Replace(" ", "");
    text.Replace("\n", "");
    return text;
}

}  // namespace

// Issue 13: at a projector's 1024x768 and in Russian, a card once cut its
// question to one line, its action to three and its owner to one ("..."),
// at a fixed 132 px. Now it wraps everything and grows with its text.
TEST_CASE("roadmap board: at 1024x768 in Russian, a card with a long action and owner shows every line") {
    desktop::add_catalog_search_paths();
    REQUIRE(desktop::apply_interface_language("ru") == "ru");
    ScratchApp app;
    auto document = lao_sample(app);
    auto a = document->assessment();
    a.metadata.language = "ru";
    auto plan = scoring::plan_roadmap(a, scoring::score_assessment(a));
    // The first phase's step with the longest Russian action, given a long owner.
    const scoring::RoadmapStep* longest = nullptr;
    for (const auto& step : plan.steps)
        if (step.phase == plan.phases.front().settings.id &&
            (!longest || scoring::step_action(a, step).size() > scoring::step_action(a, *longest).size()))
            longest = &step;
    REQUIRE(longest);
    const std::string id = longest->id;
    const std::string owner = "Министерство труда и социального обеспечения, Департамент социальной помощи и "
                              "цифровой трансформации";
    a.roadmap.steps[id].owner = owner;
    plan = scoring::plan_roadmap(a, scoring::score_assessment(a));
    const auto& step = *plan.find(id);
    const auto action = desktop::to_wx(scoring::step_action(a, step));
    REQUIRE(action.length() > 150);

    auto* frame = show_test_frame(wxSize(1024, 768));
    auto* board = new desktop::RoadmapBoard(frame);
    host_page(frame, board);
    board->set_plan(a, plan);
    pump(100);

    // Every word of the question, the action and the owner is on the card.
    const auto lines = board->card_lines(id);
    wxString shown;
    for (const auto& line : lines) shown += line;
    const auto* indicator = a.framework().find_indicator(step.indicator_id);
    REQUIRE(indicator);
    const auto question = desktop::to_wx(a.framework().text(indicator->question, "ru"));
    CHECK(without_spaces(shown).Find(without_spaces(question)) != wxNOT_FOUND);
    CHECK(without_spaces(shown).Find(without_spaces(action)) != wxNOT_FOUND);
    CHECK(without_spaces(shown).Find(without_spaces(wxString::Format(_("Owner: %s"), desktop::to_wx(owner)))) != wxNOT_FOUND);
    CHECK(shown.Find("...") == wxNOT_FOUND);
    CHECK(lines.size() >= 9);  // the old card had room for six

    // The card grew to hold its lines: taller than the old fixed height,
    // and at least a line's height per line.
    board->show_card(id);
    pump(100);
    const auto rect = board->card_rect(id);
    CHECK(rect.GetHeight() > board->FromDIP(132));
    CHECK(rect.GetHeight() >= static_cast<int>(lines.size()) * board->GetCharHeight() * 8 / 10);
    REQUIRE(wxRect(board->GetClientSize()).Contains(rect));

    // Text reaches the card's last lines, and nothing is drawn below it or
    // beside it (the gaps show the column's plain background).
    const auto image = capture(board);
    keep_image(image, "roadmap-card-ru-1024.png");
    CHECK(dark_pixels(image, wxRect(rect.x, rect.y + rect.height * 3 / 4, rect.width, rect.height / 4), 140) > 20);
    const wxColour column(0xF0, 0xF2, 0xF5);
    // (inset from the column's rounded corners)
    const wxRect below(rect.x + 8, rect.GetBottom() + 2, rect.width - 16, 3);
    CHECK(pixels_unlike(image, below, column, 30) == 0);
    const wxRect beside(rect.GetRight() + 2, rect.y, 3, rect.height);
    CHECK(pixels_unlike(image, beside, column, 30) == 0);
    desktop::apply_interface_language("en");
    frame->Destroy();
    pump();
}
