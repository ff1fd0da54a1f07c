// The radar chart on its own: a value missing on an axis leaves a gap in
// the outline (never a line to the centre), any number of series share the
// chart and the legend, and the chart scales with its window.
#include <doctest/doctest.h>

#include <cstdlib>

#include <wx/frame.h>
#include <wx/sizer.h>
#include <wx/tooltip.h>
#include <wx/uiaction.h>

#include "tests/gui/dashboard_fixtures.h"
#include "ui/desktop/widgets/radar_chart.h"
#include "ui/desktop/services/ui_text.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

// Pixels near `colour` in a small square around `p`.
int near(const wxImage& image, wxPoint2DDouble p, const wxColour& colour, int half = 3) {
    int count = 0;
    for (int y = static_cast<int>(p.m_y) - half; y <= static_cast<int>(p.m_y) + half; ++y)
        for (int x = static_cast<int>(p.m_x) - half; x <= static_cast<int>(p.m_x) + half; ++x) {
            if (x < 0 || y < 0 || x >= image.GetWidth() || y >= image.GetHeight()) continue;
            if (std::abs(image.GetRed(x, y) - colour.Red()) + std::abs(image.GetGreen(x, y) - colour.Green()) +
                    std::abs(image.GetBlue(x, y) - colour.Blue()) <
                90)
                ++count;
        }
    return count;
}

wxPoint2DDouble midpoint(wxPoint2DDouble a, wxPoint2DDouble b) { return {(a.m_x + b.m_x) / 2, (a.m_y + b.m_y) / 2}; }

struct ChartFrame {
    wxFrame* frame = nullptr;
    desktop::RadarChart* chart = nullptr;
    explicit ChartFrame(wxSize size) {
        frame = show_test_frame(size);
        chart = new desktop::RadarChart(frame);
        frame->GetSizer()->Add(chart, 1, wxEXPAND);
        frame->Layout();
    }
    ~ChartFrame() {
        frame->Destroy();
        pump(50);
    }
};

}  // namespace

TEST_CASE("radar chart: a missing value is a gap, not a zero") {
    ChartFrame shown(wxSize(700, 600));
    auto* chart = shown.chart;
    const wxColour blue(0x15, 0x65, 0xC0);
    chart->set_levels(5);
    chart->set_axes({"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"});
    // No value on Gamma (axis 2); the outline is not filled then.
    chart->set_series({{"Current", blue, {4.0, 4.0, std::nullopt, 4.0, 4.0, 4.0}, true, false}});
    pump(200);
    const wxImage shot = capture(chart);
    CHECK(chart->radius() > 150);
    // Joined where both neighbours have values: Alpha-Beta, Delta-Epsilon.
    CHECK(near(shot, midpoint(chart->point_for(0, 4), chart->point_for(1, 4)), blue) > 3);
    CHECK(near(shot, midpoint(chart->point_for(3, 4), chart->point_for(4, 4)), blue) > 3);
    // Not joined across the gap: nothing between Beta and Delta's points and
    // nothing drawn towards the centre on Gamma's axis.
    CHECK(near(shot, midpoint(chart->point_for(1, 4), chart->point_for(2, 0)), blue) == 0);
    CHECK(near(shot, midpoint(chart->point_for(2, 0), chart->point_for(3, 4)), blue) == 0);
    CHECK(near(shot, chart->point_for(2, 1), blue) == 0);
    CHECK(near(shot, chart->point_for(2, 4), blue) == 0);
    // The points that exist have markers.
    CHECK(near(shot, chart->point_for(1, 4), blue) > 10);
}

TEST_CASE("radar chart: several series over each other, each in the legend, and it scales with the window") {
    ChartFrame shown(wxSize(900, 700));
    auto* chart = shown.chart;
    const std::vector<wxColour> colours = {wxColour(0x15, 0x65, 0xC0), wxColour(0xE6, 0x51, 0x00), wxColour(0x2E, 0x7D, 0x32),
                                           wxColour(0x6A, 0x1B, 0x9A)};
    std::vector<desktop::RadarSeries> series;
    for (std::size_t s = 0; s < colours.size(); ++s)
        series.push_back({wxString::Format("Round %d", static_cast<int>(s + 1)), colours[s],
                          std::vector<std::optional<double>>(5, 1.0 + static_cast<double>(s)), s == 0, s % 2 == 1});
    chart->set_levels(5);
    chart->set_axes({"Strategy and governance", "Data and registries", "Interoperability", "Delivery and payments",
                     "Operations, people and use of data"});
    chart->set_series(series);
    pump(200);
    const wxImage large = capture(chart);
    const double large_radius = chart->radius();
    for (std::size_t s = 0; s < colours.size(); ++s) {
        const double level = 1.0 + static_cast<double>(s);
        CHECK_MESSAGE(near(large, midpoint(chart->point_for(0, level), chart->point_for(1, level)), colours[s]) > 2, s);
    }
    // The legend, below the chart, shows each series' colour.
    const int legend_top = static_cast<int>(chart->centre().m_y + chart->radius());
    const wxRect legend(0, legend_top, large.GetWidth(), large.GetHeight() - legend_top);
    for (const auto& colour : colours) {
        int count = 0;
        for (int y = legend.y; y < legend.GetBottom(); ++y)
            for (int x = 0; x < legend.width; ++x)
                if (std::abs(large.GetRed(x, y) - colour.Red()) + std::abs(large.GetGreen(x, y) - colour.Green()) +
                        std::abs(large.GetBlue(x, y) - colour.Blue()) <
                    60)
                    ++count;
        // A dashed sample line has about 20 such pixels, a solid one more;
        // a series missing from the legend has none.
        CHECK(count >= 10);
    }
    CHECK(dark_pixels(large, legend) > 100);  // the series names
    shown.frame->SetClientSize(wxSize(450, 380));
    pump(200);
    capture(chart);
    CHECK(chart->radius() < large_radius * 0.75);
    CHECK(chart->radius() > 40);
}

TEST_CASE("radar chart: hovering an axis with the real mouse tells its values") {
    ChartFrame shown(wxSize(700, 600));
    auto* chart = shown.chart;
    chart->set_levels(5);
    chart->set_axes({"Strategy", "Data\n(not rated)", "Payments"});
    chart->set_series({{"Current level", wxColour(0x15, 0x65, 0xC0), {2.25, std::nullopt, 3.0}, true, false},
                       {"Target", wxColour(0xE6, 0x51, 0x00), {3.0, std::nullopt, 4.0}, false, true}});
    pump(200);
    capture(chart);  // lays the chart out
    CHECK(chart->describe_axis(0) == "Strategy: Current level 2.25, Target 3");
    CHECK(desktop::to_utf8(chart->describe_axis(1)) == "Data (not rated): Current level \xE2\x80\x93, Target \xE2\x80\x93");
    REQUIRE(chart->axis_at(wxPoint(static_cast<int>(chart->point_for(2, 4).m_x), static_cast<int>(chart->point_for(2, 4).m_y))) == 2u);
    CHECK_FALSE(chart->axis_at(wxPoint(static_cast<int>(chart->centre().m_x), static_cast<int>(chart->centre().m_y))));

    wxUIActionSimulator sim;
    sim.MouseMove(chart->ClientToScreen(wxPoint(static_cast<int>(chart->point_for(2, 3).m_x),
                                                static_cast<int>(chart->point_for(2, 3).m_y))));
    pump(150);
    REQUIRE(chart->GetToolTip());
    CHECK(desktop::to_utf8(chart->GetToolTipText()) == "Payments: Current level 3, Target 4");
}
