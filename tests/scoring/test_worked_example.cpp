// The worked example of docs/methodology.md, number for number.
#include <doctest/doctest.h>

#include "scoring/assessment_scores.h"
#include "tests/support/assessment_fixtures.h"

using namespace socle;
using assessment::Vote;

namespace {
assessment::Assessment worked_example() { return test::worked_example_assessment(); }
}  // namespace

TEST_CASE("worked example: indicators") {
    const auto scores = scoring::score_assessment(worked_example());
    using scoring::IndicatorStatus;
    const auto& a1 = *scores.find_indicator("A.1");
    CHECK(a1.status == IndicatorStatus::Rated);
    CHECK(a1.level == 3);
    CHECK(a1.spread == 2);
    CHECK(a1.disagreement);
    CHECK(a1.gap == 0);
    const auto& a2 = *scores.find_indicator("A.2");
    CHECK(a2.level == 2);
    CHECK(a2.target == 4);
    CHECK(a2.gap == 2);
    CHECK(a2.na_votes == 1);
    const auto& a3 = *scores.find_indicator("A.3");
    CHECK(a3.level == 2);
    CHECK(a3.source == scoring::LevelSource::Agreed);
    CHECK(a3.disagreement);
    CHECK(a3.gap == 1);
    CHECK(scores.find_indicator("B.1")->status == IndicatorStatus::NotApplicable);
    CHECK_FALSE(scores.find_indicator("B.1")->gap.has_value());
    CHECK(scores.find_indicator("B.2")->level == 4);
    CHECK(scores.find_indicator("B.3")->status == IndicatorStatus::Unanswered);
    CHECK(scores.find_indicator("B.4")->status == IndicatorStatus::NotRelevant);
}

TEST_CASE("worked example: domains and overall") {
    const auto scores = scoring::score_assessment(worked_example());
    const auto& a = *scores.find_domain("A");
    CHECK(*a.level == doctest::Approx(2.25));
    CHECK(a.stage == 2);
    CHECK(*a.index == doctest::Approx(31.25));
    CHECK(a.weakest == 2);
    CHECK(a.weakest_indicator == "A.2");
    CHECK(*a.completeness == doctest::Approx(1.0));
    const auto& b = *scores.find_domain("B");
    CHECK(*b.level == doctest::Approx(4.0));
    CHECK(b.stage == 4);
    CHECK(*b.index == doctest::Approx(75.0));
    CHECK(b.weakest_indicator == "B.2");
    CHECK(*b.completeness == doctest::Approx(0.5));
    CHECK(b.applicable == 2);
    CHECK(*scores.overall.level == doctest::Approx(8.5 / 3.0));
    CHECK(scores.overall.stage == 2);
    CHECK(*scores.overall.index == doctest::Approx(100.0 * (8.5 / 3.0 - 1.0) / 4.0));
    CHECK(*scores.overall.completeness == doctest::Approx(0.8));
}

TEST_CASE("worked example: the contributions explain the domain level") {
    const auto scores = scoring::score_assessment(worked_example());
    const auto& a = *scores.find_domain("A");
    REQUIRE(a.contributions.size() == 3);
    double weighted = 0, weights = 0;
    for (const auto& part : a.contributions) {
        weighted += part.weight * part.level;
        weights += part.weight;
    }
    CHECK(weighted / weights == doctest::Approx(*a.level));
    CHECK(a.contributions[2].indicator_id == "A.3");
    CHECK(a.contributions[2].weight == doctest::Approx(2.0));
}
