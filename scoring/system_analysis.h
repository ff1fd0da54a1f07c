#pragma once
// What the system map says about dependencies (docs/methodology.md, "System
// map analysis"). A flow A -> B means B depends on data from A, so an outage
// of A reaches B and everything downstream of B. Computed with Boost.Graph
// inside scoring/; nothing here exposes a boost type.
//
// Every list of systems is in the map's order unless said otherwise, so the
// results are stable from run to run and easy to compare between rounds.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "assessment/system_map.h"

namespace socle::scoring {

// How far an outage (downstream) or a dependency (upstream) of one system
// reaches: the exact number of other systems, and the first of them in map
// order. Keeping every list in full cost memory quadratic in the map (2,000
// systems in one big cycle: 4 million names); the whole list of one system
// is there on request, through reach_of.
inline constexpr std::size_t kReachNamesKept = 25;

struct Reach {
    std::size_t count = 0;            // every system reached, the system itself not counted
    std::vector<std::string> first;   // the first min(count, kReachNamesKept) of them, map order
    bool empty() const { return count == 0; }
};

enum class ReachDirection { Downstream, Upstream };

// Everything the analysis found about one system.
struct SystemFindings {
    std::string id;
    std::size_t layer = 0;             // index into SystemMapAnalysis::order
    std::optional<std::size_t> cycle;  // index into SystemMapAnalysis::cycles
    double betweenness = 0;            // normalised to 0..1
    bool articulation_point = false;
    bool silo = false;                      // no flow in or out
    Reach downstream;                       // the systems an outage reaches (transitively)
    Reach upstream;                         // the systems it depends on (transitively)
    std::size_t inputs = 0;                 // flows into it
    std::size_t outputs = 0;                // flows out of it
};

struct SystemHub {
    std::string id;
    double betweenness = 0;
};

struct MechanismShare {
    assessment::FlowMechanism mechanism = assessment::FlowMechanism::Manual;
    std::size_t flows = 0;
    double share = 0;  // of all flows, 0..1 (0 when there are no flows)
};

struct SystemMapAnalysis {
    std::vector<SystemFindings> systems;  // one per system, map order

    // Modernisation order: layer 0 depends on nothing, and every system
    // comes after everything it depends on. Systems of one cycle share a
    // layer (they are one component of the condensation).
    std::vector<std::vector<std::string>> order;
    // Strongly connected components of more than one system, ordered by
    // their first system in the map.
    std::vector<std::vector<std::string>> cycles;
    // Every system, highest betweenness first (ties in map order).
    std::vector<SystemHub> hubs;
    // The systems betweenness was walked from: all of them, except on a map
    // so large (about 20,000 systems and more) that the betweenness is an
    // estimate from evenly spaced sources (scoring/detail/system_graph.h).
    std::size_t betweenness_sources = 0;
    // Single points of failure of the undirected view (a link counts once
    // whatever its direction): systems whose loss splits the map, and links
    // whose loss does. A bridge is (from, to) as its first flow runs; bridges
    // are in the order of their first flow.
    std::vector<std::string> articulation_points;
    std::vector<std::pair<std::string, std::string>> bridges;
    std::vector<std::string> silos;

    // Interoperability: flows by mechanism (every mechanism, in the order of
    // FlowMechanism) and the 0-100 index; no index when there are no flows.
    std::vector<MechanismShare> by_mechanism;
    std::optional<double> interoperability_index;
    // Indexes into map.flows of the flows no legal agreement covers.
    std::vector<std::size_t> flows_without_agreement;

    const SystemFindings* find(std::string_view system_id) const;
};

// The weight of a mechanism in the interoperability index: manual 0, file
// transfer 25, direct database link 25 (no higher than a file: lock-in and
// security risk), API 75, standards-based API 100.
double mechanism_weight(assessment::FlowMechanism mechanism);

// Flows must join systems of the map (as the reader and the edits ensure);
// a flow naming an unknown system or a system itself is ignored. Several
// flows between the same two systems count as one link in the graph
// measures, and each one in the interoperability shares.
SystemMapAnalysis analyse_system_map(const assessment::SystemMap& map);

// The full list behind SystemFindings::downstream or upstream of one system,
// in map order, by one walk of the map (time linear in the map): what the
// desktop highlights and `socle-cli systems --full` prints. Empty for an
// unknown id. A ReachWalker indexes the map once for many such walks; it
// refers to the map, which must outlive it.
class ReachWalker {
public:
    explicit ReachWalker(const assessment::SystemMap& map);
    std::vector<std::string> of(std::string_view system_id, ReachDirection direction) const;

private:
    const assessment::SystemMap& map_;
    std::map<std::string_view, std::size_t> index_;
    std::vector<std::vector<std::size_t>> successors_, predecessors_;
};

std::vector<std::string> reach_of(const assessment::SystemMap& map, std::string_view system_id,
                                  ReachDirection direction);

}  // namespace socle::scoring
