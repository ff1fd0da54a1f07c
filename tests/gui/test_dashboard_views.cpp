// What the room sees drawn on screen: the dashboard's radar and table, and
// the presentation page's question, level cards and disagreement warning.
// Pixel checks look in the regions where each thing must be, not at the
// window as a whole.
#include <doctest/doctest.h>

#include <cstdlib>

#include <wx/listctrl.h>

#include "assessment/edits.h"
#include "tests/gui/dashboard_fixtures.h"
#include "ui/desktop/dashboard/dashboard_page.h"
#include "ui/desktop/dashboard/presentation_page.h"
#include "ui/desktop/widgets/radar_chart.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

// Pixels of `rect` within `tolerance` of `colour` (sum of channel differences).
int pixels_like(const wxImage& image, const wxRect& rect, const wxColour& colour, int tolerance) {
    const wxRect area = rect.Intersect(wxRect(image.GetSize()));
    int count = 0;
    for (int y = area.GetTop(); y <= area.GetBottom(); ++y)
        for (int x = area.GetLeft(); x <= area.GetRight(); ++x)
            if (std::abs(image.GetRed(x, y) - colour.Red()) + std::abs(image.GetGreen(x, y) - colour.Green()) +
                    std::abs(image.GetBlue(x, y) - colour.Blue()) <=
                tolerance)
                ++count;
    return count;
}

wxRect rect_in(wxWindow* child, wxWindow* ancestor) {
    const wxPoint origin = ancestor->ScreenToClient(child->GetScreenPosition());
    return wxRect(origin, child->GetClientSize());
}

}  // namespace

TEST_CASE("screenshot: the dashboard draws its radar and its table") {
    ScratchApp app;
    auto document = sample_document(app, "lao-pdr-2026-baseline.socle");
    wxFrame* frame = show_test_frame(wxSize(1280, 800));
    auto* page = new desktop::DashboardPage(frame, *document);
    frame->GetSizer()->Add(page, 1, wxEXPAND);
    frame->Layout();
    pump(300);
    const wxImage shot = capture(page);
    keep_image(shot, "dashboard.png");

    // The headline is the Lao sample's level profile: 42 of its 62 rated
    // indicators at level 2, above the mean figures.
    auto* heading = wxWindow::FindWindowByName("dashboard.profile.heading", page);
    REQUIRE(heading);
    CHECK(folded_label(heading) == "Level profile: 62 of 64 indicators rated, at each level");
    auto* level_two = wxWindow::FindWindowByName("dashboard.profile.level.2", page);
    REQUIRE(level_two);
    CHECK(folded_label(level_two) == "42");
    CHECK(folded_label(wxWindow::FindWindowByName("dashboard.profile.level.1", page)) == "20");
    CHECK(folded_label(wxWindow::FindWindowByName("dashboard.profile.flags.1", page)) == "10 low confidence");
    auto* mean = wxWindow::FindWindowByName("dashboard.overall.level", page);
    REQUIRE(mean);
    CHECK(rect_in(level_two, page).GetBottom() < rect_in(mean, page).GetTop());
    CHECK(rect_in(level_two, page).GetRight() < page->GetClientSize().GetWidth());

    auto* radar = dynamic_cast<desktop::RadarChart*>(wxWindow::FindWindowByName("dashboard.radar", page));
    REQUIRE(radar);
    const wxRect radar_rect = rect_in(radar, page);
    CHECK(radar_rect.width > 300);
    CHECK(radar_rect.height > 250);
    // The current and target outlines in their colours, inside the chart.
    const wxPoint2DDouble centre = radar->centre();
    const int r = static_cast<int>(radar->radius());
    REQUIRE(r > 80);
    const wxRect web(radar_rect.x + static_cast<int>(centre.m_x) - r, radar_rect.y + static_cast<int>(centre.m_y) - r, 2 * r,
                     2 * r);
    CHECK(pixels_like(shot, web, desktop::theme::current_series(), 60) > 200);
    CHECK(pixels_like(shot, web, desktop::theme::target_series(), 60) > 100);
    // Axis labels (dark text) around the web, left and right of it.
    const wxRect left_labels(radar_rect.x, radar_rect.y, web.x - radar_rect.x, radar_rect.height);
    const wxRect right_labels(web.GetRight(), radar_rect.y, radar_rect.GetRight() - web.GetRight(), radar_rect.height);
    CHECK(dark_pixels(shot, left_labels) > 150);
    CHECK(dark_pixels(shot, right_labels) > 150);
    // No series colour outside the chart's own window (it did not spill).
    // The domain table shows text in its rows.
    auto* table = wxWindow::FindWindowByName("dashboard.domains", page);
    REQUIRE(table);
    const wxRect table_rect = rect_in(table, page);
    CHECK(dark_pixels(shot, wxRect(table_rect.x, table_rect.y + table_rect.height / 4, table_rect.width,
                                   table_rect.height / 2)) > 500);
    frame->Destroy();
    pump(50);
}

