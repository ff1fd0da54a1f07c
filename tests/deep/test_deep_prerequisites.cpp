// A prerequisite chain 100,000 long, in a framework and in a .socle's
// snapshot, read, scored, planned and compared on a thread with Windows'
// default 1 MB stack. A recursive walk over the chain overflowed it (the
// roadmap's priority walk did; the cycle check did before it).
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>

#include "assessment/assessment_io.h"
#include "frameworks/framework_loader.h"
#include "scoring/assessment_scores.h"
#include "scoring/comparison.h"
#include "scoring/roadmap.h"
#include "tests/deep/deep_inputs.h"
#include "tests/support/small_stack.h"
#include "tests/support/test_support.h"

using namespace socle;

namespace {

constexpr int kChain = 100000;

std::shared_ptr<const frameworks::Framework> chain_framework(int length) {
    auto loaded = frameworks::load_framework(test::prerequisite_chain_xml(length), "chain.xml");
    REQUIRE(loaded.ok());
    return std::make_shared<const frameworks::Framework>(std::move(*loaded.framework));
}

}  // namespace

TEST_CASE("a framework with a prerequisite chain 100,000 long loads on a 1 MB stack") {
    std::optional<frameworks::FrameworkLoadResult> loaded;
    test::run_with_stack(test::kWindowsDefaultStack, [&] {
        loaded = frameworks::load_framework(test::prerequisite_chain_xml(kChain), "chain.xml");
    });
    REQUIRE(loaded->ok());
    CHECK(loaded->diagnostics.error_count() == 0);
    CHECK(loaded->framework->indicator_count() == static_cast<std::size_t>(kChain));
}

TEST_CASE("a prerequisite chain 100,000 long closed into one cycle is reported once on a 1 MB stack") {
    // The chain with its last indicator made to wait for the first.
    std::string xml = test::prerequisite_chain_xml(kChain);
    const std::string last = "<indicator id=\"" + test::chain_indicator_id(kChain - 1) + "\"";
    const auto at = xml.find("</indicator>", xml.find(last));
    xml.insert(at, "<requires indicator=\"C.0\" level=\"3\" to=\"3\"/>");
    std::optional<frameworks::FrameworkLoadResult> loaded;
    test::run_with_stack(test::kWindowsDefaultStack, [&] { loaded = frameworks::load_framework(xml, "cycle.xml"); });
    CHECK_FALSE(loaded->ok());
    int cycles = 0;
    for (const auto& item : loaded->diagnostics.items())
        if (item.message.find("prerequisites form a cycle: ") == 0) ++cycles;
    CHECK(cycles == 1);
}

TEST_CASE("scoring and planning an assessment over a prerequisite chain 100,000 long on a 1 MB stack") {
    const auto framework = chain_framework(kChain);
    const auto assessment = test::chain_assessment(framework);
    std::optional<scoring::RoadmapPlan> plan;
    test::run_with_stack(test::kWindowsDefaultStack, [&] {
        const auto scores = scoring::score_assessment(assessment);
        plan = scoring::plan_roadmap(assessment, scores);
    });
    // Only C.0 targets 3, but each C.k needs C.(k+1) at 3 to reach 3: the
    // need travels down the whole chain, so every indicator gets two steps.
    REQUIRE(plan->steps.size() == 2 * static_cast<std::size_t>(kChain));
    std::map<std::string, std::size_t> rank;
    for (std::size_t r = 0; r < plan->steps.size(); ++r) rank[plan->steps[r].id] = r;
    for (int k : {0, 1, kChain / 2, kChain - 2}) {
        const auto waiting = scoring::step_id(test::chain_indicator_id(k), 3);
        const auto first = scoring::step_id(test::chain_indicator_id(k + 1), 3);
        REQUIRE(rank.count(waiting) == 1);
        REQUIRE(rank.count(first) == 1);
        CHECK(rank[first] < rank[waiting]);
        const auto* step = plan->find(waiting);
        CHECK(std::find(step->after.begin(), step->after.end(), first) != step->after.end());
    }
}

TEST_CASE("a .socle carrying a 100,000-long prerequisite chain in its snapshot is read and compared on a 1 MB stack") {
    test::ScratchDir dir;
    const auto framework = chain_framework(kChain);
    auto assessment = test::chain_assessment(framework);
    assessment.metadata.country = "A";
    assessment::save_assessment_file(assessment, dir / "a.socle");
    assessment.metadata.country = "B";
    assessment::save_assessment_file(assessment, dir / "b.socle");

    std::optional<assessment::AssessmentLoadResult> read;
    std::optional<scoring::ComparisonResult> compared;
    test::run_with_stack(test::kWindowsDefaultStack, [&] {
        read = assessment::load_assessment_file(dir / "a.socle");
        compared = scoring::compare_files({dir.path()}, scoring::ComparisonMode::Peers);
    });
    REQUIRE(read->ok());
    CHECK(read->assessment->framework().indicator_count() == static_cast<std::size_t>(kChain));
    CHECK(read->assessment->responses.size() == static_cast<std::size_t>(kChain));
    REQUIRE(compared->ok());
    CHECK(compared->comparison->assessments.size() == 2);
    CHECK(compared->comparison->indicators.size() == static_cast<std::size_t>(kChain));
}
