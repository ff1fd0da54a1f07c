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

TEST_CASE("a note, evidence or rationale inside a longer one is kept - only exact repeats are left out") {
    auto a = test::assessment_fixture("valid-minimal.xml", 2);
    common::Diagnostics diagnostics;
    const auto text = test::read_text(test::data_path("votes/repeated-text.csv"));
    auto imported = assessment::import_votes_csv(a, text, "repeated-text.csv", diagnostics);
    for (const auto& item : diagnostics.items()) INFO(common::format_diagnostic(item));
    REQUIRE(imported.has_value());
    imported->edit.apply(a);
    const auto& r = a.response("A.1");
    CHECK(r.evidence == "Decree 224 of 2020\nDecree 224");
    CHECK(r.notes == "Paper form\nPaper");
    CHECK(r.rationale == "Most agreed\nagreed");
    CHECK(a.response("A.2").notes == "Line one\nLine two");  // "Line one" is already a line of it
    // The same vote twice is a repeat, counted once, with a warning at its line.
    CHECK(imported->votes == 4);
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].severity == common::Severity::Warning);
    CHECK(diagnostics.items()[0].line == 3);
    CHECK(diagnostics.items()[0].message.find("repeats line 2") != std::string::npos);
}

TEST_CASE("two different votes of one participant for one indicator are an error naming both lines") {
    const auto a = test::assessment_fixture("valid-minimal.xml", 2);
    common::Diagnostics diagnostics;
    const auto text = test::read_text(test::data_path("votes/conflicting-votes.csv"));
    CHECK_FALSE(assessment::import_votes_csv(a, text, "conflicting-votes.csv", diagnostics).has_value());
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].line == 4);  // "Participant 1" is p1 by name
    CHECK(diagnostics.items()[0].message ==
          "'Participant 1' has a second vote for A.1 (3; line 2 says 2): keep one of the two rows");
}

TEST_CASE("a vote that replaces a different one already in the assessment is reported") {
    auto a = test::assessment_fixture("valid-minimal.xml", 2);
    a.responses["A.1"].votes["p1"] = Vote::at(1);
    common::Diagnostics diagnostics;
    auto imported = assessment::import_votes_csv(a, "indicator,participant,vote\nA.1,p1,2\n", "v.csv", diagnostics);
    REQUIRE(imported.has_value());
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].severity == common::Severity::Warning);
    CHECK(diagnostics.items()[0].message.find("replaces the vote 1") == 0);
}

// 20,000 new participants and notes on one indicator: the participants and
// the field's lines are now looked up in hash tables (each row searched the
// whole list and the whole field before: 1e5 rows took 76 s and 58 s; the
// time is measured in bench/bench_assessment.cpp). What must not change is
// the result: names matched whatever their case, the first of a name wins,
// every distinct line kept once and in order, links once each.
TEST_CASE("votes import with 20,000 new participants and notes on one indicator keeps each once, in order") {
    auto a = test::assessment_fixture("valid-minimal.xml", 2);  // p1 "participant 1", p2 "participant 2"
    constexpr int kRows = 20000;
    std::string csv = "indicator,participant,vote,note,link\n";
    for (int i = 0; i < kRows; ++i) {
        const auto n = std::to_string(i);
        csv += "A.1,Person " + n + ",2,Note " + n + ",https://example.org/" + std::to_string(i % 100) + "\n";
        // The same person and note again, in capitals: a repeat, not a newcomer.
        if (i % 1000 == 0) csv += "A.2,PERSON " + n + ",1,Note " + n + ",\n";
    }
    csv += "A.1,PARTICIPANT 2,,\"Note 7\nNote 8\",\n";   // two lines already there: left out
    csv += "A.1,participant 1,,\"Note 7\nNote X\",\n";   // a new pair: kept
    common::Diagnostics diagnostics;
    auto imported = assessment::import_votes_csv(a, csv, "many.csv", diagnostics);
    REQUIRE(imported.has_value());
    CHECK(imported->added_participants == kRows);
    imported->edit.apply(a);
    REQUIRE(a.participants.size() == kRows + 2);
    // "Person 0" is not a valid id, so the newcomers are numbered on from p2.
    CHECK(a.participants[2].id == "p3");
    CHECK(a.participants[2].name == "Person 0");
    CHECK(a.participants.back().id == "p" + std::to_string(kRows + 2));
    const auto& r1 = a.response("A.1");
    CHECK(r1.votes.size() == kRows);
    CHECK(a.response("A.2").votes.size() == kRows / 1000);
    CHECK(a.response("A.2").votes.at("p3") == Vote::at(1));  // "PERSON 0" is Person 0
    std::string expected;
    for (int i = 0; i < kRows; ++i) expected += (i ? "\n" : "") + std::string("Note ") + std::to_string(i);
    CHECK(r1.notes == expected + "\nNote 7\nNote X");
    CHECK(r1.links.size() == 100);
    CHECK(r1.links[99] == "https://example.org/99");
}
