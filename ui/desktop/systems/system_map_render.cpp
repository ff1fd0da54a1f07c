#include "ui/desktop/systems/system_map_render.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <wx/bitmap.h>
#include <wx/dcgraph.h>
#include <wx/dcmemory.h>
#include <wx/dcsvg.h>
#include <wx/intl.h>

#include "common/error.h"
#include "common/path_text.h"
#include "ui/desktop/widgets/text_layout.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {

using assessment::FlowMechanism;
using frameworks::SystemCategory;

constexpr double kMargin = 30;
constexpr double kBand = 16;      // the category band on the node's left, with the category's number
constexpr int kLabelPoints = 11;
constexpr double kTagHeight = 18;  // the upstream/downstream tag under a node (row gap: 26)
constexpr double kPadding = 8;
constexpr std::size_t kHubCount = 3;

const wxColour kText(0x21, 0x21, 0x21);
const wxColour kMuted(0x61, 0x61, 0x61);
const wxColour kSelected(0x10, 0x10, 0x10);
const wxColour kUpstream(0x15, 0x65, 0xC0);    // white tag text on it: 5.7:1
const wxColour kDownstream(0xC4, 0x45, 0x00);  // white tag text on it: 5:1 (WCAG AA)
const wxColour kHighlight(0xAD, 0x14, 0x57);
const wxColour kHubBadge(0x00, 0x69, 0x5C);
const wxColour kPointBadge(0xC6, 0x28, 0x28);
const wxColour kCycle(0x6A, 0x1B, 0x9A);

wxColour blend(const wxColour& colour, const wxColour& with, double amount) {
    auto mix = [amount](unsigned char a, unsigned char b) {
        return static_cast<unsigned char>(std::lround(a * (1 - amount) + b * amount));
    };
    return wxColour(mix(colour.Red(), with.Red()), mix(colour.Green(), with.Green()), mix(colour.Blue(), with.Blue()));
}

wxColour faded(const wxColour& colour) { return blend(colour, *wxWHITE, 0.72); }

wxFont map_font(int points, bool bold = false) {
    return wxFont(wxFontInfo(points).Family(wxFONTFAMILY_SWISS).Bold(bold));
}

int px(double value) { return static_cast<int>(std::lround(value)); }

void draw_arrow_head(wxDC& dc, wxPoint2DDouble tip, wxPoint2DDouble from, double size, const wxColour& colour) {
    const double dx = tip.m_x - from.m_x, dy = tip.m_y - from.m_y;
    const double length = std::max(1e-6, std::hypot(dx, dy));
    const double ux = dx / length, uy = dy / length;
    const wxPoint points[3] = {
        wxPoint(px(tip.m_x), px(tip.m_y)),
        wxPoint(px(tip.m_x - ux * size - uy * size * 0.55), px(tip.m_y - uy * size + ux * size * 0.55)),
        wxPoint(px(tip.m_x - ux * size + uy * size * 0.55), px(tip.m_y - uy * size - ux * size * 0.55)),
    };
    dc.SetPen(wxPen(colour, 1));
    dc.SetBrush(wxBrush(colour));
    dc.DrawPolygon(3, points);
}

// A cubic Bezier as a polyline (every wxDC, SVG included, draws those).
std::vector<wxPoint> bezier(wxPoint2DDouble p0, wxPoint2DDouble p1, wxPoint2DDouble p2, wxPoint2DDouble p3) {
    std::vector<wxPoint> points;
    constexpr int kSteps = 24;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = static_cast<double>(i) / kSteps, u = 1 - t;
        const double x = u * u * u * p0.m_x + 3 * u * u * t * p1.m_x + 3 * u * t * t * p2.m_x + t * t * t * p3.m_x;
        const double y = u * u * u * p0.m_y + 3 * u * u * t * p1.m_y + 3 * u * t * t * p2.m_y + t * t * t * p3.m_y;
        points.emplace_back(px(x), px(y));
    }
    return points;
}

void draw_badge(wxDC& dc, double cx, double cy, const wxColour& colour, const wxString& symbol) {
    dc.SetPen(wxPen(*wxWHITE, 2));
    dc.SetBrush(wxBrush(colour));
    dc.DrawCircle(px(cx), px(cy), 11);
    dc.SetFont(map_font(10, true));
    dc.SetTextForeground(*wxWHITE);
    const auto extent = dc.GetTextExtent(symbol);
    dc.DrawText(symbol, px(cx - extent.GetWidth() / 2.0), px(cy - extent.GetHeight() / 2.0));
}

