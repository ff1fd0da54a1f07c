// The "how is this computed" terms, on the worked example of
// docs/methodology.md: the sums it shows must be the page's own numbers.
#include <doctest/doctest.h>

#include "scoring/score_explanation.h"
#include "tests/support/assessment_fixtures.h"

using namespace socle;
using assessment::Vote;

namespace {
assessment::Assessment worked_example() { return test::worked_example_assessment(); }
}  // namespace

TEST_CASE("explanation of domain A: 9 / 4 = 2.25") {
    const auto scores = scoring::score_assessment(worked_example());
    const auto explanation = scoring::explain_domain(scores, "A");
    REQUIRE(explanation);
    REQUIRE(explanation->terms.size() == 3);
    CHECK(explanation->terms[0].id == "A.1");
    CHECK(explanation->terms[2].id == "A.3");
    CHECK(explanation->terms[2].weight == doctest::Approx(2));
    CHECK(explanation->terms[2].level == doctest::Approx(2));  // the agreed level, not the median 3
    CHECK(explanation->terms[2].weighted == doctest::Approx(4));
    CHECK(explanation->terms[2].source == scoring::LevelSource::Agreed);
    CHECK(explanation->terms[0].source == scoring::LevelSource::Median);
    CHECK(explanation->sum_weighted == doctest::Approx(9));
    CHECK(explanation->sum_weights == doctest::Approx(4));
    CHECK(*explanation->level == doctest::Approx(2.25));
    CHECK(explanation->stage == 2);
    CHECK(*explanation->index == doctest::Approx(31.25));
    CHECK(explanation->weakest == 2);
    CHECK(explanation->weakest_id == "A.2");
    // Targets 3, 4, 3 with weights 1, 1, 2: (3 + 4 + 6) / 4.
    CHECK(explanation->sum_weighted_target == doctest::Approx(13));
    CHECK(*explanation->target_level == doctest::Approx(3.25));
    CHECK(explanation->rated == 3);
    CHECK(explanation->applicable == 3);
}

TEST_CASE("explanation of domain B: what is left out, and why") {
    const auto scores = scoring::score_assessment(worked_example());
    const auto explanation = scoring::explain_domain(scores, "B");
    REQUIRE(explanation);
    REQUIRE(explanation->terms.size() == 4);
    const auto& b1 = explanation->terms[0];
    CHECK(b1.status == scoring::IndicatorStatus::NotApplicable);
    CHECK_FALSE(b1.counted);
    CHECK_FALSE(b1.applicable);
    CHECK_FALSE(b1.weighted);
    const auto& b3 = explanation->terms[2];
    CHECK(b3.status == scoring::IndicatorStatus::Unanswered);
    CHECK_FALSE(b3.counted);
    CHECK(b3.applicable);  // unanswered counts against completeness
    CHECK(explanation->terms[3].status == scoring::IndicatorStatus::NotRelevant);
    CHECK(explanation->sum_weighted == doctest::Approx(4));
    CHECK(explanation->sum_weights == doctest::Approx(1));
    CHECK(explanation->rated == 1);
    CHECK(explanation->applicable == 2);
    CHECK(*explanation->completeness == doctest::Approx(0.5));
}

TEST_CASE("explanation of the overall figure: domain weights") {
    const auto scores = scoring::score_assessment(worked_example());
    const auto explanation = scoring::explain_overall(scores);
    CHECK(explanation.id.empty());
    REQUIRE(explanation.terms.size() == 2);
    CHECK(explanation.terms[0].weight == doctest::Approx(2));
    CHECK(*explanation.terms[0].level == doctest::Approx(2.25));
    CHECK(explanation.sum_weighted == doctest::Approx(8.5));
    CHECK(explanation.sum_weights == doctest::Approx(3));
    CHECK(*explanation.level == doctest::Approx(8.5 / 3));
    CHECK(explanation.stage == 2);
    CHECK(explanation.rated == 4);
    CHECK(explanation.applicable == 5);
}

TEST_CASE("explanation of an unknown domain") {
    const auto scores = scoring::score_assessment(worked_example());
    CHECK_FALSE(scoring::explain_domain(scores, "Z"));
}
