// The four paths issue 14 found quadratic, each at the size it named:
// columns of many diagnostics on one long line, 100,000 new participants in
// a votes import, 100,000 notes appended to one indicator, and 20,000
// overlapping prerequisite cycles. Each is now linear or bounded; the tests
// check the results and the bounds, this measures the time
// (docs/performance.md, "Paths that were quadratic").
#include <benchmark/benchmark.h>

#include <string>

#include "assessment/votes_csv.h"
#include "bench/bench_support.h"
#include "common/line_index.h"
#include "frameworks/framework_loader.h"

namespace {

using namespace socle;

// One line of `bytes` (Lao letters, three bytes each), and a column lookup
// every `step` bytes along it: 15 million warnings on one line.
void BM_ColumnsOnOneLongLine(benchmark::State& state) {
    const auto bytes = static_cast<std::size_t>(state.range(0));
    std::string text;
    while (text.size() < bytes) text += "\xe0\xba\xa5";
    const std::size_t step = 3;
    for (auto _ : state) {
        const common::LineIndex index(text);
        long sum = 0;
        for (std::size_t at = 0; at < text.size(); at += step) sum += index.position(static_cast<std::ptrdiff_t>(at)).column;
        benchmark::DoNotOptimize(sum);
    }
    state.counters["lookups"] = static_cast<double>(text.size() / step);
}
BENCHMARK(BM_ColumnsOnOneLongLine)->Arg(45'000'000)->Unit(benchmark::kMillisecond)->Iterations(1);

std::shared_ptr<const frameworks::Framework> small_framework() {
    static const auto framework = [] {
        auto loaded = frameworks::load_framework(bench::generate_framework_xml(2, 5), "bench.xml");
        return std::make_shared<const frameworks::Framework>(std::move(*loaded.framework));
    }();
    return framework;
}

// Every row a participant the assessment does not know yet (by name, so
// each is numbered), or every row a new note on the same indicator.
std::string votes_csv(std::size_t rows, bool notes) {
    const auto& indicator = small_framework()->domains.front().indicators.front().id;
    std::string csv = "indicator,participant,vote,note\n";
    for (std::size_t i = 0; i < rows; ++i) {
        const auto n = std::to_string(i);
        csv += indicator + (notes ? ",p1,," : ",Person " + n + ",2,") + (notes ? "Note number " + n : "") + "\n";
    }
    return csv;
}

void import_votes(benchmark::State& state, bool notes) {
    const assessment::Assessment a(small_framework());
    const auto csv = votes_csv(static_cast<std::size_t>(state.range(0)), notes);
    for (auto _ : state) {
        common::Diagnostics diagnostics;
        auto imported = assessment::import_votes_csv(a, csv, "votes.csv", diagnostics);
        if (!imported) state.SkipWithError("the import failed");
        benchmark::DoNotOptimize(imported);
    }
}

void BM_VotesNewParticipants(benchmark::State& state) { import_votes(state, false); }
BENCHMARK(BM_VotesNewParticipants)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_VotesAppendedNotes(benchmark::State& state) { import_votes(state, true); }
BENCHMARK(BM_VotesAppendedNotes)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(1);

// A chain of indicators, each also requiring the first: one overlapping
// cycle per indicator.
void BM_OverlappingCycles(benchmark::State& state) {
    const int size = static_cast<int>(state.range(0));
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<framework format=\"1\" id=\"loops\" version=\"0.1\" default-lang=\"en\">\n"
        "<title lang=\"en\">Loops</title>\n<languages><language code=\"en\" status=\"complete\"/></languages>\n<scale>"
        "<level value=\"1\" id=\"low\"><name lang=\"en\">Low</name><meaning lang=\"en\">m</meaning></level>"
        "<level value=\"2\" id=\"high\"><name lang=\"en\">High</name><meaning lang=\"en\">m</meaning></level>"
        "</scale>\n<domain id=\"A\" weight=\"1\"><name lang=\"en\">A</name>\n";
    for (int k = 0; k < size; ++k) {
        xml += "<indicator id=\"A." + std::to_string(k) + "\" weight=\"1\"><question lang=\"en\">q</question>"
               "<descriptor level=\"1\" lang=\"en\">a</descriptor><descriptor level=\"2\" lang=\"en\">b</descriptor>";
        if (k + 1 < size) xml += "<requires indicator=\"A." + std::to_string(k + 1) + "\" level=\"2\"/>";
        if (k > 0) xml += "<requires indicator=\"A.0\" level=\"2\"/>";
        xml += "</indicator>\n";
    }
    xml += "</domain></framework>\n";
    std::size_t message_bytes = 0;
    for (auto _ : state) {
        const auto result = frameworks::load_framework(xml, "loops.xml");
        message_bytes = 0;
        for (const auto& item : result.diagnostics.items()) message_bytes += item.message.size();
    }
    state.counters["message_bytes"] = static_cast<double>(message_bytes);
}
BENCHMARK(BM_OverlappingCycles)->Arg(20'000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