wxString hub_symbol() { return wxString::FromUTF8("★"); }
wxString point_symbol() { return "!"; }
wxString cycle_symbol() { return wxString::FromUTF8("↻"); }

// What the tag of the legend means (0: upstream, 1: downstream).
wxString tag_meaning(int tag) {
    return tag == 0 ? _("the selected system uses its data") : _("an outage of the selected system reaches it");
}

wxString short_downstream_tag() { return wxString::FromUTF8("↓"); }

wxString number_of(SystemCategory category) { return wxString::Format("%d", frameworks::category_number(category)); }

// A pill with white bold text: the tag of an upstream or downstream system.
void draw_tag(wxDC& dc, double x, double y, const wxColour& colour, const wxString& text) {
    dc.SetFont(map_font(9, true));
    const auto extent = dc.GetTextExtent(text);
    dc.SetPen(wxPen(colour, 1));
    dc.SetBrush(wxBrush(colour));
    dc.DrawRoundedRectangle(px(x), px(y), extent.GetWidth() + 12, px(kTagHeight), 5);
    dc.SetTextForeground(*wxWHITE);
    dc.DrawText(text, px(x + 6), px(y + (kTagHeight - extent.GetHeight()) / 2));
}

}  // namespace

// The core's palette (frameworks/system_category.h), shared with the DOT export.
wxColour map_category_colour(SystemCategory category) {
    const auto rgb = frameworks::category_colour(category);
    return wxColour(rgb.r, rgb.g, rgb.b);
}

wxColour map_category_fill(SystemCategory category) {
    const auto rgb = frameworks::category_fill(category);
    return wxColour(rgb.r, rgb.g, rgb.b);
}

wxColour map_text_on(const wxColour& background) {
    const auto rgb = frameworks::readable_text_on({background.Red(), background.Green(), background.Blue()});
    return wxColour(rgb.r, rgb.g, rgb.b);
}

wxString MapScene::upstream_tag() { return wxString::FromUTF8("↑ ") + _("upstream"); }
wxString MapScene::downstream_tag() { return wxString::FromUTF8("↓ ") + _("downstream"); }
int MapScene::label_point_size() { return kLabelPoints; }

std::optional<MapBox> MapScene::tag_box(const std::string& system_id) const {
    const auto* node = box(system_id);
    if (!node || system_id == selection_) return std::nullopt;
    const bool up = upstream_.count(system_id) > 0, down = downstream_.count(system_id) > 0;
    if (!up && !down) return std::nullopt;
    wxBitmap scratch(8, 8);
    wxMemoryDC dc(scratch);
    dc.SetFont(map_font(9, true));
    // A system both upstream and downstream (in a cycle with the selection)
    // carries "↑ upstream" and a short "↓": both words would reach the
    // badges of the system below.
    double width = dc.GetTextExtent(up ? upstream_tag() : downstream_tag()).GetWidth() + 12;
    if (up && down) width += 6 + dc.GetTextExtent(short_downstream_tag()).GetWidth() + 12;
    return MapBox{node->x, node->bottom() + 3, width, kTagHeight};
}

wxColour mechanism_colour(FlowMechanism mechanism) {
    switch (mechanism) {
        case FlowMechanism::Manual: return wxColour(0xC6, 0x28, 0x28);
        case FlowMechanism::File: return wxColour(0xE6, 0x7E, 0x00);
        case FlowMechanism::Database: return wxColour(0x6D, 0x4C, 0x41);
        case FlowMechanism::Api: return wxColour(0x15, 0x65, 0xC0);
        case FlowMechanism::StandardApi: return wxColour(0x1B, 0x7F, 0x3B);
    }
    return *wxBLACK;
}

double mechanism_width(FlowMechanism mechanism) {
    switch (mechanism) {
        case FlowMechanism::Manual: return 1.6;
        case FlowMechanism::File: return 2.2;
        case FlowMechanism::Database: return 2.8;
        case FlowMechanism::Api: return 3.6;
        case FlowMechanism::StandardApi: return 5.0;
    }
    return 2;
}

