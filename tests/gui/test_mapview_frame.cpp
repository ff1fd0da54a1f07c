// The two pages inside the real main frame: View > Roadmap shows the
// roadmap, a pin made on it is undone by Edit > Undo (the frame refreshes
// the visible page after every change), and View > System map shows the map.
#include <doctest/doctest.h>

#include <wx/choice.h>
#include <wx/simplebook.h>

#include "tests/gui/mapview_fixtures.h"
#include "ui/desktop/shell/main_frame.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/roadmap/roadmap_board.h"
#include "ui/desktop/roadmap/roadmap_page.h"
#include "ui/desktop/systems/system_map_view.h"

using namespace socle;
using namespace socle::gui_test;

TEST_CASE("main frame: View > Roadmap and View > System map show the pages, and Edit > Undo takes a pin back") {
    ScratchApp app;
    auto* frame = new desktop::MainFrame(app.context());
    frame->SetClientSize(1280, 800);
    frame->Show();
    pump(100);
    REQUIRE(frame->open_file(test::source_path("samples/lao-pdr-2026-baseline.socle")));
    pump(100);

    menu_command(frame, desktop::ids::PageRoadmap);
    CHECK(frame->current_page() == desktop::Page::Roadmap);
    auto* page = visible_page(frame);
    REQUIRE(page->GetName() == "roadmap_page");
    auto* board = find_child<desktop::RoadmapBoard>(page, "roadmap_board");
    REQUIRE(board);

    const auto plan = scoring::plan_roadmap(frame->document()->assessment(), frame->document()->scores());
    std::string id;
    for (const auto& step : plan.steps)
        if (step.phase == plan.phases.back().settings.id) id = step.id;
    REQUIRE_FALSE(id.empty());
    auto* roadmap = dynamic_cast<desktop::RoadmapPage*>(page);
    REQUIRE(roadmap);
    roadmap->select_step(id);
    find_child<wxChoice>(page, "step_phase")->SetSelection(1);
    press(wxWindow::FindWindowByName("pin_step", page));
    CHECK(board->column_of(id) == plan.phases.front().settings.id);
    CHECK(frame->document()->modified());

    menu_command(frame, wxID_UNDO);
    CHECK(board->column_of(id) == plan.phases.back().settings.id);

    menu_command(frame, desktop::ids::PageSystems);
    CHECK(visible_page(frame)->GetName() == "systems_page");
    auto* view = find_child<desktop::SystemMapView>(visible_page(frame), "system_map_view");
    REQUIRE(view);
    CHECK(view->scene().map().systems.size() == frame->document()->assessment().systems.systems.size());
    frame->set_save_prompt([](const wxString&) { return desktop::SaveChoice::Discard; });
    frame->Destroy();
    pump();
}
