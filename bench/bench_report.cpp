// The Word report end to end: write_report computes the scores, the roadmap
// and the system analysis, writes every section, the two charts with their
// embedded workbooks, zips the package in memory and writes the file
// atomically. Targets: the Lao PDR sample in under 0.5 s; the generated
// 200-indicator, 40-participant, 2,000-system assessment in under 5 s.
// Results in docs/performance.md.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench/bench_support.h"
#include "exports/report.h"

namespace {

using namespace socle;
namespace fs = std::filesystem;

const assessment::Assessment& generated() { return bench::generated_workshop(); }
const assessment::Assessment& sample() { return bench::lao_sample(); }
fs::path out_dir() {
    static const fs::path dir = bench::scratch_folder("socle-bench-report");
    return dir;
}

void write(benchmark::State& state, const assessment::Assessment& a, const std::string& name) {
    const auto out = out_dir() / name;
    for (auto _ : state) exports::write_report(a, out);
    state.counters["bytes"] = static_cast<double>(fs::file_size(out));
}

void BM_ReportSample(benchmark::State& state) { write(state, sample(), "lao.docx"); }
BENCHMARK(BM_ReportSample)->Unit(benchmark::kMillisecond);

void BM_ReportGenerated(benchmark::State& state) { write(state, generated(), "generated.docx"); }
BENCHMARK(BM_ReportGenerated)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace

BENCHMARK_MAIN();