wxPenStyle mechanism_style(FlowMechanism mechanism) {
    switch (mechanism) {
        case FlowMechanism::Manual: return wxPENSTYLE_SHORT_DASH;
        case FlowMechanism::File: return wxPENSTYLE_LONG_DASH;
        default: return wxPENSTYLE_SOLID;
    }
}

MapScene::MapScene(assessment::SystemMap map, scoring::SystemMapAnalysis analysis)
    : map_(std::move(map)), analysis_(std::move(analysis)) {
    for (const auto& hub : analysis_.hubs)
        if (hub.betweenness > 0 && hubs_.size() < kHubCount) hubs_.push_back(hub.id);
    layout_ = layout_system_map(map_, analysis_);
    place_legend();
}

const MapBox* MapScene::box(const std::string& system_id) const { return layout_.find(system_id); }

std::string MapScene::system_at(double x, double y) const {
    for (const auto& [id, node] : layout_.nodes)
        if (node.contains(x, y)) return id;
    return {};
}

void MapScene::set_selection(std::string system_id) {
    selection_.clear();
    upstream_.clear();
    downstream_.clear();
    const auto* findings = analysis_.find(system_id);
    if (!findings) return;
    selection_ = std::move(system_id);
    // The analysis keeps only the first names; the map shows every one.
    for (auto& id : scoring::reach_of(map_, selection_, scoring::ReachDirection::Upstream)) upstream_.insert(std::move(id));
    for (auto& id : scoring::reach_of(map_, selection_, scoring::ReachDirection::Downstream)) downstream_.insert(std::move(id));
}

void MapScene::set_highlight(MapHighlight highlight) { highlight_ = std::move(highlight); }

bool MapScene::involved(const std::string& id) const {
    if (!selection_.empty()) return id == selection_ || upstream_.count(id) || downstream_.count(id);
    if (!highlight_.empty()) {
        if (highlight_.systems.count(id)) return true;
        for (auto index : highlight_.flows)
            if (index < map_.flows.size() && (map_.flows[index].from == id || map_.flows[index].to == id)) return true;
        return false;
    }
    return true;
}

bool MapScene::flow_involved(std::size_t index) const {
    const auto& flow = map_.flows[index];
    if (!selection_.empty()) {
        auto up = [&](const std::string& id) { return id == selection_ || upstream_.count(id) > 0; };
        auto down = [&](const std::string& id) { return id == selection_ || downstream_.count(id) > 0; };
        return (up(flow.from) && up(flow.to)) || (down(flow.from) && down(flow.to));
    }
    if (!highlight_.empty()) {
        if (!highlight_.flows.empty()) return highlight_.flows.count(index) > 0;
        return highlight_.systems.count(flow.from) && highlight_.systems.count(flow.to);
    }
    return true;
}

