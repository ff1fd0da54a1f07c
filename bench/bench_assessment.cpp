// Loading and scoring assessments (issue 3's targets): a 200-indicator,
// 40-participant assessment with long evidence texts loads and scores in
// under 20 ms and within 3x pugixml's own parse of the same file; scoring
// alone under 1 ms. Results are recorded in docs/performance.md.
#include <benchmark/benchmark.h>
#include <pugixml.hpp>

#include "assessment/assessment_io.h"
#include "bench/bench_support.h"
#include "frameworks/framework_loader.h"
#include "scoring/assessment_scores.h"

namespace {

using namespace socle;

struct LargeFile {
    std::string bytes;
    assessment::Assessment assessment;
};

const LargeFile& large_file() {
    static const LargeFile file = [] {
        auto loaded = frameworks::load_framework(bench::generate_framework_xml(20, 10), "bench.xml");
        auto framework = std::make_shared<const frameworks::Framework>(std::move(*loaded.framework));
        auto a = bench::generate_assessment(framework, 40, 1500, 0, 42);
        return LargeFile{assessment::write_assessment(a), a};
    }();
    return file;
}

void BM_PugixmlParseOnly(benchmark::State& state) {
    const auto& bytes = large_file().bytes;
    for (auto _ : state) {
        pugi::xml_document doc;
        benchmark::DoNotOptimize(doc.load_buffer(bytes.data(), bytes.size()));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_PugixmlParseOnly)->Unit(benchmark::kMillisecond);

void BM_LoadAndScore(benchmark::State& state) {
    const auto& bytes = large_file().bytes;
    for (auto _ : state) {
        auto result = assessment::read_assessment(bytes, "large.socle");
        benchmark::DoNotOptimize(scoring::score_assessment(*result.assessment));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_LoadAndScore)->Unit(benchmark::kMillisecond);

void BM_LoadAndScoreWithCache(benchmark::State& state) {
    const auto& bytes = large_file().bytes;
    assessment::FrameworkCache cache;
    cache.add(large_file().assessment.framework_ptr());
    const auto resolver = cache.resolver();
    for (auto _ : state) {
        auto result = assessment::read_assessment(bytes, "large.socle", resolver);
        benchmark::DoNotOptimize(scoring::score_assessment(*result.assessment));
    }
}
BENCHMARK(BM_LoadAndScoreWithCache)->Unit(benchmark::kMillisecond);

void BM_ScoreOnly(benchmark::State& state) {
    const auto& a = large_file().assessment;
    for (auto _ : state) benchmark::DoNotOptimize(scoring::score_assessment(a));
}
BENCHMARK(BM_ScoreOnly)->Unit(benchmark::kMicrosecond);

void BM_Save(benchmark::State& state) {
    const auto& a = large_file().assessment;
    for (auto _ : state) benchmark::DoNotOptimize(assessment::write_assessment(a));
}
BENCHMARK(BM_Save)->Unit(benchmark::kMillisecond);

// 1,000 assessments of one framework, as a regional programme would batch
// them: the cache parses the framework snapshot once.
void BM_Batch1000(benchmark::State& state) {
    const auto& bytes = large_file().bytes;
    for (auto _ : state) {
        assessment::FrameworkCache cache;
        double sum = 0;
        for (int i = 0; i < 1000; ++i) {
            auto result = assessment::read_assessment(bytes, "batch.socle", cache.resolver());
            cache.add(result.assessment->framework_ptr());
            sum += scoring::score_assessment(*result.assessment).overall.level.value_or(0);
        }
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(BM_Batch1000)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
