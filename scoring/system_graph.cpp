// Boost.Graph behind scoring/detail/system_graph.h. Every algorithm works on
// a graph built here from the plain index form, so no boost type leaks out.
#include "scoring/detail/system_graph.h"

#include <algorithm>
#include <map>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>

namespace socle::scoring::detail {

namespace {

using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                         boost::property<boost::edge_index_t, std::size_t>>;

Directed directed(const IndexGraph& graph) {
    Directed g(graph.size);
    for (const auto& [from, to] : graph.links) boost::add_edge(from, to, g);
    return g;
}

}  // namespace

Components strong_components(const IndexGraph& graph) {
    const Directed g = directed(graph);
    Components components;
    components.of.resize(graph.size);
    components.count = boost::strong_components(
        g, boost::make_iterator_property_map(components.of.begin(), boost::get(boost::vertex_index, g)));
    return components;
}

CutPoints cut_points(const IndexGraph& graph) {
    // One undirected edge per pair of systems, remembering the first link
    // that made it (so a bridge can be reported as a flow runs).
    Undirected g(graph.size);
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> first_link;
    std::vector<std::size_t> link_of_edge;
    for (std::size_t i = 0; i < graph.links.size(); ++i) {
        auto [a, b] = graph.links[i];
        if (a > b) std::swap(a, b);
        if (!first_link.emplace(std::pair{a, b}, i).second) continue;
        boost::add_edge(a, b, link_of_edge.size(), g);
        link_of_edge.push_back(i);
    }
    std::vector<std::size_t> component(link_of_edge.size());
    CutPoints result;
    const auto found = boost::biconnected_components(
        g, boost::make_iterator_property_map(component.begin(), boost::get(boost::edge_index, g)),
        std::back_inserter(result.articulation_points));
    // In a simple graph a biconnected component of a single edge is a bridge.
    std::vector<std::size_t> edges_in(found.first, 0);
    for (auto c : component) ++edges_in[c];
    for (std::size_t e = 0; e < component.size(); ++e)
        if (edges_in[component[e]] == 1) result.bridges.push_back(link_of_edge[e]);
    std::sort(result.articulation_points.begin(), result.articulation_points.end());
    result.articulation_points.erase(std::unique(result.articulation_points.begin(), result.articulation_points.end()),
                                     result.articulation_points.end());
    std::sort(result.bridges.begin(), result.bridges.end());
    return result;
}

std::vector<std::size_t> topological_order(const std::vector<std::vector<std::size_t>>& successors) {
    Directed g(successors.size());
    for (std::size_t v = 0; v < successors.size(); ++v)
        for (auto w : successors[v]) boost::add_edge(v, w, g);
    std::vector<std::size_t> reversed;
    boost::topological_sort(g, std::back_inserter(reversed));  // Boost writes the order backwards
    return {reversed.rbegin(), reversed.rend()};
}

}  // namespace socle::scoring::detail
