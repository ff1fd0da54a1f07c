// The level profile on the worked example of docs/methodology.md: every
// indicator counted once, in its domain and overall, by level or status.
#include <doctest/doctest.h>

#include "scoring/level_profile.h"
#include "tests/support/assessment_fixtures.h"

using namespace socle;
using assessment::Vote;

namespace {
assessment::Assessment worked_example() { return test::worked_example_assessment(); }
}  // namespace

TEST_CASE("level profile of the worked example, per domain and overall") {
    const auto profile = scoring::level_profile(scoring::score_assessment(worked_example()));
    REQUIRE(profile.domains.size() == 2);
    const auto& a = profile.domains[0].counts;
    CHECK(profile.domains[0].id == "A");
    CHECK(a.at_level == std::vector<int>{0, 2, 1, 0, 0});
    CHECK(a.rated() == 3);
    CHECK(a.total() == 3);
    const auto& b = profile.domains[1].counts;
    CHECK(profile.domains[1].id == "B");
    CHECK(b.at_level == std::vector<int>{0, 0, 0, 1, 0});
    CHECK(b.not_applicable == 1);
    CHECK(b.unanswered == 1);
    CHECK(b.not_relevant == 1);
    CHECK(b.unknown == 0);
    CHECK(b.total() == 4);
    const auto& all = profile.overall;
    CHECK(all.at_level == std::vector<int>{0, 2, 1, 1, 0});
    CHECK(all.not_applicable == 1);
    CHECK(all.unanswered == 1);
    CHECK(all.not_relevant == 1);
    CHECK(all.total() == 7);
}

TEST_CASE("an unknown agreed value counts as unknown, not as a level") {
    auto a = worked_example();
    a.responses["B.3"].agreed = Vote::unknown();
    const auto profile = scoring::level_profile(scoring::score_assessment(a));
    CHECK(profile.overall.unknown == 1);
    CHECK(profile.overall.unanswered == 0);
    CHECK(profile.overall.rated() == 4);
}
