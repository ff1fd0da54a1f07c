#pragma once
// The system map as numbered vertices and links, and the Boost.Graph
// algorithms the analysis runs on it (system_graph.cpp). Internal to
// scoring/: the boost types stay in the .cpp.
#include <cstddef>
#include <utility>
#include <vector>

namespace socle::scoring::detail {

// Vertices 0..size-1 in map order; distinct directed links (no self-loops),
// in the order their first flow appears.
struct IndexGraph {
    std::size_t size = 0;
    std::vector<std::pair<std::size_t, std::size_t>> links;
};

struct Components {
    std::size_t count = 0;
    std::vector<std::size_t> of;  // vertex -> component
};
Components strong_components(const IndexGraph& graph);

// Brandes betweenness on the directed graph, divided by (n-1)(n-2), the
// number of ordered pairs of other vertices, so that it lies in 0..1. One
// breadth-first walk per source costs vertices + links; when walking from
// every vertex would cost more than `budget` (a map of 100,000 systems and
// 500,000 flows: 6e10 steps, hours), the walks start from evenly spaced
// sources only and the sums are scaled up (Brandes and Pich's estimate).
inline constexpr std::size_t kBetweennessBudget = std::size_t{2'000'000'000};
struct Betweenness {
    std::vector<double> values;
    std::size_t sources = 0;  // walks made: every vertex when exact
};
Betweenness normalised_betweenness(const IndexGraph& graph, std::size_t budget = kBetweennessBudget);

struct CutPoints {
    std::vector<std::size_t> articulation_points;  // ascending
    std::vector<std::size_t> bridges;              // indexes into graph.links, ascending
};
// Articulation points and bridges of the undirected view (a <-> b is one edge).
CutPoints cut_points(const IndexGraph& graph);

// A topological order of a DAG given as successor lists (Boost's
// topological_sort); the caller guarantees there is no cycle.
std::vector<std::size_t> topological_order(const std::vector<std::vector<std::size_t>>& successors);

}  // namespace socle::scoring::detail
