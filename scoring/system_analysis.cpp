#include "scoring/system_analysis.h"

#include <algorithm>
#include <map>
#include <set>

#include "scoring/detail/system_graph.h"
#include "scoring/detail/system_reach.h"

namespace socle::scoring {

namespace {

using assessment::FlowMechanism;

detail::IndexGraph index_graph(const assessment::SystemMap& map, std::map<std::string_view, std::size_t>& index) {
    detail::IndexGraph graph;
    graph.size = map.systems.size();
    for (std::size_t i = 0; i < map.systems.size(); ++i) index.emplace(map.systems[i].id, i);
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (const auto& flow : map.flows) {
        const auto from = index.find(flow.from);
        const auto to = index.find(flow.to);
        if (from == index.end() || to == index.end() || from->second == to->second) continue;
        if (seen.emplace(from->second, to->second).second) graph.links.emplace_back(from->second, to->second);
    }
    return graph;
}

// The condensation: one vertex per strongly connected component, its
// members in map order, and its distinct successor components.
struct Condensation {
    detail::Components components;
    std::vector<std::vector<std::size_t>> members;
    std::vector<std::vector<std::size_t>> successors;
    std::vector<std::vector<std::size_t>> predecessors;
};

Condensation condense(const detail::IndexGraph& graph) {
    Condensation c{detail::strong_components(graph), {}, {}, {}};
    c.members.resize(c.components.count);
    c.successors.resize(c.components.count);
    c.predecessors.resize(c.components.count);
    for (std::size_t v = 0; v < graph.size; ++v) c.members[c.components.of[v]].push_back(v);
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (const auto& [from, to] : graph.links) {
        const auto a = c.components.of[from], b = c.components.of[to];
        if (a != b && seen.emplace(a, b).second) {
            c.successors[a].push_back(b);
            c.predecessors[b].push_back(a);
        }
    }
    return c;
}

// Fills one direction of every system's findings from the per-component
// reach (which counts the component's own members, the system among them).
void fill_reach(const assessment::SystemMap& map, const Condensation& c, const detail::ComponentReach& reach,
                Reach SystemFindings::*field, std::vector<SystemFindings>& systems) {
    for (std::size_t v = 0; v < systems.size(); ++v) {
        const auto component = c.components.of[v];
        Reach& out = systems[v].*field;
        out.count = reach.count[component] - 1;
        for (auto other : reach.first[component]) {
            if (other == v) continue;
            if (out.first.size() == kReachNamesKept) break;
            out.first.push_back(map.systems[other].id);
        }
    }
}

void order_and_reach(const assessment::SystemMap& map, const detail::IndexGraph& graph, SystemMapAnalysis& out) {
    const Condensation c = condense(graph);
    const auto topo = detail::topological_order(c.successors);
    // A component's layer is one more than the deepest layer it depends on.
    std::vector<std::size_t> layer(c.members.size(), 0);
    std::size_t layers = graph.size ? 1 : 0;
    for (auto component : topo) {
        for (auto before : c.predecessors[component]) layer[component] = std::max(layer[component], layer[before] + 1);
        layers = std::max(layers, layer[component] + 1);
    }
    out.order.assign(layers, {});
    for (std::size_t v = 0; v < graph.size; ++v) {
        out.systems[v].layer = layer[c.components.of[v]];
        out.order[out.systems[v].layer].push_back(map.systems[v].id);
    }
    // Cycles, numbered by their first system in the map.
    std::vector<std::optional<std::size_t>> cycle_of(c.members.size());
    for (std::size_t v = 0; v < graph.size; ++v) {
        const auto component = c.components.of[v];
        if (c.members[component].size() < 2) continue;
        if (!cycle_of[component]) {
            cycle_of[component] = out.cycles.size();
            out.cycles.emplace_back();
            for (auto member : c.members[component]) out.cycles.back().push_back(map.systems[member].id);
        }
        out.systems[v].cycle = cycle_of[component];
    }
    // Within a cycle every member reaches every other one, both ways; one
    // more name is kept than shown, as the system itself may be among them.
    const std::vector<std::size_t> reverse_topo(topo.rbegin(), topo.rend());
    const auto down = detail::component_reach(graph.size, c.members, c.successors, reverse_topo, kReachNamesKept + 1);
    fill_reach(map, c, down, &SystemFindings::downstream, out.systems);
    const auto up = detail::component_reach(graph.size, c.members, c.predecessors, topo, kReachNamesKept + 1);
    fill_reach(map, c, up, &SystemFindings::upstream, out.systems);
}

void interoperability(const assessment::SystemMap& map, SystemMapAnalysis& out) {
    constexpr FlowMechanism kAll[] = {FlowMechanism::Manual, FlowMechanism::File, FlowMechanism::Database,
                                      FlowMechanism::Api, FlowMechanism::StandardApi};
    for (auto mechanism : kAll) out.by_mechanism.push_back({mechanism, 0, 0});
    double weight = 0;
    for (std::size_t i = 0; i < map.flows.size(); ++i) {
        const auto& flow = map.flows[i];
        ++out.by_mechanism[static_cast<std::size_t>(flow.mechanism)].flows;
        weight += mechanism_weight(flow.mechanism);
        if (!flow.agreement) out.flows_without_agreement.push_back(i);
    }
    if (map.flows.empty()) return;
    const double total = static_cast<double>(map.flows.size());
    for (auto& share : out.by_mechanism) share.share = static_cast<double>(share.flows) / total;
    out.interoperability_index = weight / total;
}

}  // namespace

double mechanism_weight(FlowMechanism mechanism) {
    switch (mechanism) {
        case FlowMechanism::Manual: return 0;
        case FlowMechanism::File: return 25;
        // No higher than a file transfer: reading another institution's
        // database ties the reader to its internal schema and opens that
        // database to the reader (D6.2's own guidance), whatever it saves in
        // re-keying. See docs/methodology.md, "Interoperability".
        case FlowMechanism::Database: return 25;
        case FlowMechanism::Api: return 75;
        case FlowMechanism::StandardApi: return 100;
    }
    return 0;
}

const SystemFindings* SystemMapAnalysis::find(std::string_view system_id) const {
    for (const auto& system : systems)
        if (system.id == system_id) return &system;
    return nullptr;
}

SystemMapAnalysis analyse_system_map(const assessment::SystemMap& map) {
    SystemMapAnalysis out;
    std::map<std::string_view, std::size_t> index;
    const auto graph = index_graph(map, index);
    out.systems.resize(graph.size);
    for (std::size_t v = 0; v < graph.size; ++v) out.systems[v].id = map.systems[v].id;
    for (const auto& flow : map.flows) {
        const auto from = index.find(flow.from), to = index.find(flow.to);
        if (from == index.end() || to == index.end() || from->second == to->second) continue;
        ++out.systems[from->second].outputs;
        ++out.systems[to->second].inputs;
    }
    for (auto& system : out.systems) {
        system.silo = system.inputs == 0 && system.outputs == 0;
        if (system.silo) out.silos.push_back(system.id);
    }

    order_and_reach(map, graph, out);

    const auto betweenness = detail::normalised_betweenness(graph);
    out.betweenness_sources = betweenness.sources;
    for (std::size_t v = 0; v < graph.size; ++v) {
        out.systems[v].betweenness = betweenness.values[v];
        out.hubs.push_back({out.systems[v].id, betweenness.values[v]});
    }
    std::stable_sort(out.hubs.begin(), out.hubs.end(),
                     [](const SystemHub& a, const SystemHub& b) { return a.betweenness > b.betweenness; });

    const auto cuts = detail::cut_points(graph);
    for (auto v : cuts.articulation_points) {
        out.systems[v].articulation_point = true;
        out.articulation_points.push_back(out.systems[v].id);
    }
    for (auto link : cuts.bridges) {
        const auto [from, to] = graph.links[link];
        out.bridges.emplace_back(out.systems[from].id, out.systems[to].id);
    }

    interoperability(map, out);
    return out;
}

ReachWalker::ReachWalker(const assessment::SystemMap& map) : map_(map) {
    const auto graph = index_graph(map, index_);
    successors_.resize(graph.size);
    predecessors_.resize(graph.size);
    for (const auto& [from, to] : graph.links) {
        successors_[from].push_back(to);
        predecessors_[to].push_back(from);
    }
}

std::vector<std::string> ReachWalker::of(std::string_view system_id, ReachDirection direction) const {
    const auto start = index_.find(system_id);
    if (start == index_.end()) return {};
    const auto& next = direction == ReachDirection::Downstream ? successors_ : predecessors_;
    std::vector<char> seen(next.size(), 0);
    std::vector<std::size_t> stack{start->second};
    seen[start->second] = 1;
    while (!stack.empty()) {
        const auto v = stack.back();
        stack.pop_back();
        for (auto w : next[v])
            if (!seen[w]) {
                seen[w] = 1;
                stack.push_back(w);
            }
    }
    std::vector<std::string> ids;
    for (std::size_t v = 0; v < next.size(); ++v)
        if (seen[v] && v != start->second) ids.push_back(map_.systems[v].id);
    return ids;
}

std::vector<std::string> reach_of(const assessment::SystemMap& map, std::string_view system_id,
                                  ReachDirection direction) {
    return ReachWalker(map).of(system_id, direction);
}

}  // namespace socle::scoring
