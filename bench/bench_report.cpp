// The Word report end to end: write_report computes the scores, the roadmap
// and the system analysis, writes every section, the two charts with their
// embedded workbooks, zips the package in memory and writes the file
// atomically. Targets: the Lao PDR sample in under 0.5 s; the generated
// 200-indicator, 40-participant, 2,000-system assessment in under 5 s.
// Results in docs/performance.md.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "assessment/assessment_io.h"
#include "bench/bench_support.h"
#include "exports/report.h"
#include "frameworks/framework_loader.h"

namespace {

using namespace socle;
namespace fs = std::filesystem;

const assessment::Assessment& generated() {
    static const assessment::Assessment a = [] {
        auto loaded = frameworks::load_framework(bench::generate_framework_xml(20, 10), "bench.xml");
        auto framework = std::make_shared<const frameworks::Framework>(std::move(*loaded.framework));
        return bench::generate_assessment(framework, 40, 1500, 2000, 42);
    }();
    return a;
}

const assessment::Assessment& sample() {
    static const assessment::Assessment a = [] {
        auto loaded = assessment::load_assessment_file(fs::path(SOCLE_SOURCE_DIR) / "samples/lao-pdr-2026-baseline.socle");
        if (!loaded.ok()) throw std::runtime_error("cannot load the Lao PDR sample");
        return std::move(*loaded.assessment);
    }();
    return a;
}

fs::path out_dir() {
    static const fs::path dir = [] {
        auto path = fs::temp_directory_path() / "socle-bench-report";
        fs::create_directories(path);
        return path;
    }();
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
