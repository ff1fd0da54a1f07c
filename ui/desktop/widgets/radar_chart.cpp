#include "ui/desktop/widgets/radar_chart.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include "ui/desktop/widgets/text_layout.h"
#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

namespace {

constexpr double kPi = 3.14159265358979323846;

wxColour ring_colour() { return wxColour(0xC4, 0xC4, 0xC4); }

// Pixels per "point" of the layout: everything grows with the text.
double unit_of(const wxWindow* window) {
    return std::max(1.0, theme::font(window, 1.0).GetPixelSize().GetHeight() / 15.0);
}

}  // namespace

RadarChart::RadarChart(wxWindow* parent, wxWindowID id)
    : wxWindow(parent, id, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &RadarChart::on_paint, this);
    Bind(wxEVT_MOTION, &RadarChart::on_motion, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
}

void RadarChart::set_axes(std::vector<wxString> labels) {
    axes_ = std::move(labels);
    layout_dirty_ = true;
    Refresh();
}

void RadarChart::set_levels(int levels) {
    levels_ = std::max(1, levels);
    layout_dirty_ = true;
    Refresh();
}

void RadarChart::set_series(std::vector<RadarSeries> series) {
    series_ = std::move(series);
    layout_dirty_ = true;
    Refresh();
}

wxSize RadarChart::DoGetBestSize() const {
    const double unit = unit_of(this);
    return wxSize(static_cast<int>(380 * unit), static_cast<int>(340 * unit));
}

double RadarChart::angle_of(std::size_t axis) const {
    // The first axis points up; the others follow clockwise.
    return -kPi / 2 + 2 * kPi * static_cast<double>(axis) / static_cast<double>(std::max<std::size_t>(1, axes_.size()));
}

wxPoint2DDouble RadarChart::point_for(std::size_t axis, double value) const {
    const double r = radius_ * std::clamp(value, 0.0, static_cast<double>(levels_)) / levels_;
    const double a = angle_of(axis);
    return {centre_.m_x + r * std::cos(a), centre_.m_y + r * std::sin(a)};
}

std::optional<std::size_t> RadarChart::axis_at(wxPoint point) const {
    if (axes_.empty() || radius_ <= 0) return std::nullopt;
    const double dx = point.x - centre_.m_x, dy = point.y - centre_.m_y;
    const double distance = std::hypot(dx, dy);
    if (distance < radius_ * 0.15 || distance > radius_ + label_width_) return std::nullopt;
    const double n = static_cast<double>(axes_.size());
    // Angle from the first (upward) axis, clockwise, in axis steps.
    double turns = (std::atan2(dy, dx) + kPi / 2) / (2 * kPi);
    if (turns < 0) turns += 1;
    return static_cast<std::size_t>(std::lround(turns * n)) % axes_.size();
}

wxString RadarChart::describe_axis(std::size_t axis) const {
    if (axis >= axes_.size()) return {};
    wxString label = axes_[axis];
    label.Replace("\n", " ");
    wxString text = label + ":";
    for (std::size_t s = 0; s < series_.size(); ++s) {
        const auto& values = series_[s].values;
        const auto value = axis < values.size() ? values[axis] : std::nullopt;
        text << (s == 0 ? " " : ", ") << series_[s].name << " " << theme::format_level(value);
    }
    return text;
}

void RadarChart::on_motion(wxMouseEvent& event) {
    event.Skip();
    const auto axis = axis_at(event.GetPosition());
    if (axis == hovered_) return;
    hovered_ = axis;
    if (axis)
        SetToolTip(describe_axis(*axis));
    else
        UnsetToolTip();
}

void RadarChart::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(theme::card_background()));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    // Measuring and wrapping the labels is most of the cost: only when
    // something changed.
    if (layout_dirty_ || layout_size_ != GetClientSize()) {
        layout(*gc, GetClientSize());
        layout_size_ = GetClientSize();
        layout_dirty_ = false;
    }
    if (axes_.empty()) return;
    draw_rings(*gc);
    for (const auto& series : series_) draw_series(*gc, series);
    draw_labels(*gc);
    draw_legend(*gc);
}

// Rows the legend needs at the bottom, for a chart `width` wide.
double RadarChart::legend_height(wxGraphicsContext& gc, double width) const {
    const double unit = unit_of(this);
    const double pad = 8 * unit;
    if (series_.empty()) return 0;
    gc.SetFont(theme::font(this, 0.95), theme::text());
    double x = pad, rows = 1, tw = 0, th = 0;
    for (const auto& series : series_) {
        gc.GetTextExtent(series.name, &tw, &th);
        const double item = 30 * unit + tw + 16 * unit;
        if (x + item > width - pad && x > pad) {
            ++rows;
            x = pad;
        }
        x += item;
    }
    gc.GetTextExtent("Ag", &tw, &th);
    return rows * (th + 4 * unit) + pad;
}

