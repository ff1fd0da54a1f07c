#include "ui/desktop/systems/system_map_layout.h"

#include <algorithm>
#include <set>

namespace socle::desktop {

namespace {

struct Grid {
    std::vector<std::vector<std::string>> columns;
    std::map<std::string, std::size_t> column_of;
    std::map<std::string, std::vector<std::string>> neighbours;  // undirected, distinct
    std::set<std::string> slots;  // the placeholders of long flows
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> chains;
};

void link(Grid& grid, const std::string& a, const std::string& b) {
    grid.neighbours[a].push_back(b);
    grid.neighbours[b].push_back(a);
}

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
        if (!seen.insert(std::minmax(flow.from, flow.to)).second) continue;
        const auto from = grid.column_of.at(flow.from), to = grid.column_of.at(flow.to);
        if (to <= from + 1) {
            link(grid, flow.from, flow.to);
            continue;
        }
        // A chain of slots through the columns in between (ids no system can
        // have: they start with a control character).
        std::string previous = flow.from;
        auto& chain = grid.chains[{flow.from, flow.to}];
        for (auto c = from + 1; c < to; ++c) {
            const std::string slot = "\x01" + std::to_string(grid.slots.size());
            grid.slots.insert(slot);
            grid.column_of[slot] = c;
            grid.columns[c].push_back(slot);
            chain.push_back(slot);
            link(grid, previous, slot);
            previous = slot;
        }
        link(grid, previous, flow.to);
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

// Links only join adjacent columns (long flows go through slots), so two
// links can only cross when they leave the same column: count pairs column
// by column.
std::size_t crossings(const Grid& grid, const std::map<std::string, double>& pos) {
    std::vector<std::vector<std::pair<double, double>>> by_column(grid.columns.size());
    for (const auto& [id, others] : grid.neighbours)
        for (const auto& other : others) {
            const auto a = grid.column_of.at(id), b = grid.column_of.at(other);
            if (a + 1 == b) by_column[a].emplace_back(pos.at(id), pos.at(other));
        }
    std::size_t count = 0;
    for (auto& links : by_column) {
        std::sort(links.begin(), links.end());
        for (std::size_t i = 0; i < links.size(); ++i)
            for (std::size_t j = i + 1; j < links.size(); ++j)
                if (links[i].first < links[j].first && links[j].second < links[i].second) ++count;
    }
    return count;
}

// Reorders one column by the mean position of its neighbours on one side;
// a system with no neighbour there keeps its place. `pos` follows.
void sort_by_barycentre(Grid& grid, std::map<std::string, double>& pos, std::size_t column, bool look_left) {
    auto& members = grid.columns[column];
    std::vector<std::pair<double, std::string>> keyed;
    keyed.reserve(members.size());
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
    const double middle = (static_cast<double>(members.size()) - 1) / 2;
    for (std::size_t i = 0; i < members.size(); ++i) {
        members[i] = keyed[i].second;
        pos[members[i]] = static_cast<double>(i) - middle;
    }
}

std::size_t reduce_crossings(Grid& grid) {
    auto pos = positions(grid);
    auto best = grid.columns;
    auto best_count = crossings(grid, pos);
    for (int sweep = 0; sweep < 6 && best_count > 0; ++sweep) {
        for (std::size_t c = 1; c < grid.columns.size(); ++c) sort_by_barycentre(grid, pos, c, true);
        for (std::size_t c = grid.columns.size(); c-- > 1;) sort_by_barycentre(grid, pos, c - 1, false);
        const auto count = crossings(grid, pos);
        if (count < best_count) {
            best_count = count;
            best = grid.columns;
        }
    }
    grid.columns = best;
    return best_count;
}

}  // namespace

const MapBox* MapLayout::find(const std::string& id) const {
    const auto found = nodes.find(id);
    return found == nodes.end() ? nullptr : &found->second;
}

MapLayout layout_system_map(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis,
                            const MapLayoutOptions& options) {
    Grid grid = make_grid(map, analysis);
    MapLayout layout;
    layout.crossings = options.reduce_crossings ? reduce_crossings(grid) : crossings(grid, positions(grid));

    // Heights: a system takes a node, a slot a thin band; columns are
    // centred on the tallest one.
    auto height_of = [&](const std::string& id) { return grid.slots.count(id) ? options.slot_height : options.node_height; };
    std::vector<double> heights;
    double full_height = 0;
    for (const auto& column : grid.columns) {
        double height = 0;
        for (const auto& id : column) height += height_of(id) + options.row_gap;
        heights.push_back(column.empty() ? 0 : height - options.row_gap);
        full_height = std::max(full_height, heights.back());
    }
    std::map<std::string, std::pair<double, double>> slot_centres;
    for (std::size_t c = 0; c < grid.columns.size(); ++c) {
        const double x = static_cast<double>(c) * (options.node_width + options.column_gap);
        double y = options.top + (full_height - heights[c]) / 2;
        std::vector<std::string> systems;
        for (const auto& id : grid.columns[c]) {
            if (grid.slots.count(id)) {
                slot_centres[id] = {x + options.node_width / 2, y + options.slot_height / 2};
            } else {
                layout.nodes[id] = MapBox{x, y, options.node_width, options.node_height};
                systems.push_back(id);
            }
            y += height_of(id) + options.row_gap;
        }
        layout.columns.push_back(MapBox{x, options.top, options.node_width, full_height});
        layout.rows.push_back(std::move(systems));
    }
    for (const auto& [pair, chain] : grid.chains)
        for (const auto& slot : chain) layout.routes[pair].push_back(slot_centres.at(slot));
    layout.width = grid.columns.empty()
                       ? 0
                       : static_cast<double>(grid.columns.size()) * (options.node_width + options.column_gap) -
                             options.column_gap;
    layout.height = options.top + full_height;
    const double pitch = options.node_height + options.row_gap;

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

}  // namespace socle::desktop