// The legend sits above the columns: a line on how to read the map, the
// categories present, then the flow mechanisms and the badges. It wraps
// to the width of the map.
void MapScene::place_legend() {
    wxBitmap scratch(8, 8);
    wxMemoryDC dc(scratch);
    dc.SetFont(map_font(10));
    const double wrap_at = std::max(layout_.width, 980.0);
    double x = 0, y = 0;
    const double line = dc.GetTextExtent("Ag").GetHeight() + 10;
    auto place = [&](LegendItem::Kind kind, int value, double width) {
        if (x > 0 && x + width > wrap_at) {
            x = 0;
            y += line;
        }
        legend_.push_back({kind, x, y, value});
        x += width + 22;
    };
    place(LegendItem::Text, 0, dc.GetTextExtent(_("Left to right: the order of modernisation. An arrow from A to B: B uses data from A.")).GetWidth());
    x = 0;
    y += line;
    std::set<SystemCategory> present;
    for (const auto& system : map_.systems) present.insert(system.category);
    for (auto category : frameworks::all_categories())
        if (present.count(category))
            place(LegendItem::Category, static_cast<int>(category),
                  28 + dc.GetTextExtent(translated(frameworks::category_label(category))).GetWidth());
    x = 0;
    y += line;
    for (int m = 0; m <= static_cast<int>(FlowMechanism::StandardApi); ++m)
        place(LegendItem::Mechanism, m,
              50 + dc.GetTextExtent(translated(assessment::mechanism_label(static_cast<FlowMechanism>(m)))).GetWidth());
    const wxString badges[3] = {_("hub"), _("single point of failure"), _("cycle")};
    for (int b = 0; b < 3; ++b) place(LegendItem::Badge, b, 30 + dc.GetTextExtent(badges[b]).GetWidth());
    // The tags a selection puts under its upstream and downstream systems.
    for (int t = 0; t < 2; ++t) {
        dc.SetFont(map_font(9, true));
        const double tag = dc.GetTextExtent(t == 0 ? upstream_tag() : downstream_tag()).GetWidth() + 12;
        dc.SetFont(map_font(10));
        place(LegendItem::Tag, t, tag + 6 + dc.GetTextExtent(tag_meaning(t)).GetWidth());
    }
    const double legend_height = y + line + 40;  // and the column captions under it

    for (auto& item : legend_) {
        item.x += kMargin;
        item.y += kMargin;
    }
    for (auto& [id, node] : layout_.nodes) {
        node.x += kMargin;
        node.y += kMargin + legend_height;
    }
    for (auto& column : layout_.columns) {
        column.x += kMargin;
        column.y += kMargin + legend_height;
    }
    for (auto& [pair, route] : layout_.routes)
        for (auto& [slot_x, slot_y] : route) {
            slot_x += kMargin;
            slot_y += kMargin + legend_height;
        }
    layout_.silo_row_y += kMargin + legend_height;
    width_ = std::max(layout_.width, x) + 2 * kMargin + 60;  // arcs of cycles may pass the last column
    width_ = std::max(width_, wrap_at + 2 * kMargin);
    height_ = layout_.height + legend_height + 2 * kMargin;
}

void MapScene::render(wxDC& dc) const {
    dc.SetBackground(*wxWHITE_BRUSH);
    render_legend(dc);
    dc.SetFont(map_font(10, true));
    dc.SetTextForeground(kMuted);
    for (std::size_t c = 0; c < layout_.columns.size(); ++c) {
        const auto caption = wxString::Format(_("Step %d"), static_cast<int>(c + 1));
        const auto& column = layout_.columns[c];
        dc.DrawText(caption, px(column.centre_x() - dc.GetTextExtent(caption).GetWidth() / 2.0), px(column.y - 30));
    }
    if (!layout_.silo_row.empty()) {
        dc.SetFont(map_font(10, true));
        dc.SetTextForeground(kMuted);
        dc.DrawText(_("Silos (no data flow in or out)"), px(kMargin), px(layout_.silo_row_y - 24));
    }
    if (map_.systems.empty()) {
        dc.SetFont(map_font(12));
        dc.SetTextForeground(kMuted);
        dc.DrawText(_("No systems yet: add them in the Systems tab, or import systems.csv and flows.csv."), px(kMargin),
                    px(layout_.columns.empty() ? height_ - kMargin - 40 : layout_.height));
    }
    render_flows(dc);
    render_nodes(dc);
}