// Wraps the axis labels with the label type at `factor`, never inside a
// word, measured in bold (the widest way they are drawn).
std::vector<TextBlockSize> RadarChart::wrap_labels(wxGraphicsContext& gc, double factor, double width) {
    const double unit = unit_of(this);
    gc.SetFont(theme::font(this, factor, true), theme::text());
    double widest_word = 0;
    for (const auto& text : axes_) {
        wxString normalised = text;
        normalised.Replace("\n", " ");
        for (const auto& word : wxSplit(normalised, ' ')) {
            double tw = 0, th = 0;
            gc.GetTextExtent(word, &tw, &th);
            widest_word = std::max(widest_word, tw);
        }
    }
    label_width_ = std::max(widest_word + 1, std::clamp(width * 0.2, 80.0 * unit, 200.0 * unit));
    labels_.clear();
    std::vector<TextBlockSize> blocks;
    for (const auto& text : axes_) {
        labels_.push_back({wrap_text(gc, text, label_width_), {}});
        blocks.push_back(measure_lines(gc, labels_.back().lines));
    }
    return blocks;
}

// Where label `i` goes for a web of radius r: beside its axis' end, on the
// side away from the centre.
wxRect2DDouble RadarChart::label_box(double r, std::size_t i, const TextBlockSize& block) const {
    const double gap = 6 * unit_of(this);
    const double a = angle_of(i), c = std::cos(a), s = std::sin(a);
    const double ax = centre_.m_x + (r + gap) * c, ay = centre_.m_y + (r + gap) * s;
    const double x = c > 0.25 ? ax : (c < -0.25 ? ax - block.width : ax - block.width / 2);
    const double y = s > 0.25 ? ay : (s < -0.25 ? ay - block.height : ay - block.height / 2);
    return {x, y, block.width, block.height};
}

void RadarChart::layout(wxGraphicsContext& gc, const wxSize& size) {
    const double unit = unit_of(this);
    const double pad = 8 * unit;
    const double w = size.GetWidth(), h = size.GetHeight();
    legend_top_ = h - legend_height(gc, w);
    const wxRect2DDouble plot(pad, pad, std::max(0.0, w - 2 * pad), std::max(0.0, legend_top_ - 2 * pad));
    centre_ = {plot.m_x + plot.m_width / 2, plot.m_y + plot.m_height / 2};

    std::vector<TextBlockSize> blocks;
    auto inside = [&](double r) {
        for (std::size_t i = 0; i < axes_.size(); ++i) {
            const auto box = label_box(r, i, blocks[i]);
            if (box.m_x < plot.m_x || box.m_y < plot.m_y || box.GetRight() > plot.GetRight() ||
                box.GetBottom() > plot.GetBottom())
                return false;
        }
        return true;
    };
    auto overlapping = [&](double r) {
        for (std::size_t i = 0; i < axes_.size(); ++i)
            for (std::size_t j = i + 1; j < axes_.size(); ++j)
                if (label_box(r, i, blocks[i]).Intersects(label_box(r, j, blocks[j]))) return true;
        return false;
    };
    // The largest radius that keeps every label inside; when neighbours
    // would then run into each other, the label type steps down.
    for (const double factor : {1.0, 0.92, 0.85, 0.78, 0.72}) {
        label_factor_ = factor;
        blocks = wrap_labels(gc, factor, w);
        double low = 0, high = std::max(0.0, std::min(plot.m_width, plot.m_height) / 2);
        for (int step = 0; step < 30; ++step) {
            const double mid = (low + high) / 2;
            (inside(mid) ? low : high) = mid;
        }
        radius_ = std::max(low, 10.0 * unit);
        if (!overlapping(radius_)) break;
    }
    for (std::size_t i = 0; i < labels_.size(); ++i) {
        const auto box = label_box(radius_, i, blocks[i]);
        labels_[i].origin = {box.m_x, box.m_y};
    }
}

void RadarChart::draw_rings(wxGraphicsContext& gc) const {
    const double unit = unit_of(this);
    const std::size_t n = axes_.size();
    gc.SetBrush(*wxTRANSPARENT_BRUSH);
    for (int level = 1; level <= levels_; ++level) {
        gc.SetPen(wxPen(level == levels_ ? theme::muted_text() : ring_colour(), level == levels_ ? 1.5 : 1.0));
        if (n < 3) {
            const double r = radius_ * level / levels_;
            gc.DrawEllipse(centre_.m_x - r, centre_.m_y - r, 2 * r, 2 * r);
            continue;
        }
        wxGraphicsPath ring = gc.CreatePath();
        for (std::size_t i = 0; i < n; ++i) {
            const auto p = point_for(i, level);
            i == 0 ? ring.MoveToPoint(p) : ring.AddLineToPoint(p);
        }
        ring.CloseSubpath();
        gc.StrokePath(ring);
    }
    gc.SetPen(wxPen(ring_colour(), 1));
    for (std::size_t i = 0; i < n; ++i) gc.StrokeLine(centre_.m_x, centre_.m_y, point_for(i, levels_).m_x, point_for(i, levels_).m_y);

    // Ring values along the first axis, right of it and clear of the markers.
    gc.SetFont(theme::font(this, 0.8), theme::muted_text());
    for (int level = 1; level <= levels_; ++level) {
        const auto p = point_for(0, level);
        const wxString label = wxString::Format("%d", level);
        double tw = 0, th = 0;
        gc.GetTextExtent(label, &tw, &th);
        gc.DrawText(label, p.m_x + 8 * unit, p.m_y - th / 2);
    }
}

