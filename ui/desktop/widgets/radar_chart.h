#pragma once
// A radar (spider) chart: one axis per domain, scale rings 1..levels, and
// any number of series drawn over each other (current and target today;
// several assessments in a comparison). A value absent on an axis is a gap
// in that series' outline, never a zero. Drawn with wxGraphicsContext, it
// scales with the window and with the app's text scale (theme::font).
#include <optional>
#include <vector>

#include <wx/colour.h>
#include <wx/geometry.h>
#include <wx/window.h>

#include "ui/desktop/widgets/text_layout.h"

namespace socle::desktop {

struct RadarSeries {
    wxString name;  // shown in the legend
    wxColour colour;
    std::vector<std::optional<double>> values;  // one per axis; nullopt: no value
    bool filled = true;    // a translucent area under a complete outline
    bool dashed = false;   // told apart without colour (targets, past rounds)
};

class RadarChart : public wxWindow {
public:
    explicit RadarChart(wxWindow* parent, wxWindowID id = wxID_ANY);

    void set_axes(std::vector<wxString> labels);
    void set_levels(int levels);
    void set_series(std::vector<RadarSeries> series);

    const std::vector<wxString>& axes() const { return axes_; }
    const std::vector<RadarSeries>& series() const { return series_; }
    int levels() const { return levels_; }

    // Geometry of the last layout, in client coordinates (tests and
    // tooltips): the centre, the radius of the outer ring, and where a value
    // on an axis is drawn.
    wxPoint2DDouble centre() const { return centre_; }
    double radius() const { return radius_; }
    wxPoint2DDouble point_for(std::size_t axis, double value) const;

    // The axis whose spoke is nearest to `point` (client coordinates), when
    // it lies within the chart's labels; for the hover tooltip.
    std::optional<std::size_t> axis_at(wxPoint point) const;
    // "Label: Series 1 x, Series 2 y" for an axis ("-" where a series has no value).
    wxString describe_axis(std::size_t axis) const;

    wxSize DoGetBestSize() const override;

private:
    void on_paint(wxPaintEvent& event);
    void on_motion(wxMouseEvent& event);
    void layout(wxGraphicsContext& gc, const wxSize& size);
    double legend_height(wxGraphicsContext& gc, double width) const;
    std::vector<TextBlockSize> wrap_labels(wxGraphicsContext& gc, double factor, double width);
    wxRect2DDouble label_box(double r, std::size_t i, const TextBlockSize& block) const;
    void draw_rings(wxGraphicsContext& gc) const;
    void draw_series(wxGraphicsContext& gc, const RadarSeries& series) const;
    void draw_labels(wxGraphicsContext& gc) const;
    void draw_legend(wxGraphicsContext& gc) const;
    double angle_of(std::size_t axis) const;

    std::vector<wxString> axes_;
    std::vector<RadarSeries> series_;
    int levels_ = 5;

    // Layout, recomputed on every paint.
    struct AxisLabel {
        std::vector<wxString> lines;
        wxPoint2DDouble origin;  // top-left of the block
    };
    std::vector<AxisLabel> labels_;
    wxPoint2DDouble centre_;
    double radius_ = 0;
    double legend_top_ = 0;
    double label_width_ = 0;
    double label_factor_ = 1.0;
    bool layout_dirty_ = true;
    wxSize layout_size_;
    std::optional<std::size_t> hovered_;
};

}  // namespace socle::desktop
