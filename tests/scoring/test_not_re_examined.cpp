// A round started from the last one: indicators not rated anew are counted
// as "not re-examined", never as a rating of this round, in the scores, the
// level profile and a comparison of the rounds.
#include <doctest/doctest.h>

#include "assessment/next_round.h"
#include "scoring/comparison.h"
#include "scoring/level_profile.h"
#include "tests/support/assessment_fixtures.h"

using namespace socle;
using assessment::Vote;

namespace {

assessment::Assessment baseline() {
    auto a = test::assessment_fixture("mini-1.0.0.xml", 2);
    a.metadata.round = "baseline";
    a.metadata.start_date = "2026-03-02";
    a.responses["A.1"].agreed = Vote::at(2);
    a.responses["A.2"].agreed = Vote::at(3);
    a.responses["A.3"].agreed = Vote::not_applicable();
    a.responses["B.1"].agreed = Vote::at(1);
    return a;
}

assessment::Assessment follow_up(const assessment::Assessment& last) {
    assessment::NextRoundOptions options;
    options.round = "follow-up";
    options.start_date = "2028-03-06";
    options.keep_participants = true;
    auto next = assessment::start_next_round(last, options).assessment;
    next.responses["A.1"].votes["p1"] = Vote::at(3);  // re-examined: moved up
    next.responses["B.1"].agreed = Vote::at(1);       // re-examined: same level
    return next;
}

}  // namespace

TEST_CASE("an indicator not re-examined is no rating of this round") {
    const auto next = follow_up(baseline());
    const auto scores = scoring::score_assessment(next);
    const auto* a2 = scores.find_indicator("A.2");
    REQUIRE(a2);
    CHECK(a2->status == scoring::IndicatorStatus::Unanswered);
    CHECK(a2->not_re_examined());
    CHECK(a2->previous == Vote::at(3));
    CHECK_FALSE(a2->level.has_value());
    CHECK(scoring::indicator_status_key(*a2) == "not_re_examined");
    CHECK(scoring::not_re_examined_text(*a2, "en") == "not re-examined (last round: 3)");
    CHECK(scoring::not_re_examined_text(*a2, "fr") == "non réexaminé (cycle précédent : 3)");
    CHECK(scoring::not_re_examined_text(*scores.find_indicator("A.3"), "en") ==
          "not re-examined (last round: not applicable)");

    const auto* a1 = scores.find_indicator("A.1");
    CHECK(a1->status == scoring::IndicatorStatus::Rated);
    CHECK(a1->level == 3);
    CHECK_FALSE(a1->not_re_examined());
    CHECK(scoring::not_re_examined_text(*a1, "en").empty());
    CHECK(scoring::indicator_status_key(*a1) == "rated");
    // Never rated in either round: plain unanswered.
    CHECK(scoring::indicator_status_key(*scores.find_indicator("B.2")) == "unanswered");

    // Only this round's ratings make the figures: A.1 (3) in A, B.1 (1) in B.
    CHECK(scores.overall.rated == 2);
    CHECK(scores.find_domain("A")->level == doctest::Approx(3.0));

    const auto profile = scoring::level_profile(scores, next);
    CHECK(profile.overall.at_level == std::vector<int>{1, 0, 1});
    CHECK(profile.overall.not_re_examined == 2);  // A.2, A.3
    CHECK(profile.overall.unanswered == 2);       // B.2, B.3
    CHECK(profile.overall.total() == 6);
    CHECK(profile.domains[0].counts.not_re_examined == 2);
    CHECK(profile.domains[1].counts.not_re_examined == 0);
}

TEST_CASE("comparing the rounds reads no change into an indicator not re-examined") {
    const auto last = baseline();
    const auto next = follow_up(last);
    scoring::ComparisonBuilder builder;
    REQUIRE(builder.add(last, "baseline.socle"));
    REQUIRE(builder.add(next, "follow-up.socle"));
    const auto c = builder.finish(scoring::ComparisonMode::Rounds);
    REQUIRE(c.changes.size() == 1);
    const auto& change = c.changes.front();
    CHECK(change.moved_up == std::vector<std::string>{"A.1"});
    CHECK(change.moved_down.empty());
    CHECK(change.not_re_examined == std::vector<std::string>{"A.2", "A.3"});
    CHECK(change.no_longer_rated.empty());
    const auto* a2 = c.find_indicator("A.2");
    REQUIRE(a2);
    CHECK(a2->not_re_examined == std::vector<bool>{false, true});
    CHECK_FALSE(a2->changes[1].has_value());
}