void RadarChart::draw_series(wxGraphicsContext& gc, const RadarSeries& series) const {
    const double unit = unit_of(this);
    const std::size_t n = axes_.size();
    auto value = [&](std::size_t i) -> std::optional<double> {
        return i < series.values.size() ? series.values[i] : std::nullopt;
    };
    bool complete = n >= 3;
    for (std::size_t i = 0; i < n; ++i) complete = complete && value(i).has_value();

    wxPen pen(series.colour, std::max(2.0, 2.5 * unit));
    if (series.dashed) pen.SetStyle(wxPENSTYLE_LONG_DASH);
    pen.SetJoin(wxJOIN_ROUND);
    gc.SetPen(pen);
    if (complete) {
        wxGraphicsPath outline = gc.CreatePath();
        for (std::size_t i = 0; i < n; ++i) {
            const auto p = point_for(i, *value(i));
            i == 0 ? outline.MoveToPoint(p) : outline.AddLineToPoint(p);
        }
        outline.CloseSubpath();
        const wxColour& c = series.colour;
        gc.SetBrush(series.filled ? wxBrush(wxColour(c.Red(), c.Green(), c.Blue(), 56)) : *wxTRANSPARENT_BRUSH);
        gc.DrawPath(outline);
    } else {
        // Only neighbours that both have a value are joined: a missing value
        // leaves a gap instead of pulling the outline to the centre.
        for (std::size_t i = 0; i < n && n >= 2; ++i) {
            const std::size_t j = (i + 1) % n;
            if (j == i || (n == 2 && i == 1)) continue;
            if (!value(i) || !value(j)) continue;
            const auto a = point_for(i, *value(i)), b = point_for(j, *value(j));
            gc.StrokeLine(a.m_x, a.m_y, b.m_x, b.m_y);
        }
    }
    const double r = 4 * unit;
    gc.SetPen(wxPen(series.colour, 1.5));
    gc.SetBrush(series.dashed ? wxBrush(theme::card_background()) : wxBrush(series.colour));
    for (std::size_t i = 0; i < n; ++i) {
        if (!value(i)) continue;
        const auto p = point_for(i, *value(i));
        gc.DrawEllipse(p.m_x - r, p.m_y - r, 2 * r, 2 * r);
    }
}

void RadarChart::draw_labels(wxGraphicsContext& gc) const {
    for (std::size_t i = 0; i < labels_.size(); ++i) {
        bool has_value = false;
        for (const auto& series : series_) has_value = has_value || (i < series.values.size() && series.values[i]);
        gc.SetFont(theme::font(this, label_factor_, has_value), has_value ? theme::text() : theme::muted_text());
        const auto& label = labels_[i];
        const auto block = measure_lines(gc, label.lines);
        const double c = std::cos(angle_of(i));
        double y = label.origin.m_y;
        for (const auto& line : label.lines) {
            double tw = 0, th = 0;
            gc.GetTextExtent(line, &tw, &th);
            // Lines hug the chart: right-aligned on the left side, left-aligned on the right.
            const double x = c > 0.25 ? label.origin.m_x
                                      : (c < -0.25 ? label.origin.m_x + block.width - tw
                                                   : label.origin.m_x + (block.width - tw) / 2);
            gc.DrawText(line, x, y);
            y += block.line_height;
        }
    }
}

void RadarChart::draw_legend(wxGraphicsContext& gc) const {
    const double unit = unit_of(this);
    const double pad = 8 * unit;
    const double w = GetClientSize().GetWidth();
    gc.SetFont(theme::font(this, 0.95), theme::text());
    double tw = 0, th = 0;
    gc.GetTextExtent("Ag", &tw, &th);
    double x = pad, y = legend_top_;
    for (const auto& series : series_) {
        gc.GetTextExtent(series.name, &tw, &th);
        const double item = 30 * unit + tw + 16 * unit;
        if (x + item > w - pad && x > pad) {
            x = pad;
            y += th + 4 * unit;
        }
        wxPen pen(series.colour, std::max(2.0, 2.5 * unit));
        if (series.dashed) pen.SetStyle(wxPENSTYLE_LONG_DASH);
        gc.SetPen(pen);
        gc.StrokeLine(x, y + th / 2, x + 24 * unit, y + th / 2);
        gc.DrawText(series.name, x + 30 * unit, y);
        x += item;
    }
}

}  // namespace socle::desktop
