#include "ui/desktop/system_map_layout.h"

#include <algorithm>
#include <set>

namespace socle::desktop {

namespace {

struct Grid {
    std::vector<std::vector<std::string>> columns;
    std::map<std::string, std::size_t> column_of;
    std::map<std::string, std::vector<std::string>> neighbours;  // undirected, distinct
};

Grid make_grid(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis) {
    Grid grid;
    const std::set<std::string> silos(analysis.silos.begin(), analysis.silos.end());
    for (const auto& layer : analysis.order) {
        std::vector<std::string> column;
        for (const auto& id : layer)
            if (!silos.count(id)) column.push_back(id);
        if (column.empty()) continue;
        for (const auto& id : column) grid.column_of[id] = grid.columns.size();
        grid.columns.push_back(std::move(column));
    }
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& flow : map.flows) {
        if (flow.from == flow.to || !grid.column_of.count(flow.from) || !grid.column_of.count(flow.to)) continue;
        const auto key = std::minmax(flow.from, flow.to);
        if (!seen.insert(key).second) continue;
        grid.neighbours[flow.from].push_back(flow.to);
        grid.neighbours[flow.to].push_back(flow.from);
    }
    return grid;
}

// Position of each system in its column, centred on 0 so that columns of
// different sizes line up around the middle, as they are drawn.
std::map<std::string, double> positions(const Grid& grid) {
    std::map<std::string, double> result;
    for (const auto& column : grid.columns) {
        const double middle = (static_cast<double>(column.size()) - 1) / 2;
        for (std::size_t i = 0; i < column.size(); ++i) result[column[i]] = static_cast<double>(i) - middle;
    }
    return result;
}

std::size_t crossings(const Grid& grid, const std::map<std::string, double>& pos) {
    struct Segment {
        std::size_t from_column, to_column;
        double from, to;
    };
    std::vector<Segment> segments;
    for (const auto& [id, others] : grid.neighbours)
        for (const auto& other : others) {
            const auto a = grid.column_of.at(id), b = grid.column_of.at(other);
            if (a < b) segments.push_back({a, b, pos.at(id), pos.at(other)});
        }
    std::size_t count = 0;
    for (std::size_t i = 0; i < segments.size(); ++i)
        for (std::size_t j = i + 1; j < segments.size(); ++j) {
            const auto& s = segments[i];
            const auto& t = segments[j];
            if (s.from_column == t.from_column && s.to_column == t.to_column && (s.from - t.from) * (s.to - t.to) < 0)
                ++count;
        }
    return count;
}

// Reorders one column by the mean position of its neighbours on one side;
// a system with no neighbour there keeps its place.
void sort_by_barycentre(Grid& grid, std::size_t column, bool look_left) {
    const auto pos = positions(grid);
    auto& members = grid.columns[column];
    std::vector<std::pair<double, std::string>> keyed;
    for (const auto& id : members) {
        double sum = 0;
        int count = 0;
        const auto found = grid.neighbours.find(id);
        if (found != grid.neighbours.end())
            for (const auto& other : found->second) {
                const auto other_column = grid.column_of.at(other);
                if (look_left ? other_column < column : other_column > column) {
                    sum += pos.at(other);
                    ++count;
                }
            }
        keyed.emplace_back(count ? sum / count : pos.at(id), id);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < members.size(); ++i) members[i] = keyed[i].second;
}

void reduce_crossings(Grid& grid) {
    auto best = grid.columns;
    auto best_count = crossings(grid, positions(grid));
    for (int sweep = 0; sweep < 6 && best_count > 0; ++sweep) {
        for (std::size_t c = 1; c < grid.columns.size(); ++c) sort_by_barycentre(grid, c, true);
        for (std::size_t c = grid.columns.size(); c-- > 1;) sort_by_barycentre(grid, c - 1, false);
        const auto count = crossings(grid, positions(grid));
        if (count < best_count) {
            best_count = count;
            best = grid.columns;
        }
    }
    grid.columns = best;
}

}  // namespace

const MapBox* MapLayout::find(const std::string& id) const {
    const auto found = nodes.find(id);
    return found == nodes.end() ? nullptr : &found->second;
}

MapLayout layout_system_map(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis,
                            const MapLayoutOptions& options) {
    Grid grid = make_grid(map, analysis);
    reduce_crossings(grid);

    MapLayout layout;
    std::size_t tallest = 0;
    for (const auto& column : grid.columns) tallest = std::max(tallest, column.size());
    const double pitch = options.node_height + options.row_gap;
    const double full_height = tallest ? static_cast<double>(tallest) * pitch - options.row_gap : 0;
    for (std::size_t c = 0; c < grid.columns.size(); ++c) {
        const auto& column = grid.columns[c];
        const double x = static_cast<double>(c) * (options.node_width + options.column_gap);
        const double height = static_cast<double>(column.size()) * pitch - options.row_gap;
        const double y0 = options.top + (full_height - height) / 2;
        for (std::size_t i = 0; i < column.size(); ++i)
            layout.nodes[column[i]] =
                MapBox{x, y0 + static_cast<double>(i) * pitch, options.node_width, options.node_height};
        layout.columns.push_back(MapBox{x, options.top, options.node_width, full_height});
    }
    layout.rows = grid.columns;
    layout.width = grid.columns.empty()
                       ? 0
                       : static_cast<double>(grid.columns.size()) * (options.node_width + options.column_gap) -
                             options.column_gap;
    layout.height = options.top + full_height;

    // Silos in map order, wrapped to the width of the columns (at least
    // four to a row).
    for (const auto& system : map.systems)
        if (std::find(analysis.silos.begin(), analysis.silos.end(), system.id) != analysis.silos.end())
            layout.silo_row.push_back(system.id);
    if (!layout.silo_row.empty()) {
        const double step = options.node_width + options.row_gap;
        const auto per_row = std::max<std::size_t>(4, static_cast<std::size_t>((layout.width + options.row_gap) / step));
        layout.silo_row_y = layout.height + (full_height > 0 ? options.row_gap * 2.5 : 0);
        for (std::size_t i = 0; i < layout.silo_row.size(); ++i) {
            const double x = static_cast<double>(i % per_row) * step;
            const double y = layout.silo_row_y + static_cast<double>(i / per_row) * pitch;
            layout.nodes[layout.silo_row[i]] = MapBox{x, y, options.node_width, options.node_height};
            layout.width = std::max(layout.width, x + options.node_width);
            layout.height = std::max(layout.height, y + options.node_height);
        }
    }
    return layout;
}

std::size_t count_crossings(const assessment::SystemMap& map, const MapLayout& layout) {
    Grid grid;
    grid.columns = layout.rows;
    for (std::size_t c = 0; c < grid.columns.size(); ++c)
        for (const auto& id : grid.columns[c]) grid.column_of[id] = c;
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& flow : map.flows) {
        if (flow.from == flow.to || !grid.column_of.count(flow.from) || !grid.column_of.count(flow.to)) continue;
        if (!seen.insert(std::minmax(flow.from, flow.to)).second) continue;
        grid.neighbours[flow.from].push_back(flow.to);
        grid.neighbours[flow.to].push_back(flow.from);
    }
    return crossings(grid, positions(grid));
}

}  // namespace socle::desktop
