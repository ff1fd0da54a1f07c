// The level profile on the worked example of docs/methodology.md: every
// indicator counted once, in its domain and overall, by level or status.
#include <doctest/doctest.h>

#include "scoring/headline_text.h"
#include "scoring/level_profile.h"
#include "tests/support/assessment_fixtures.h"

using namespace socle;
using assessment::Vote;

namespace {
assessment::Assessment worked_example() { return test::worked_example_assessment(); }
}  // namespace

TEST_CASE("level profile of the worked example, per domain and overall") {
    const auto example = worked_example();
    const auto profile = scoring::level_profile(scoring::score_assessment(example), example);
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
    const auto profile = scoring::level_profile(scoring::score_assessment(a), a);
    CHECK(profile.overall.unknown == 1);
    CHECK(profile.overall.unanswered == 0);
    CHECK(profile.overall.rated() == 4);
}

TEST_CASE("ratings on weak ground are flagged beside their level") {
    auto a = worked_example();
    // A.1 is at level 3, A.2 and A.3 at level 2, B's rated indicator at 4.
    a.responses["A.1"].confidence = assessment::Confidence::Verified;
    a.responses["A.1"].evidence = "Signed minutes of the steering committee";
    a.responses["A.2"].confidence = assessment::Confidence::SelfReported;
    a.responses["A.2"].links = {"https://example.org/registry-report"};  // a link documents it
    a.responses["A.3"].confidence = assessment::Confidence::Documented;
    a.responses["A.3"].evidence = "  \n ";  // blank evidence is no evidence
    const auto profile = scoring::level_profile(scoring::score_assessment(a), a);
    const auto& domain_a = profile.domains[0].counts;
    CHECK(domain_a.low_confidence == std::vector<int>{0, 1, 0, 0, 0});
    CHECK(domain_a.undocumented == std::vector<int>{0, 1, 0, 0, 0});
    // B's level-4 indicator has neither a confidence mark nor evidence.
    const auto& all = profile.overall;
    CHECK(all.low_confidence == std::vector<int>{0, 1, 0, 1, 0});
    CHECK(all.undocumented == std::vector<int>{0, 1, 0, 1, 0});
    CHECK(all.low_confidence_total() == 2);
    CHECK(all.undocumented_total() == 2);

    CHECK(scoring::rating_flags_at(all, 2, "en") == "1 low confidence, 1 without evidence");
    CHECK(scoring::rating_flags_at(all, 3, "en").empty());
    CHECK(scoring::rating_flags_at(all, 6, "en").empty());  // outside the scale
    CHECK(scoring::rating_flags(0, 4, "en") == "4 without evidence");
}

TEST_CASE("the index is never shown bare: its caption says it is not a percentage") {
    const auto caption = scoring::index_caption(17.54, "en");
    CHECK(caption.starts_with("index 17.5 of 100"));
    CHECK(caption.find("not a percentage") != std::string::npos);
    // The French and Russian catalogs translate it, figure included.
    for (const char* lang : {"fr", "ru"}) {
        const auto translated = scoring::index_caption(17.54, lang);
        CHECK_MESSAGE(translated != caption, lang);
        CHECK_MESSAGE(translated.find("17.5") != std::string::npos, lang);
        CHECK_MESSAGE(scoring::peer_caveat(lang) != scoring::peer_caveat("en"), lang);
    }
}
