// Brandes' betweenness for unweighted directed graphs, written out rather
// than taken from Boost.Graph: Boost's generic version keeps a list of
// predecessors per vertex per source (allocations on every walk) and cannot
// start from a subset of sources, which a very large map needs. Here the
// graph is a compressed successor array, every buffer is reused, and the
// dependencies are accumulated over successors (w follows v on a shortest
// path when dist[w] == dist[v] + 1), so no predecessor lists exist at all.
#include <algorithm>

#include "scoring/detail/system_graph.h"

namespace socle::scoring::detail {

Betweenness normalised_betweenness(const IndexGraph& graph, std::size_t budget) {
    const std::size_t n = graph.size;
    Betweenness out;
    out.values.assign(n, 0.0);
    if (n == 0) return out;

    std::vector<std::size_t> first(n + 1, 0), next(graph.links.size());
    for (const auto& link : graph.links) ++first[link.first + 1];
    for (std::size_t v = 0; v < n; ++v) first[v + 1] += first[v];
    {
        std::vector<std::size_t> fill(first.begin(), first.end() - 1);
        for (const auto& [from, to] : graph.links) next[fill[from]++] = to;
    }

    const std::size_t walk = n + graph.links.size();
    const std::size_t sources = std::clamp<std::size_t>(budget / walk, 1, n);
    out.sources = sources;

    std::vector<long> dist(n, -1);
    std::vector<double> paths(n, 0.0), dependency(n, 0.0);
    std::vector<std::size_t> order;  // vertices in the order the walk reached them
    order.reserve(n);
    for (std::size_t k = 0; k < sources; ++k) {
        const std::size_t s = sources == n ? k : k * n / sources;  // evenly spaced when estimating
        order.clear();
        order.push_back(s);
        dist[s] = 0;
        paths[s] = 1;
        for (std::size_t head = 0; head < order.size(); ++head) {
            const auto v = order[head];
            for (auto e = first[v]; e < first[v + 1]; ++e) {
                const auto w = next[e];
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    order.push_back(w);
                }
                if (dist[w] == dist[v] + 1) paths[w] += paths[v];
            }
        }
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const auto v = *it;
            double sum = 0;
            for (auto e = first[v]; e < first[v + 1]; ++e) {
                const auto w = next[e];
                if (dist[w] == dist[v] + 1) sum += paths[v] / paths[w] * (1 + dependency[w]);
            }
            dependency[v] = sum;
            if (v != s) out.values[v] += sum;
        }
        for (const auto v : order) dist[v] = -1, paths[v] = 0, dependency[v] = 0;
    }

    const double scale = static_cast<double>(n) / static_cast<double>(sources);
    const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2);
    for (auto& value : out.values) value = n > 2 ? value * scale / pairs : 0.0;
    return out;
}

}  // namespace socle::scoring::detail
