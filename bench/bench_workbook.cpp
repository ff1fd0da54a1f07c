// The workbook export end to end: write_workbook computes the scores, the
// roadmap and the system analysis, fills every sheet and writes the file
// (through a temporary file and a rename). Targets: the generated
// 200-indicator, 40-participant, 2,000-system assessment in under 1 s; the
// Lao PDR sample in under 150 ms. Results in docs/performance.md.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench/bench_support.h"
#include "exports/csv_export.h"
#include "exports/workbook.h"
#include "scoring/roadmap.h"

namespace {

using namespace socle;
namespace fs = std::filesystem;

const assessment::Assessment& generated() { return bench::generated_workshop(); }
const assessment::Assessment& sample() { return bench::lao_sample(); }
fs::path out_dir() {
    static const fs::path dir = bench::scratch_folder("socle-bench-workbook");
    return dir;
}

void write(benchmark::State& state, const assessment::Assessment& a, const std::string& name) {
    const auto out = out_dir() / name;
    for (auto _ : state) exports::write_workbook(a, out);
    state.counters["bytes"] = static_cast<double>(fs::file_size(out));
}

void BM_WorkbookGenerated(benchmark::State& state) { write(state, generated(), "generated.xlsx"); }
BENCHMARK(BM_WorkbookGenerated)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_WorkbookSample(benchmark::State& state) { write(state, sample(), "lao.xlsx"); }
BENCHMARK(BM_WorkbookSample)->Unit(benchmark::kMillisecond);

// The parts, to see where the time goes: scores and plan alone, and the
// workbook of the same assessment without its system map.
void BM_ScoreAndPlanGenerated(benchmark::State& state) {
    for (auto _ : state) {
        const auto scores = scoring::score_assessment(generated());
        benchmark::DoNotOptimize(scoring::plan_roadmap(generated(), scores));
    }
}
BENCHMARK(BM_ScoreAndPlanGenerated)->Unit(benchmark::kMillisecond);

void BM_WorkbookGeneratedWithoutMap(benchmark::State& state) {
    static const assessment::Assessment a = [] {
        auto copy = generated();
        copy.systems = {};
        return copy;
    }();
    write(state, a, "generated-no-map.xlsx");
}
BENCHMARK(BM_WorkbookGeneratedWithoutMap)->Unit(benchmark::kMillisecond);

void BM_CsvTablesGenerated(benchmark::State& state) {
    for (auto _ : state) exports::write_csv_tables(generated(), out_dir() / "csv");
}
BENCHMARK(BM_CsvTablesGenerated)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
