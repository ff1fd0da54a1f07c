// Hand-computed cases for every rule of the method, and properties that
// must hold for any answers.
#include <doctest/doctest.h>

#include <random>

#include "scoring/assessment_scores.h"
#include "scoring/score_highlights.h"
#include "tests/support/assessment_fixtures.h"

using namespace socle;
using assessment::Vote;
using scoring::IndicatorStatus;

namespace {
scoring::IndicatorScore score_of(const assessment::Assessment& a, const std::string& id) {
    return scoring::score_indicator(a, *a.framework().find_indicator(id));
}
void vote(assessment::Assessment& a, const std::string& id, int participant, Vote v) {
    a.responses[id].votes["p" + std::to_string(participant)] = v;
}
}  // namespace

TEST_CASE("lower median never rounds up") {
    CHECK(scoring::lower_median({3}) == 3);
    CHECK(scoring::lower_median({2, 3}) == 2);
    CHECK(scoring::lower_median({4, 1, 3, 2}) == 2);
    CHECK(scoring::lower_median({5, 5, 1, 1}) == 1);
    CHECK(scoring::lower_median({1, 2, 3, 4, 5}) == 3);
}

TEST_CASE("stage is the floor of the level with a tolerance for noise") {
    CHECK(scoring::stage_of(2.999) == 2);
    CHECK(scoring::stage_of(3.0) == 3);
    CHECK(scoring::stage_of(2.9999999999999996) == 3);
    CHECK(scoring::stage_of(1.0) == 1);
}

TEST_CASE("an even number of votes takes the lower middle value") {
    auto a = test::assessment_fixture("worked-example.xml", 6);
    for (int p = 1; p <= 6; ++p) vote(a, "A.1", p, Vote::at(p <= 3 ? 2 : 5));
    const auto s = score_of(a, "A.1");
    CHECK(s.level == 2);
    CHECK(s.spread == 3);
    CHECK(s.disagreement);
}

TEST_CASE("all not applicable gives not applicable and no level") {
    auto a = test::assessment_fixture("worked-example.xml", 3);
    for (int p = 1; p <= 3; ++p) vote(a, "B.1", p, Vote::not_applicable());
    const auto s = score_of(a, "B.1");
    CHECK(s.status == IndicatorStatus::NotApplicable);
    CHECK_FALSE(s.level.has_value());
    CHECK_FALSE(s.gap.has_value());
    const auto scores = scoring::score_assessment(a);
    CHECK(scores.find_domain("B")->applicable == 3);  // B.2 B.3 B.4 still apply
    CHECK_FALSE(scores.find_domain("B")->level.has_value());
}

TEST_CASE("exactly half not applicable is not a majority") {
    auto a = test::assessment_fixture("worked-example.xml", 4);
    vote(a, "A.1", 1, Vote::not_applicable());
    vote(a, "A.1", 2, Vote::not_applicable());
    vote(a, "A.1", 3, Vote::at(1));
    vote(a, "A.1", 4, Vote::at(4));
    const auto s = score_of(a, "A.1");
    CHECK(s.status == IndicatorStatus::Rated);
    CHECK(s.level == 1);
}

TEST_CASE("unknown majority and split non-level votes give unknown") {
    auto a = test::assessment_fixture("worked-example.xml", 3);
    vote(a, "A.1", 1, Vote::unknown());
    vote(a, "A.1", 2, Vote::unknown());
    vote(a, "A.1", 3, Vote::at(4));
    CHECK(score_of(a, "A.1").status == IndicatorStatus::Unknown);
    vote(a, "A.2", 1, Vote::unknown());
    vote(a, "A.2", 2, Vote::not_applicable());
    CHECK(score_of(a, "A.2").status == IndicatorStatus::Unknown);
}

TEST_CASE("an agreed level overrides the votes in both directions") {
    auto a = test::assessment_fixture("worked-example.xml", 2);
    vote(a, "A.1", 1, Vote::at(1));
    vote(a, "A.1", 2, Vote::at(1));
    a.responses["A.1"].agreed = Vote::at(4);
    CHECK(score_of(a, "A.1").level == 4);
    a.responses["A.1"].agreed = Vote::not_applicable();
    CHECK(score_of(a, "A.1").status == IndicatorStatus::NotApplicable);
    a.responses["A.2"].agreed = Vote::at(3);  // agreed with no votes at all
    CHECK(score_of(a, "A.2").level == 3);
}

