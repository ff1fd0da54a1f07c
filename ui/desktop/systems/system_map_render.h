#pragma once
// Drawing the system map on any wxDC: the screen (through wxGCDC, with
// anti-aliasing), a bitmap for PNG export, or wxSVGFileDC for SVG. One
// drawing routine for all three, so the exported picture is the picture on
// screen. Coordinates are the scene's own ("logical") units; the view
// scales and pans them.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <wx/colour.h>
#include <wx/pen.h>

#include "assessment/system_map.h"
#include "scoring/system_analysis.h"
#include "ui/desktop/systems/system_map_layout.h"

class wxDC;

namespace socle::desktop {

// What a findings item or a selection points at on the map.
struct MapHighlight {
    std::set<std::string> systems;
    std::set<std::size_t> flows;  // indexes into map.flows
    bool empty() const { return systems.empty() && flows.empty(); }
};

// The colour of a category (the legend, the node band) and the stroke of a
// mechanism: manual flows thin, dashed and red; standards-based APIs thick,
// solid and green, so the room sees at a glance where data is re-typed.
wxColour map_category_colour(frameworks::SystemCategory category);
wxColour map_category_fill(frameworks::SystemCategory category);  // the pale node background
// Black or white, whichever reads better on the colour (WCAG contrast).
wxColour map_text_on(const wxColour& background);
wxColour mechanism_colour(assessment::FlowMechanism mechanism);
double mechanism_width(assessment::FlowMechanism mechanism);
wxPenStyle mechanism_style(assessment::FlowMechanism mechanism);

class MapScene {
public:
    MapScene() = default;
    MapScene(assessment::SystemMap map, scoring::SystemMapAnalysis analysis);

    const assessment::SystemMap& map() const { return map_; }
    const scoring::SystemMapAnalysis& analysis() const { return analysis_; }
    const MapLayout& layout() const { return layout_; }
    // The whole picture, margins and legend included.
    double width() const { return width_; }
    double height() const { return height_; }
    // The node's box in scene units, or nullptr.
    const MapBox* box(const std::string& system_id) const;
    std::string system_at(double x, double y) const;
    // The systems marked as hubs: the few with the highest betweenness.
    const std::vector<std::string>& hubs() const { return hubs_; }

    // The selected system, its upstream and downstream, and the findings
    // highlight; what is not involved is drawn faded.
    void set_selection(std::string system_id);
    void set_highlight(MapHighlight highlight);
    const std::string& selection() const { return selection_; }
    // Every system the selection depends on (upstream) and every one its
    // outage would reach (downstream). Each carries a tag under its box
    // ("↑ upstream", "↓ downstream") besides its coloured border, so the
    // two sets are told apart without colour.
    const std::set<std::string>& upstream() const { return upstream_; }
    const std::set<std::string>& downstream() const { return downstream_; }
    // Where a system's tag is drawn (scene units), or nothing when it has none.
    std::optional<MapBox> tag_box(const std::string& system_id) const;
    static wxString upstream_tag();
    static wxString downstream_tag();
    // The point size of the systems' names at zoom 1 (the view scales it).
    static int label_point_size();
    const MapHighlight& highlight() const { return highlight_; }

    void render(wxDC& dc) const;

    // Throw common::IoError when the file cannot be written.
    void save_png(const std::filesystem::path& path, double scale = 1.5) const;
    void save_svg(const std::filesystem::path& path) const;

private:
    struct LegendItem {
        enum Kind { Text, Category, Mechanism, Badge, Tag } kind = Text;
        double x = 0, y = 0;
        int value = 0;  // category, mechanism, badge or tag number
    };
    void place_legend();
    void render_legend(wxDC& dc) const;
    void render_flows(wxDC& dc) const;
    void render_nodes(wxDC& dc) const;
    bool involved(const std::string& system_id) const;
    bool flow_involved(std::size_t index) const;

    assessment::SystemMap map_;
    scoring::SystemMapAnalysis analysis_;
    MapLayout layout_;
    std::vector<std::string> hubs_;
    std::vector<LegendItem> legend_;
    double width_ = 0, height_ = 0;
    std::string selection_;
    std::set<std::string> upstream_, downstream_;
    MapHighlight highlight_;
};

}  // namespace socle::desktop
