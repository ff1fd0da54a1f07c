// The system-map analysis on a generated map of 2,000 systems and 10,000
// flows (issue 4's target: the full analysis, betweenness included, under
// 1 s, and at least 10 times faster than networkx on the same graph, which
// bench/networkx_compare.py times). The generator is a 64-bit linear
// congruential generator that the Python script repeats step for step, so
// both work on exactly the same flows. Results: docs/performance.md.
#include <benchmark/benchmark.h>

#include <cstdint>

#include "exports/dot_export.h"
#include "scoring/system_analysis.h"

namespace {

using namespace socle;

// Knuth's MMIX constants; the high bits are the better ones.
class Lcg {
public:
    explicit Lcg(std::uint64_t seed) : state_(seed) {}
    std::uint64_t below(std::uint64_t bound) {
        state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state_ >> 33) % bound;
    }

private:
    std::uint64_t state_;
};

// Mostly "forward" flows (from a lower number to a higher one), so the map
// has long dependency chains, and one in eight backwards, which closes cycles.
assessment::SystemMap generate_map(std::size_t systems, std::size_t flows, std::uint64_t seed) {
    Lcg rng(seed);
    assessment::SystemMap map;
    const auto categories = frameworks::all_categories();
    for (std::size_t i = 0; i < systems; ++i) {
        assessment::InformationSystem system;
        system.id = "s" + std::to_string(i);
        system.name = "System " + std::to_string(i);
        system.category = categories[i % categories.size()];
        map.systems.push_back(std::move(system));
    }
    while (map.flows.size() < flows) {
        auto a = rng.below(systems), b = rng.below(systems);
        if (a == b) continue;
        if (a > b && rng.below(8) != 0) std::swap(a, b);
        assessment::DataFlow flow;
        flow.from = map.systems[a].id;
        flow.to = map.systems[b].id;
        flow.mechanism = static_cast<assessment::FlowMechanism>(rng.below(5));
        flow.agreement = rng.below(3) != 0;
        map.flows.push_back(std::move(flow));
    }
    return map;
}

void BM_AnalyseSystemMap(benchmark::State& state) {
    const auto map = generate_map(static_cast<std::size_t>(state.range(0)), static_cast<std::size_t>(state.range(1)), 42);
    std::size_t cycles = 0;
    for (auto _ : state) {
        auto analysis = scoring::analyse_system_map(map);
        cycles = analysis.cycles.size();
        benchmark::DoNotOptimize(analysis);
    }
    state.counters["cycles"] = static_cast<double>(cycles);
}
BENCHMARK(BM_AnalyseSystemMap)->Args({200, 1000})->Args({2000, 10000})->Unit(benchmark::kMillisecond);
// Issue 14: 10,000 / 50,000 and 100,000 / 500,000 (betweenness estimated
// from sources there, see scoring/detail/system_graph.h); once each.
BENCHMARK(BM_AnalyseSystemMap)->Args({10000, 50000})->Args({100000, 500000})->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SystemMapDot(benchmark::State& state) {
    const auto map = generate_map(2000, 10000, 42);
    const auto analysis = scoring::analyse_system_map(map);
    for (auto _ : state) benchmark::DoNotOptimize(exports::system_map_dot(map, analysis));
}
BENCHMARK(BM_SystemMapDot)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
