// Random maps checked against the definitions, computed here the slow and
// obvious way (breadth-first searches, removing a system or a link and
// counting what falls apart), independently of Boost.Graph.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <queue>
#include <random>
#include <set>

#include "scoring/detail/system_reach.h"
#include "scoring/system_analysis.h"
#include "tests/system_map/map_builders.h"

using namespace socle;

namespace {

struct Reference {
    std::size_t n = 0;
    std::vector<std::set<std::size_t>> out, in, undirected;
};

assessment::SystemMap random_map(std::size_t n, std::size_t flows, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n; ++i) ids.push_back("s" + std::to_string(i));
    std::vector<std::pair<std::string, std::string>> pairs;
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    while (pairs.size() < flows) {
        // Mostly "forward" flows so that the maps have long chains and a few cycles.
        auto a = pick(rng), b = pick(rng);
        if (a == b) continue;
        if (a > b && rng() % 4 != 0) std::swap(a, b);
        pairs.emplace_back(ids[a], ids[b]);
    }
    return test::make_map(ids, pairs);
}

Reference reference(const assessment::SystemMap& map) {
    Reference r;
    r.n = map.systems.size();
    r.out.resize(r.n);
    r.in.resize(r.n);
    r.undirected.resize(r.n);
    auto index = [&](const std::string& id) { return static_cast<std::size_t>(std::stoul(id.substr(1))); };
    for (const auto& flow : map.flows) {
        const auto a = index(flow.from), b = index(flow.to);
        r.out[a].insert(b);
        r.in[b].insert(a);
        r.undirected[a].insert(b);
        r.undirected[b].insert(a);
    }
    return r;
}

// Distances from s along `next`; -1 when unreachable.
std::vector<int> distances(const std::vector<std::set<std::size_t>>& next, std::size_t s, std::size_t skip = SIZE_MAX,
                           std::pair<std::size_t, std::size_t> cut = {SIZE_MAX, SIZE_MAX}) {
    std::vector<int> d(next.size(), -1);
    std::queue<std::size_t> queue;
    d[s] = 0;
    queue.push(s);
    while (!queue.empty()) {
        const auto v = queue.front();
        queue.pop();
        for (auto w : next[v]) {
            if (w == skip || d[w] >= 0 || (std::pair{v, w} == cut || std::pair{w, v} == cut)) continue;
            d[w] = d[v] + 1;
            queue.push(w);
        }
    }
    return d;
}

std::vector<double> path_counts(const Reference& r, std::size_t s, const std::vector<int>& d) {
    std::vector<std::size_t> by_distance(r.n);
    for (std::size_t v = 0; v < r.n; ++v) by_distance[v] = v;
    std::sort(by_distance.begin(), by_distance.end(), [&](auto a, auto b) { return d[a] < d[b]; });
    std::vector<double> sigma(r.n, 0);
    sigma[s] = 1;
    for (auto v : by_distance)
        if (d[v] > 0)
            for (auto u : r.in[v])
                if (d[u] == d[v] - 1) sigma[v] += sigma[u];
    return sigma;
}

// Pieces of the undirected view once a system or a link is taken away.
std::size_t pieces(const Reference& r, std::size_t skip, std::pair<std::size_t, std::size_t> cut = {SIZE_MAX, SIZE_MAX}) {
    std::vector<bool> seen(r.n, false);
    std::size_t count = 0;
    for (std::size_t s = 0; s < r.n; ++s) {
        if (s == skip || seen[s]) continue;
        ++count;
        const auto d = distances(r.undirected, s, skip, cut);
        for (std::size_t v = 0; v < r.n; ++v) seen[v] = seen[v] || d[v] >= 0;
    }
    return count;
}

std::string id(std::size_t v) { return "s" + std::to_string(v); }

}  // namespace