TEST_CASE("progress counts rated of applicable, and an agreed value resolves a disagreement") {
    auto a = test::assessment_fixture("worked-example.xml", 3);
    vote(a, "A.1", 1, Vote::at(1));
    vote(a, "A.1", 2, Vote::at(4));  // spread 3: a disagreement
    vote(a, "A.2", 1, Vote::at(1));
    vote(a, "A.2", 2, Vote::at(3));  // spread 2: a disagreement
    vote(a, "A.3", 1, Vote::not_applicable());
    vote(a, "A.3", 2, Vote::not_applicable());
    auto progress = scoring::progress(scoring::score_assessment(a));
    const int applicable = progress.relevant - 1;  // A.3 left out by its N/A majority
    CHECK(progress.applicable == applicable);
    CHECK(progress.answered == 3);
    CHECK(progress.rated == 2);
    CHECK(progress.disagreements == 2);
    CHECK(progress.resolved == 0);

    a.responses["A.1"].agreed = Vote::at(2);
    progress = scoring::progress(scoring::score_assessment(a));
    CHECK(progress.disagreements == 2);  // the votes still differ: the report notes it
    CHECK(progress.resolved == 1);
    a.responses["A.2"].agreed = Vote::unknown();  // the room decided it cannot rate it yet
    progress = scoring::progress(scoring::score_assessment(a));
    CHECK(progress.resolved == 2);
    CHECK(progress.rated == 1);
}

TEST_CASE("weights shape the domain level") {
    auto a = test::assessment_fixture("worked-example.xml", 1);
    vote(a, "A.1", 1, Vote::at(1));
    vote(a, "A.3", 1, Vote::at(4));  // weight 2
    const auto scores = scoring::score_assessment(a);
    CHECK(*scores.find_domain("A")->level == doctest::Approx((1.0 + 2 * 4.0) / 3.0));
    CHECK(*scores.find_domain("A")->completeness == doctest::Approx(2.0 / 3.0));
}

TEST_CASE("skip logic: an unanswered profile question keeps the indicator in") {
    auto a = test::assessment_fixture("worked-example.xml", 1);
    vote(a, "B.4", 1, Vote::at(5));
    CHECK(score_of(a, "B.4").status == IndicatorStatus::Rated);
    a.profile["has_insurance"] = "yes";
    CHECK(score_of(a, "B.4").status == IndicatorStatus::Rated);
    a.profile["has_insurance"] = "no";
    CHECK(score_of(a, "B.4").status == IndicatorStatus::NotRelevant);
    const auto scores = scoring::score_assessment(a);
    CHECK(scores.find_domain("B")->applicable == 3);
}

TEST_CASE("nothing answered: no level - no stage - zero completeness") {
    const auto a = test::assessment_fixture("worked-example.xml", 2);
    const auto scores = scoring::score_assessment(a);
    CHECK_FALSE(scores.overall.level.has_value());
    CHECK_FALSE(scores.overall.stage.has_value());
    CHECK(*scores.overall.completeness == doctest::Approx(0.0));
    CHECK(scores.overall.domains_scored == 0);
}

TEST_CASE("properties hold for random answers") {
    std::mt19937 random(20261129);
    const std::vector<std::string> ids = {"A.1", "A.2", "A.3", "B.1", "B.2", "B.3", "B.4"};
    for (int round = 0; round < 300; ++round) {
        auto a = test::assessment_fixture("worked-example.xml", 5);
        for (const auto& id : ids)
            for (int p = 1; p <= 5; ++p) {
                const int pick = static_cast<int>(random() % 9);
                if (pick < 5) vote(a, id, p, Vote::at(pick + 1));
                else if (pick == 5) vote(a, id, p, Vote::not_applicable());
                else if (pick == 6) vote(a, id, p, Vote::unknown());
            }
        const auto scores = scoring::score_assessment(a);
        for (const auto& domain : scores.domains) {
            if (!domain.level) continue;
            CHECK(*domain.stage <= *domain.level + 1e-9);  // stage never exceeds level
            CHECK(*domain.stage >= 1);
            CHECK(*domain.index >= 0.0);
            CHECK(*domain.index <= 100.0);
            CHECK(*domain.weakest <= *domain.level + 1e-9);
        }
        if (scores.overall.level) CHECK(*scores.overall.stage <= *scores.overall.level + 1e-9);

        // Marking an indicator of domain A not applicable never changes B.
        auto marked = a;
        marked.responses["A.2"].agreed = Vote::not_applicable();
        const auto after = scoring::score_assessment(marked);
        CHECK(after.find_domain("B")->level == scores.find_domain("B")->level);
        CHECK(after.find_domain("B")->completeness == scores.find_domain("B")->completeness);
    }
}

TEST_CASE("vote_range: the lowest and highest level voted, zero without level votes") {
    scoring::IndicatorScore score;
    CHECK(scoring::vote_range(score).lowest == 0);
    CHECK(scoring::vote_range(score).highest == 0);
    score.votes_per_level = {0, 2, 0, 1, 0};
    const auto range = scoring::vote_range(score);
    CHECK(range.lowest == 2);
    CHECK(range.highest == 4);
    score.votes_per_level = {0, 0, 3, 0, 0};
    CHECK(scoring::vote_range(score).lowest == 3);
    CHECK(scoring::vote_range(score).highest == 3);
}