void MapScene::render_legend(wxDC& dc) const {
    dc.SetFont(map_font(10));
    const int text_height = dc.GetTextExtent("Ag").GetHeight();
    const wxString badges[3] = {_("hub"), _("single point of failure"), _("cycle")};
    for (const auto& item : legend_) {
        const int mid = px(item.y + text_height / 2.0);
        dc.SetTextForeground(kText);
        switch (item.kind) {
            case LegendItem::Text:
                dc.SetTextForeground(kMuted);
                dc.DrawText(_("Left to right: the order of modernisation. An arrow from A to B: B uses data from A."), px(item.x), px(item.y));
                break;
            case LegendItem::Category: {
                const auto category = static_cast<SystemCategory>(item.value);
                dc.SetPen(wxPen(map_category_colour(category), 1));
                dc.SetBrush(wxBrush(map_category_colour(category)));
                dc.DrawRectangle(px(item.x), mid - 9, 22, 18);
                dc.SetFont(map_font(9, true));
                dc.SetTextForeground(map_text_on(map_category_colour(category)));
                const auto number = number_of(category);
                const auto extent = dc.GetTextExtent(number);
                dc.DrawText(number, px(item.x + 11 - extent.GetWidth() / 2.0), mid - extent.GetHeight() / 2);
                dc.SetFont(map_font(10));
                dc.SetTextForeground(kText);
                dc.DrawText(translated(frameworks::category_label(category)), px(item.x + 28), px(item.y));
                break;
            }
            case LegendItem::Mechanism: {
                const auto mechanism = static_cast<FlowMechanism>(item.value);
                dc.SetPen(wxPen(mechanism_colour(mechanism), px(mechanism_width(mechanism)), mechanism_style(mechanism)));
                dc.DrawLine(px(item.x), mid, px(item.x + 36), mid);
                draw_arrow_head(dc, {item.x + 42, static_cast<double>(mid)}, {item.x, static_cast<double>(mid)}, 9,
                                mechanism_colour(mechanism));
                dc.SetFont(map_font(10));
                dc.SetTextForeground(kText);
                dc.DrawText(translated(assessment::mechanism_label(mechanism)), px(item.x + 50), px(item.y));
                break;
            }
            case LegendItem::Tag: {
                const wxString tag = item.value == 0 ? upstream_tag() : downstream_tag();
                draw_tag(dc, item.x, mid - kTagHeight / 2, item.value == 0 ? kUpstream : kDownstream, tag);
                dc.SetFont(map_font(9, true));
                const double tag_width = dc.GetTextExtent(tag).GetWidth() + 12;
                dc.SetFont(map_font(10));
                dc.SetTextForeground(kText);
                dc.DrawText(tag_meaning(item.value), px(item.x + tag_width + 6), px(item.y));
                break;
            }
            case LegendItem::Badge: {
                const wxColour colours[3] = {kHubBadge, kPointBadge, kCycle};
                const wxString symbols[3] = {hub_symbol(), point_symbol(), cycle_symbol()};
                draw_badge(dc, item.x + 11, mid, colours[item.value], symbols[item.value]);
                dc.SetFont(map_font(10));
                dc.SetTextForeground(kText);
                dc.DrawText(badges[item.value], px(item.x + 30), px(item.y));
                break;
            }
        }
    }
}