TEST_CASE("systems analysis: on random maps every measure matches its definition") {
    std::size_t cycles = 0, articulation_points = 0, bridge_count = 0, layers = 0;
    for (unsigned seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
        CAPTURE(seed);
        const std::size_t n = 25 + seed * 3;
        const auto map = random_map(n, n + seed * 4, seed);
        const auto analysis = scoring::analyse_system_map(map);
        const auto r = reference(map);
        REQUIRE(analysis.systems.size() == n);

        std::vector<std::vector<int>> dist(n);
        for (std::size_t s = 0; s < n; ++s) dist[s] = distances(r.out, s);
        auto reaches = [&](std::size_t a, std::size_t b) { return dist[a][b] > 0; };

        std::set<std::string> ordered;
        for (const auto& layer : analysis.order) ordered.insert(layer.begin(), layer.end());
        CHECK(ordered.size() == n);  // every system in exactly one layer

        for (std::size_t v = 0; v < n; ++v) {
            const auto& found = *analysis.find(id(v));
            std::vector<std::string> down, up;
            for (std::size_t w = 0; w < n; ++w) {
                if (reaches(v, w)) down.push_back(id(w));
                if (reaches(w, v)) up.push_back(id(w));
            }
            // Exact counts, the first names kept, and the whole list on request.
            CHECK(found.downstream.count == down.size());
            CHECK(found.upstream.count == up.size());
            const auto kept = [](const std::vector<std::string>& all) {
                return std::vector<std::string>(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(
                                                                           std::min(all.size(), scoring::kReachNamesKept)));
            };
            CHECK(found.downstream.first == kept(down));
            CHECK(found.upstream.first == kept(up));
            CHECK(scoring::reach_of(map, id(v), scoring::ReachDirection::Downstream) == down);
            CHECK(scoring::reach_of(map, id(v), scoring::ReachDirection::Upstream) == up);
            // In a cycle exactly when some other system reaches it and back.
            bool in_cycle = false;
            for (std::size_t w = 0; w < n; ++w) in_cycle = in_cycle || (reaches(v, w) && reaches(w, v));
            CHECK(found.cycle.has_value() == in_cycle);
            CHECK(found.silo == (r.undirected[v].empty()));
            // A layer as low as it can be: something it (or its cycle)
            // depends on sits just below.
            if (found.layer > 0) {
                bool tight = false;
                for (std::size_t w = 0; w < n; ++w) {
                    if (w != v && !(reaches(v, w) && reaches(w, v))) continue;
                    for (auto u : r.in[w]) tight = tight || analysis.find(id(u))->layer + 1 == found.layer;
                }
                CHECK(tight);
            }
        }
        // The order respects every flow outside cycles; a cycle shares a layer.
        for (const auto& flow : map.flows) {
            const auto& from = *analysis.find(flow.from);
            const auto& to = *analysis.find(flow.to);
            if (from.cycle && from.cycle == to.cycle) CHECK(from.layer == to.layer);
            else CHECK(from.layer < to.layer);
        }

        // Betweenness: sum over ordered pairs (s, t) of the share of shortest
        // s-t paths through v, over (n-1)(n-2).
        std::vector<std::vector<double>> sigma(n);
        for (std::size_t s = 0; s < n; ++s) sigma[s] = path_counts(r, s, dist[s]);
        for (std::size_t v = 0; v < n; ++v) {
            double total = 0;
            for (std::size_t s = 0; s < n; ++s)
                for (std::size_t t = 0; t < n; ++t)
                    if (s != v && t != v && s != t && dist[s][t] > 0 && dist[s][v] > 0 && dist[v][t] > 0 &&
                        dist[s][v] + dist[v][t] == dist[s][t])
                        total += sigma[s][v] * sigma[v][t] / sigma[s][t];
            CHECK(analysis.find(id(v))->betweenness == doctest::Approx(total / double((n - 1) * (n - 2))));
        }
        for (std::size_t i = 1; i < analysis.hubs.size(); ++i)
            CHECK(analysis.hubs[i - 1].betweenness >= analysis.hubs[i].betweenness);

        // Single points of failure: taking them away leaves more pieces.
        const auto whole = pieces(r, SIZE_MAX);
        std::vector<std::string> articulation;
        for (std::size_t v = 0; v < n; ++v)
            if (pieces(r, v) > whole - (r.undirected[v].empty() ? 1 : 0)) articulation.push_back(id(v));
        CHECK(analysis.articulation_points == articulation);
        std::set<std::pair<std::size_t, std::size_t>> bridges, expected;
        for (const auto& [a, b] : analysis.bridges) {
            const auto x = std::stoul(a.substr(1)), y = std::stoul(b.substr(1));
            bridges.emplace(std::min(x, y), std::max(x, y));
        }
        for (std::size_t a = 0; a < n; ++a)
            for (auto b : r.undirected[a])
                if (a < b && pieces(r, SIZE_MAX, {a, b}) > whole) expected.emplace(a, b);
        CHECK(bridges == expected);
        CHECK(bridges.size() == analysis.bridges.size());
        cycles += analysis.cycles.size();
        articulation_points += articulation.size();
        bridge_count += expected.size();
        layers = std::max(layers, analysis.order.size());
    }
    // The maps are varied enough for the checks above to mean something.
    CHECK(cycles >= 3);
    CHECK(articulation_points >= 6);
    CHECK(bridge_count >= 6);
    CHECK(layers >= 5);
}

TEST_CASE("systems analysis: reach counted in narrow bands of columns equals reach counted at once") {
    // The analysis holds one band of bit rows at a time; with 8 bytes per
    // component every band is one 64-bit word, so a 300-vertex graph takes
    // five bands, and each count and first list must come out the same.
    std::mt19937 rng(7);
    const std::size_t n = 300;
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    // A DAG (links from lower to higher), so every vertex is its own component.
    std::vector<std::vector<std::size_t>> members(n), next(n);
    for (std::size_t v = 0; v < n; ++v) members[v] = {v};
    for (int i = 0; i < 900; ++i) {
        auto a = pick(rng), b = pick(rng);
        if (a == b) continue;
        if (a > b) std::swap(a, b);
        next[a].push_back(b);
    }
    for (auto& list : next) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    std::vector<std::size_t> order(n);
    for (std::size_t v = 0; v < n; ++v) order[v] = n - 1 - v;  // successors first
    const auto wide = scoring::detail::component_reach(n, members, next, order, 30);
    const auto narrow = scoring::detail::component_reach(n, members, next, order, 30, n * 8);
    CHECK(wide.count == narrow.count);
    CHECK(wide.first == narrow.first);
    // And both against a walk from each vertex.
    for (std::size_t v = 0; v < n; ++v) {
        std::vector<char> seen(n, 0);
        std::vector<std::size_t> stack{v};
        seen[v] = 1;
        std::size_t reached = 0;
        while (!stack.empty()) {
            const auto x = stack.back();
            stack.pop_back();
            ++reached;
            for (auto y : next[x])
                if (!seen[y]) seen[y] = 1, stack.push_back(y);
        }
        CHECK(narrow.count[v] == reached);  // the vertex itself included
    }
}
