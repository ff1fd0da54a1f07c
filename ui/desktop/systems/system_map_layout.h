#pragma once
// Where the system map view puts each system: one column per layer of the
// modernisation order (scoring::analyse_system_map), left to right, and
// within a column an order that keeps flows short and crossings few (a few
// barycentre sweeps, the classic layered-drawing heuristic). A flow that
// skips columns gets a slot in each column it crosses, so it runs between
// the systems there instead of behind them. Silos, which
// no flow joins, get their own row under the columns so they do not push
// connected systems apart. Pure geometry: no wx, so it is easy to test.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "assessment/system_map.h"
#include "scoring/system_analysis.h"

namespace socle::desktop {

struct MapBox {
    double x = 0, y = 0, width = 0, height = 0;
    double centre_x() const { return x + width / 2; }
    double centre_y() const { return y + height / 2; }
    double right() const { return x + width; }
    double bottom() const { return y + height; }
    bool contains(double px, double py) const { return px >= x && px <= right() && py >= y && py <= bottom(); }
};

struct MapLayoutOptions {
    double node_width = 230;
    double node_height = 66;
    double column_gap = 100;  // room for arrows between columns
    double row_gap = 26;
    double top = 0;            // where the first row starts (below a legend)
    double slot_height = 14;   // the slot a long flow takes in a column it crosses
    bool reduce_crossings = true;  // false keeps the analysis' order (for comparison)
};

struct MapLayout {
    std::map<std::string, MapBox> nodes;          // by system id
    std::vector<MapBox> columns;                  // one per layer (silos excluded)
    std::vector<std::vector<std::string>> rows;   // systems of each column, top to bottom
    // Where a flow that skips columns passes through each of them (slot
    // centres, left to right), by (from, to).
    std::map<std::pair<std::string, std::string>, std::vector<std::pair<double, double>>> routes;
    // Pairs of links between adjacent columns that cross (a quality measure).
    std::size_t crossings = 0;
    std::vector<std::string> silo_row;            // silos, left to right
    double silo_row_y = 0;                        // top of the silo row (when there are silos)
    double width = 0, height = 0;                 // extent of everything placed

    const MapBox* find(const std::string& id) const;
};

MapLayout layout_system_map(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis,
                            const MapLayoutOptions& options = {});

}  // namespace socle::desktop
