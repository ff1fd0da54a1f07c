// The comparison page in the main frame: View > Compare assessments shows
// it in the page book with or without an open assessment, it keeps its
// assessments when a document is opened and closed, and a language change
// rebuilds it in the new language with the same assessments and mode.
#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/menu.h>
#include <wx/simplebook.h>

#include "tests/gui/gui_support.h"
#include "ui/desktop/comparison/comparison_page.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/shell/main_frame.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/services/ui_text.h"

using namespace socle;
using namespace socle::gui_test;
namespace fs = std::filesystem;

TEST_CASE("main frame: View > Compare assessments shows the comparison page and keeps it across documents") {
    ScratchApp app;
    auto* frame = new desktop::MainFrame(app.context());
    frame->Show();
    pump(150);
    menu_command(frame, desktop::ids::PageCompare);
    auto* page = frame->comparison_page();
    REQUIRE(page);
    CHECK(visible_page(frame) == page);
    CHECK(frame->current_page() == desktop::Page::Compare);

    const std::vector<fs::path> files = {test::source_path("samples/tajikistan-2026-baseline.socle"),
                                         test::source_path("samples/tajikistan-2028-follow-up.socle")};
    page->add_inputs(files);
    page->set_mode(scoring::ComparisonMode::Rounds);
    REQUIRE(page->comparison());

    // Opening and closing an assessment leaves the comparison alone.
    REQUIRE(frame->open_file(test::source_path("samples/lao-pdr-2026-baseline.socle")));
    menu_command(frame, desktop::ids::PageDashboard);
    CHECK(visible_page(frame) != page);
    menu_command(frame, desktop::ids::PageCompare);
    CHECK(visible_page(frame) == frame->comparison_page());
    CHECK(frame->close_document());
    pump(50);
    REQUIRE(frame->comparison_page());
    CHECK(frame->comparison_page()->inputs().size() == 2);

    // A new language rebuilds the page: same assessments, same mode, new words.
    desktop::add_catalog_search_paths();
    menu_command(frame, desktop::ids::PageCompare);
    frame->switch_language("fr");
    pump(80);
    auto* rebuilt = frame->comparison_page();
    REQUIRE(rebuilt);
    CHECK(visible_page(frame) == rebuilt);
    REQUIRE(rebuilt->comparison());
    CHECK(rebuilt->comparison()->assessments.size() == 2);
    CHECK(rebuilt->mode() == scoring::ComparisonMode::Rounds);
    auto* export_button = dynamic_cast<wxButton*>(wxWindow::FindWindowByName("comparison.export", rebuilt));
    REQUIRE(export_button);
    CHECK(folded_label(export_button) == "Exporter en xlsx...");
    auto* item = frame->GetMenuBar()->FindItem(desktop::ids::PageCompare);
    REQUIRE(item);
    CHECK(desktop::to_utf8(item->GetItemLabelText()) == "Comparer des évaluations...");
    CHECK(item->IsEnabled());
    frame->switch_language("en");
    frame->Destroy();
    pump(50);
}
