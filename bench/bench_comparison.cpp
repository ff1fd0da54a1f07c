// Comparing a regional programme's assessments (issue 8's target): 1,000
// generated assessments of the full built-in framework compared in under
// 5 s, from files as `socle-cli compare DIR` does, with memory that does not
// grow with the participants' texts. Results in docs/performance.md.
//
//   bench_comparison [benchmark flags]         run the benchmarks
//   bench_comparison --generate DIR N CHARS    write N files with evidence,
//                                              notes and names of ~CHARS each
//                                              (for /usr/bin/time -v runs)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "assessment/assessment_io.h"
#include "bench/bench_support.h"
#include "frameworks/framework_catalog.h"
#include "scoring/comparison.h"

namespace {

using namespace socle;
namespace fs = std::filesystem;

constexpr int kAssessments = 1000;
constexpr int kParticipants = 12;

std::shared_ptr<const frameworks::Framework> full_framework() {
    static const auto framework = [] {
        auto catalog = frameworks::FrameworkCatalog::builtin_only();
        return std::make_shared<const frameworks::Framework>(*catalog.find("sp-dmf"));
    }();
    return framework;
}

// One country's round: the generated votes, metadata that sorts into
// rounds, and participants' texts of about `chars` characters.
assessment::Assessment generated(int n, int chars) {
    auto a = bench::generate_assessment(full_framework(), kParticipants, chars, 0, static_cast<unsigned>(n + 1));
    a.metadata.country = "Country " + std::to_string(n % 50);
    a.metadata.round = "round " + std::to_string(n / 50 + 1);
    a.metadata.start_date = std::to_string(2026 + n / 50) + "-0" + std::to_string(1 + n % 9) + "-15";
    const std::string long_text(static_cast<std::size_t>(chars), 'x');
    for (auto& participant : a.participants) participant.name += " " + long_text.substr(0, 40);
    for (auto& [id, response] : a.responses) response.notes = long_text;
    a.metadata.notes = long_text;
    return a;
}

void generate_folder(const fs::path& dir, int count, int chars) {
    fs::create_directories(dir);
    for (int n = 0; n < count; ++n) {
        const auto name = "assessment-" + std::string(4 - std::to_string(n).size(), '0') + std::to_string(n) + ".socle";
        assessment::save_assessment_file(generated(n, chars), dir / name);
    }
}

const fs::path& bench_folder() {
    static const fs::path dir = [] {
        const fs::path path = fs::temp_directory_path() / "socle-bench-comparison";
        if (!fs::exists(path / "assessment-0999.socle")) generate_folder(path, kAssessments, 60);
        return path;
    }();
    return dir;
}

// The whole path of `socle-cli compare DIR`: list, load (framework snapshot
// parsed once), score and keep the figures, 1,000 files.
void BM_CompareFolder1000(benchmark::State& state) {
    const auto& dir = bench_folder();
    for (auto _ : state) {
        auto result = scoring::compare_files({dir}, scoring::ComparisonMode::Rounds);
        if (!result.ok()) state.SkipWithError("comparison failed");
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_CompareFolder1000)->Unit(benchmark::kMillisecond)->Iterations(3);

// Scoring and comparing already-loaded assessments (the desktop view's case).
void BM_ScoreAndCompareInMemory1000(benchmark::State& state) {
    std::vector<assessment::Assessment> loaded;
    loaded.reserve(kAssessments);
    for (int n = 0; n < kAssessments; ++n) loaded.push_back(generated(n, 60));
    for (auto _ : state) {
        scoring::ComparisonBuilder builder;
        for (const auto& a : loaded) builder.add(a);
        benchmark::DoNotOptimize(builder.finish(scoring::ComparisonMode::Rounds));
    }
}
BENCHMARK(BM_ScoreAndCompareInMemory1000)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::string(argv[1]) == "--generate") {
        if (argc != 5) {
            std::cerr << "usage: bench_comparison --generate DIR COUNT CHARS\n";
            return 2;
        }
        generate_folder(argv[2], std::atoi(argv[3]), std::atoi(argv[4]));
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