TEST_CASE("presentation page: the current indicator in large type, with the room's level and a warning") {
    ScratchApp app;
    auto document = quick_scan_document(app, 4);
    document->set_current_indicator("Q2.1");
    vote(*document, "Q2.1", {1, 2, 4, 4});
    wxFrame* frame = show_test_frame(wxSize(1280, 720));
    auto* page = new desktop::PresentationPage(frame, *document);
    frame->GetSizer()->Add(page, 1, wxEXPAND);
    frame->Layout();
    pump(300);

    auto* view = wxWindow::FindWindowByName("presentation.view", page);
    REQUIRE(view);
    const std::string shown = folded_label(view);
    const auto& framework = document->framework();
    const auto* indicator = framework.find_indicator("Q2.1");
    REQUIRE(indicator);
    CHECK(shown.find(framework.text(indicator->question, "en")) != std::string::npos);
    CHECK(shown.find("Data and registries") != std::string::npos);
    CHECK(shown.find(framework.text(indicator->descriptors[2], "en")) != std::string::npos);
    // Lower median of 1 2 4 4 is 2; spread 3: the room disagrees.
    CHECK(shown.find("Room's level: 2") != std::string::npos);
    CHECK(shown.find("Spread 3 (votes from 1 to 4)") != std::string::npos);
    CHECK(shown.find("The room disagrees: votes range from 1 to 4") != std::string::npos);
    // The slide's first line is the level profile so far: Q2.1 alone, at
    // level 2, with no confidence mark and no evidence.
    CHECK(shown.starts_with("Level profile:"));
    CHECK(shown.find("level 2: 1") != std::string::npos);
    CHECK(shown.find("level 1: 0") != std::string::npos);
    CHECK(shown.find("(1 low confidence, 1 without evidence)") != std::string::npos);

    const wxImage shot = capture(page);
    keep_image(shot, "presentation.png");
    const int w = shot.GetWidth(), h = shot.GetHeight();
    // The question at the top, the cards' level colours in the middle, the
    // warning banner's colour lower down.
    CHECK(dark_pixels(shot, wxRect(0, 0, w, h / 4)) > 3000);
    CHECK(pixels_like(shot, wxRect(0, h / 5, w, h / 2), desktop::theme::level_colour(1, 5), 30) > 500);
    CHECK(pixels_like(shot, wxRect(0, h / 5, w, h / 2), desktop::theme::level_colour(5, 5), 30) > 500);
    CHECK(pixels_like(shot, wxRect(0, h / 2, w, h / 2), desktop::theme::warning_background(), 20) > 3000);

    // The room agrees on 3: the warning stays (the spread is worth noting)
    // and the agreed level is shown.
    document->apply(assessment::edits::set_agreed(document->assessment(), "Q2.1", assessment::Vote::at(3), "Two provinces only"));
    page->refresh();
    pump(100);
    const std::string after = folded_label(view);
    CHECK(after.find("Agreed level: 3 - Two provinces only") != std::string::npos);
    CHECK(after.find("Room's level: 3") != std::string::npos);
    CHECK(after.find("The votes ranged from 1 to 4; the room has agreed a level.") != std::string::npos);
    CHECK(after.find("Discuss before agreeing") == std::string::npos);

    // Moving on shows the next indicator.
    document->set_current_indicator("Q2.2");
    page->refresh();
    pump(100);
    const std::string next = folded_label(view);
    CHECK(next.find(framework.text(framework.find_indicator("Q2.2")->question, "en")) != std::string::npos);
    CHECK(next.find("No votes yet") != std::string::npos);
    CHECK(next.find("disagrees") == std::string::npos);
    frame->Destroy();
    pump(50);
}
