// A flow chain as long as a crafted map can make it, analysed on a thread
// with Windows' default 1 MB stack. Boost.Graph's depth-first search keeps
// its own stack (BOOST_RECURSIVE_DFS is not defined), and so do the
// algorithms built on it that the analysis uses: these tests keep it so.
#include <doctest/doctest.h>

#include <filesystem>
#include <numeric>

#include "exports/dot_export.h"
#include "exports/workbook.h"
#include "frameworks/framework_loader.h"
#include "scoring/detail/system_graph.h"
#include "scoring/system_analysis.h"
#include "tests/deep/deep_inputs.h"
#include "tests/support/small_stack.h"
#include "tests/support/test_support.h"

using namespace socle;

namespace {

constexpr std::size_t kChain = 100000;

scoring::detail::IndexGraph chain_graph(std::size_t length, bool closed) {
    scoring::detail::IndexGraph graph;
    graph.size = length;
    for (std::size_t k = 1; k < length; ++k) graph.links.emplace_back(k - 1, k);
    if (closed) graph.links.emplace_back(length - 1, 0);
    return graph;
}

}  // namespace

TEST_CASE("the graph algorithms of the map analysis walk a 100,000-long flow chain on a 1 MB stack") {
    scoring::detail::Components cycle, open;
    scoring::detail::CutPoints cuts;
    std::vector<std::size_t> order;
    test::run_with_stack(test::kWindowsDefaultStack, [&] {
        cycle = scoring::detail::strong_components(chain_graph(kChain, true));
        open = scoring::detail::strong_components(chain_graph(kChain, false));
        cuts = scoring::detail::cut_points(chain_graph(kChain, false));
        std::vector<std::vector<std::size_t>> successors(kChain);
        for (std::size_t k = 1; k < kChain; ++k) successors[k - 1].push_back(k);
        order = scoring::detail::topological_order(successors);
    });
    CHECK(cycle.count == 1);
    CHECK(open.count == kChain);
    // Every inner system of a chain is a single point of failure, every link a bridge.
    REQUIRE(cuts.articulation_points.size() == kChain - 2);
    CHECK(cuts.articulation_points.front() == 1);
    CHECK(cuts.articulation_points.back() == kChain - 2);
    CHECK(cuts.bridges.size() == kChain - 1);
    std::vector<std::size_t> expected(kChain);
    std::iota(expected.begin(), expected.end(), std::size_t{0});
    CHECK(order == expected);
}

// End to end, the chain is shorter, to keep the workbook (a row per system
// and flow) quick in CI; the depth that matters is tested above.
TEST_CASE("a 2,000-long flow chain is analysed, drawn as DOT and written to a workbook on a 1 MB stack") {
    constexpr int kLength = 2000;
    test::ScratchDir dir;
    auto loaded = frameworks::load_framework(test::prerequisite_chain_xml(3), "small.xml");
    REQUIRE(loaded.ok());
    auto assessment = test::chain_assessment(std::make_shared<const frameworks::Framework>(std::move(*loaded.framework)));
    assessment.systems = test::flow_chain(kLength);
    std::optional<scoring::SystemMapAnalysis> analysis;
    std::string dot;
    test::run_with_stack(test::kWindowsDefaultStack, [&] {
        analysis = scoring::analyse_system_map(assessment.systems);
        dot = exports::system_map_dot(assessment.systems, *analysis);
        exports::write_workbook(assessment, dir / "chain.xlsx");
    });
    CHECK(analysis->order.size() == static_cast<std::size_t>(kLength));
    CHECK(analysis->find("s0")->downstream.count == static_cast<std::size_t>(kLength - 1));
    CHECK(analysis->find("s1999")->upstream.count == static_cast<std::size_t>(kLength - 1));
    CHECK(analysis->articulation_points.size() == static_cast<std::size_t>(kLength - 2));
    CHECK(dot.find("\"s1998\" -> \"s1999\"") != std::string::npos);
    const auto workbook = test::read_text(dir / "chain.xlsx");
    CHECK(workbook.rfind("PK", 0) == 0);  // a zip file, as an xlsx is
}
