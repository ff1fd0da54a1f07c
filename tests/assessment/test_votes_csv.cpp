#include <doctest/doctest.h>

#include "assessment/votes_csv.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;
using assessment::Vote;

TEST_CASE("votes from a CSV file are taken in - matching participants by id or name") {
    auto a = test::assessment_fixture("valid-minimal.xml", 2);
    common::Diagnostics diagnostics;
    const auto text = test::read_text(test::data_path("votes/good.csv"));
    auto imported = assessment::import_votes_csv(a, text, "good.csv", diagnostics);
    for (const auto& item : diagnostics.items()) INFO(common::format_diagnostic(item));
    REQUIRE(imported.has_value());
    CHECK(imported->rows == 6);
    CHECK(imported->votes == 6);
    CHECK(imported->added_participants == 1);
    imported->edit.apply(a);
    CHECK(a.participants.size() == 3);
    CHECK(a.participants[2].name == "Bounmy S.");
    const auto& r = a.response("A.1");
    CHECK(r.votes.at("p1") == Vote::at(2));
    CHECK(r.votes.at("p2") == Vote::at(3));  // "participant 2" matched by name
    CHECK(r.votes.at(a.participants[2].id) == Vote::not_applicable());
    CHECK(r.target == 3);
    CHECK(r.agreed == Vote::at(2));
    CHECK(r.confidence == assessment::Confidence::Documented);
    CHECK(r.evidence == "Decree 224/PM, 2020");
    CHECK(a.response("A.2").votes.at("p1") == Vote::unknown());
    CHECK(a.response("B.1").notes == "Paper form, page 2");
    imported->edit.revert(a);
    CHECK(a.participants.size() == 2);
    CHECK(a.responses.empty());
}

TEST_CASE("bad rows are all reported with their line and nothing is imported") {
    const auto a = test::assessment_fixture("valid-minimal.xml", 2);
    common::Diagnostics diagnostics;
    const auto text = test::read_text(test::data_path("votes/bad.csv"));
    CHECK_FALSE(assessment::import_votes_csv(a, text, "bad.csv", diagnostics).has_value());
    std::vector<std::pair<int, std::string>> got;
    for (const auto& item : diagnostics.items()) got.emplace_back(item.line, item.message);
    REQUIRE(got.size() == 5);
    CHECK(got[0].first == 3);
    CHECK(got[0].second.find("unknown indicator 'A.9'") == 0);
    CHECK(got[1].first == 4);
    CHECK(got[1].second.find("vote '7' is not a level from 1 to 3") == 0);
    CHECK(got[2].first == 5);
    CHECK(got[2].second.find("the participant is empty") == 0);
    CHECK(got[3].first == 7);
    CHECK(got[3].second.find("target 2 contradicts") == 0);
    CHECK(got[4].first == 8);
    CHECK(got[4].second.find("confidence 'sure'") == 0);
}

TEST_CASE("a CSV without the required columns is refused") {
    const auto a = test::assessment_fixture("valid-minimal.xml", 1);
    common::Diagnostics diagnostics;
    CHECK_FALSE(assessment::import_votes_csv(a, "indicator,who,vote\nA.1,p1,2\n", "h.csv", diagnostics).has_value());
    CHECK(diagnostics.items()[0].message == "the header has no 'participant' column");
}
