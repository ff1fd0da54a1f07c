// What the evidence register makes of the scores: per indicator, how many
// documents support it and whether its agreed level is documented or only
// stated; a register document counts as documentation in the level profile.
#include <doctest/doctest.h>

#include "scoring/evidence_support.h"
#include "scoring/level_profile.h"
#include "tests/support/assessment_fixtures.h"

using namespace socle;

namespace {

const scoring::IndicatorScore& score_of(const scoring::AssessmentScores& scores, const std::string& id) {
    for (const auto& indicator : scores.indicators)
        if (indicator.id == id) return indicator;
    FAIL("no indicator " << id);
    throw;
}

assessment::EvidenceDocument document(std::string id, std::vector<std::string> indicators) {
    assessment::EvidenceDocument d;
    d.id = std::move(id);
    d.title = "Operations manual " + d.id;
    d.type = assessment::DocumentType::Manual;
    d.indicators = std::move(indicators);
    return d;
}

}  // namespace

TEST_CASE("evidence support: an agreed level is stated until a register document supports it") {
    // The worked example: A.3 agreed at 2; A.1 and A.2 take the votes' median;
    // B.1 is not applicable.
    auto example = test::worked_example_assessment();
    {
        const auto scores = scoring::score_assessment(example);
        CHECK(score_of(scores, "A.3").evidence_documents == 0);
        CHECK(scoring::support_of(score_of(scores, "A.3")) == scoring::Support::Stated);
        CHECK(scoring::support_of(score_of(scores, "A.1")) == scoring::Support::None);
        CHECK(scoring::support_of(score_of(scores, "B.1")) == scoring::Support::None);
        CHECK(scoring::support_of(score_of(scores, "B.3")) == scoring::Support::None);
    }
    example.evidence = {document("doc1", {"A.3", "A.1"}), document("doc2", {"A.3"})};
    const auto scores = scoring::score_assessment(example);
    CHECK(score_of(scores, "A.3").evidence_documents == 2);
    CHECK(score_of(scores, "A.1").evidence_documents == 1);
    CHECK(score_of(scores, "A.2").evidence_documents == 0);
    CHECK(scoring::support_of(score_of(scores, "A.3")) == scoring::Support::Documented);
    // A median level is not an agreement: documents are counted, no support said.
    CHECK(scoring::support_of(score_of(scores, "A.1")) == scoring::Support::None);
    CHECK(scoring::support_key(scoring::Support::Documented) == "documented");
    CHECK(scoring::support_key(scoring::Support::Stated) == "stated");
    CHECK(scoring::support_key(scoring::Support::None).empty());
}

TEST_CASE("evidence support: a register document counts as documentation in the level profile") {
    auto example = test::worked_example_assessment();
    // Level 2: A.2 (median) and A.3 (agreed); level 3: A.1; level 4: B.2.
    const auto before = scoring::level_profile(scoring::score_assessment(example), example).overall;
    CHECK(before.undocumented == std::vector<int>{0, 2, 1, 1, 0});
    example.evidence = {document("doc1", {"A.3", "B.2"})};
    const auto after = scoring::level_profile(scoring::score_assessment(example), example).overall;
    CHECK(after.undocumented == std::vector<int>{0, 1, 1, 0, 0});
    // The free-text evidence field still counts as it did.
    example.responses["A.1"].evidence = "Seen: the registry's audit report";
    const auto with_text = scoring::level_profile(scoring::score_assessment(example), example).overall;
    CHECK(with_text.undocumented == std::vector<int>{0, 1, 0, 0, 0});
}