void MapScene::render_flows(wxDC& dc) const {
    // Ports: the flows leaving (entering) a node are spread along its right
    // (left) side in the order of the node at the other end, so arrows fan
    // out instead of piling up on one point.
    std::map<std::string, std::vector<std::size_t>> outgoing, incoming;
    std::vector<std::size_t> drawn;
    for (std::size_t i = 0; i < map_.flows.size(); ++i) {
        const auto& flow = map_.flows[i];
        if (flow.from == flow.to || !box(flow.from) || !box(flow.to)) continue;
        outgoing[flow.from].push_back(i);
        incoming[flow.to].push_back(i);
        drawn.push_back(i);
    }
    std::map<std::pair<std::size_t, bool>, double> port;  // (flow, is_start) -> y
    auto spread = [&](std::map<std::string, std::vector<std::size_t>>& ends, bool start) {
        for (auto& [id, flows] : ends) {
            std::stable_sort(flows.begin(), flows.end(), [&](std::size_t a, std::size_t b) {
                const auto& other_a = start ? map_.flows[a].to : map_.flows[a].from;
                const auto& other_b = start ? map_.flows[b].to : map_.flows[b].from;
                return box(other_a)->centre_y() < box(other_b)->centre_y();
            });
            const auto* node = box(id);
            const double step = std::min(12.0, node->height * 0.7 / static_cast<double>(flows.size()));
            for (std::size_t k = 0; k < flows.size(); ++k)
                port[{flows[k], start}] =
                    node->centre_y() + (static_cast<double>(k) - (static_cast<double>(flows.size()) - 1) / 2) * step;
        }
    };
    spread(outgoing, true);
    spread(incoming, false);

    // Faded flows first, so the highlighted ones are drawn over them.
    std::stable_partition(drawn.begin(), drawn.end(), [&](std::size_t i) { return !flow_involved(i); });
    for (auto i : drawn) {
        const auto& flow = map_.flows[i];
        const auto& a = *box(flow.from);
        const auto& b = *box(flow.to);
        const bool on = flow_involved(i);
        const bool emphasised = on && (!selection_.empty() || !highlight_.empty());
        wxColour colour = mechanism_colour(flow.mechanism);
        if (!on) colour = faded(colour);
        const double width = mechanism_width(flow.mechanism) + (emphasised ? 1.5 : 0);
        wxPoint2DDouble p0, p1, p2, p3;
        const double y0 = port.at({i, true}), y3 = port.at({i, false});
        std::vector<wxPoint> points;
        const auto route = layout_.routes.find({flow.from, flow.to});
        if (b.x > a.right() && route != layout_.routes.end()) {
            // Through the slots the layout kept for it in the columns between.
            std::vector<wxPoint2DDouble> stops{{a.right(), y0}};
            for (const auto& [x, y] : route->second) {
                stops.emplace_back(x - a.width / 2, y);
                stops.emplace_back(x + a.width / 2, y);
            }
            stops.emplace_back(b.x - 2, y3);
            for (std::size_t k = 0; k + 1 < stops.size(); ++k) {
                const auto from = stops[k], to = stops[k + 1];
                const double dx = (to.m_x - from.m_x) / 2;
                const auto piece = k % 2 == 0 ? bezier(from, {from.m_x + dx, from.m_y}, {to.m_x - dx, to.m_y}, to)
                                              : std::vector<wxPoint>{wxPoint(px(from.m_x), px(from.m_y)),
                                                                     wxPoint(px(to.m_x), px(to.m_y))};
                points.insert(points.end(), piece.begin(), piece.end());
            }
            p3 = stops.back();
            p2 = {p3.m_x - 10, p3.m_y};
        } else if (b.x > a.right()) {
            p0 = {a.right(), y0};
            p3 = {b.x - 2, y3};
            const double dx = (p3.m_x - p0.m_x) / 2;
            p1 = {p0.m_x + dx, y0};
            p2 = {p3.m_x - dx, y3};
        } else {
            // Same column (a cycle) or leftwards: an arc outside the column,
            // right when going down, left when going up, so a pair of
            // opposite flows does not overlap.
            const bool down = b.centre_y() >= a.centre_y();
            const double side = down ? a.right() : a.x;
            const double bulge = (down ? 1 : -1) * (30 + std::abs(b.centre_y() - a.centre_y()) * 0.3);
            p0 = {side, y0};
            p3 = {(down ? b.right() + 2 : b.x - 2), y3};
            p1 = {side + bulge, y0};
            p2 = {p3.m_x + bulge, y3};
        }
        wxPen pen(colour, std::max(1, px(width)), mechanism_style(flow.mechanism));
        pen.SetCap(wxCAP_BUTT);
        dc.SetPen(pen);
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        if (points.empty()) points = bezier(p0, p1, p2, p3);
        dc.DrawLines(static_cast<int>(points.size()), points.data());
        draw_arrow_head(dc, p3, p2, 8 + width * 1.2, colour);
    }
}

