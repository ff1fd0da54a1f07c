#pragma once
// Transitive reach on the condensation of a map, counted exactly without
// keeping a set per system: the reach of a component is the union of its
// successors' (plus its own members), so the sets are built in visit order
// as bit rows, but only for a band of columns (systems) at a time. Each band
// adds to the counts and to the first names, then is dropped: memory stays
// under a fixed budget whatever the map, and time is that of the full
// bit-matrix, (components + links) x systems / 64 word operations.
#include <cstddef>
#include <vector>

namespace socle::scoring::detail {

struct ComponentReach {
    // Per component: the systems reached from it, its own members included.
    std::vector<std::size_t> count;
    // Per component: the first `keep` of them, ascending.
    std::vector<std::vector<std::size_t>> first;
};

// `members[c]` lists the vertices of component c; `next[c]` its distinct
// neighbour components in the direction walked; `visit_order` puts every
// component after all of its `next` ones. `band_bytes` bounds the bit rows
// held at one time (at least one 64-bit word per component).
ComponentReach component_reach(std::size_t vertices, const std::vector<std::vector<std::size_t>>& members,
                               const std::vector<std::vector<std::size_t>>& next,
                               const std::vector<std::size_t>& visit_order, std::size_t keep,
                               std::size_t band_bytes = std::size_t{32} << 20);

}  // namespace socle::scoring::detail