void MapScene::render_nodes(wxDC& dc) const {
    const std::set<std::string> hubs(hubs_.begin(), hubs_.end());
    const std::set<std::string> points(analysis_.articulation_points.begin(), analysis_.articulation_points.end());
    for (const auto& system : map_.systems) {
        const auto* node = box(system.id);
        if (!node) continue;
        const bool on = involved(system.id);
        const wxColour colour = map_category_colour(system.category);
        wxColour border = on ? blend(colour, *wxBLACK, 0.2) : faded(colour);
        int border_width = 2;
        if (system.id == selection_) {
            border = kSelected;
            border_width = 5;
        } else if (upstream_.count(system.id)) {
            border = kUpstream;
            border_width = 4;
        } else if (downstream_.count(system.id)) {
            border = kDownstream;
            border_width = 4;
        } else if (selection_.empty() && highlight_.systems.count(system.id)) {
            border = kHighlight;
            border_width = 5;
        }
        const auto* findings = analysis_.find(system.id);
        const bool in_cycle = findings && findings->cycle;
        // Node: pale fill, the category band on the left, a border that
        // says what the selection makes of it.
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(on ? map_category_fill(system.category) : blend(map_category_fill(system.category), *wxWHITE, 0.6)));
        dc.DrawRoundedRectangle(px(node->x), px(node->y), px(node->width), px(node->height), 7);
        dc.SetBrush(wxBrush(on ? colour : faded(colour)));
        dc.DrawRoundedRectangle(px(node->x), px(node->y), px(kBand + 7), px(node->height), 7);
        dc.DrawRectangle(px(node->x + 7), px(node->y), px(kBand), px(node->height));
        {
            // The category's number on its band: the category without colour.
            dc.SetFont(map_font(9, true));
            dc.SetTextForeground(on ? map_text_on(colour) : faded(map_text_on(colour)));
            const auto number = number_of(system.category);
            const auto extent = dc.GetTextExtent(number);
            dc.DrawText(number, px(node->x + (kBand + 7) / 2.0 - extent.GetWidth() / 2.0), px(node->y + 6));
        }
        wxPen pen(in_cycle && border_width == 2 ? (on ? kCycle : faded(kCycle)) : border,
                  in_cycle && border_width == 2 ? 3 : border_width,
                  system.status == assessment::SystemStatus::Planned ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID);
        dc.SetPen(pen);
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.DrawRoundedRectangle(px(node->x), px(node->y), px(node->width), px(node->height), 7);

        const double text_x = node->x + kBand + kPadding;
        const double text_width = node->width - kBand - 2 * kPadding;
        dc.SetFont(map_font(kLabelPoints, true));
        const wxColour label = map_text_on(map_category_fill(system.category));
        dc.SetTextForeground(on ? label : faded(label));
        const auto lines = wrap_lines(dc, to_wx(system.name.empty() ? system.id : system.name), text_width, 2);
        double y = node->y + 8;
        for (const auto& line : lines) {
            dc.DrawText(line, px(text_x), px(y));
            y += dc.GetTextExtent(line).GetHeight();
        }
        dc.SetFont(map_font(9));
        dc.SetTextForeground(on ? kMuted : faded(kMuted));
        auto caption = translated(frameworks::category_label(system.category));
        if (system.status != assessment::SystemStatus::Operational)
            caption += wxString::FromUTF8(" · ") + translated(assessment::status_label(system.status));
        const auto caption_lines = wrap_lines(dc, caption, text_width, 1);
        if (!caption_lines.empty())
            dc.DrawText(caption_lines.front(), px(text_x), px(node->bottom() - 6 - dc.GetTextExtent("Ag").GetHeight()));

        double badge_x = node->right() - 4;
        auto badge = [&](const wxColour& badge_colour, const wxString& symbol) {
            draw_badge(dc, badge_x, node->y - 5, on ? badge_colour : faded(badge_colour), symbol);
            badge_x -= 26;
        };
        if (points.count(system.id)) badge(kPointBadge, point_symbol());
        if (hubs.count(system.id)) badge(kHubBadge, hub_symbol());
        if (in_cycle) badge(kCycle, cycle_symbol());
        if (const auto tag = tag_box(system.id)) {
            double tag_x = tag->x;
            if (upstream_.count(system.id)) {
                draw_tag(dc, tag_x, tag->y, kUpstream, upstream_tag());
                dc.SetFont(map_font(9, true));
                tag_x += dc.GetTextExtent(upstream_tag()).GetWidth() + 12 + 6;
            }
            if (downstream_.count(system.id))
                draw_tag(dc, tag_x, tag->y, kDownstream, tag_x > tag->x ? short_downstream_tag() : downstream_tag());
        }
    }
}

void MapScene::save_png(const std::filesystem::path& path, double scale) const {
    wxBitmap bitmap(px(width_ * scale), px(height_ * scale), 24);
    {
        wxMemoryDC memory(bitmap);
        memory.SetBackground(*wxWHITE_BRUSH);
        memory.Clear();
        wxGCDC dc(memory);
        dc.SetUserScale(scale, scale);
        render(dc);
    }
    if (!bitmap.ConvertToImage().SaveFile(path_to_wx(path), wxBITMAP_TYPE_PNG))
        throw common::IoError(common::path_to_utf8(path), "cannot write the file");
}

void MapScene::save_svg(const std::filesystem::path& path) const {
    {
        wxSVGFileDC dc(path_to_wx(path), px(width_), px(height_), 72, _("System map"));
        if (!dc.IsOk()) throw common::IoError(common::path_to_utf8(path), "cannot write the file");
        dc.SetBackground(*wxWHITE_BRUSH);
        dc.Clear();
        render(dc);
    }
    if (!std::filesystem::exists(path) || std::filesystem::file_size(path) == 0)
        throw common::IoError(common::path_to_utf8(path), "cannot write the file");
}

}  // namespace socle::desktop
