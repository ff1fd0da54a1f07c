// What a .socle keeps for framework format 2: the team's core lists, the
// scoring method, the provisional marker of a migration, and the refusal
// of N/A on always-applicable indicators (edits, CSV import, file load).
#include <doctest/doctest.h>

#include "assessment/assessment_io.h"
#include "assessment/edits.h"
#include "assessment/votes_csv.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;
using assessment::Vote;

TEST_CASE("core lists, method and the provisional marker survive a save and a load") {
    test::ScratchDir dir;
    auto a = test::assessment_fixture("mini-2.0.0.xml", 2);
    CHECK(a.method == assessment::kScoringMethod);
    a.core.schemes = {"Old-age pension", "Child grant <CG>"};
    a.core.systems = {"Social registry"};
    a.responses["A.3"].agreed = Vote::at(2);
    a.responses["A.3"].carried_from = "1.0.0";
    const auto file = dir / "mini.socle";
    assessment::save_assessment_file(a, file);
    const std::string text = test::read_text(file);
    CHECK(text.find("method=\"2\"") != std::string::npos);
    CHECK(text.find("carried-from=\"1.0.0\"") != std::string::npos);

    const auto loaded = assessment::load_assessment_file(file);
    for (const auto& item : loaded.diagnostics.items()) INFO(common::format_diagnostic(item));
    REQUIRE(loaded.ok());
    CHECK(loaded.assessment->core == a.core);
    CHECK(loaded.assessment->method == 2);
    CHECK(loaded.assessment->response("A.3").provisional());
    CHECK(loaded.assessment->response("A.3").carried_from == "1.0.0");
    CHECK_FALSE(loaded.assessment->response("A.1").provisional());
    CHECK(loaded.assessment->same_content(a));
}

TEST_CASE("a file that does not record its method is method 1 - and stays so when saved again") {
    const auto loaded = assessment::load_assessment_file(test::data_path("assessments/format-1.socle"));
    REQUIRE(loaded.ok());
    CHECK(loaded.assessment->method == 1);
    CHECK(loaded.assessment->core.empty());
    const auto again = assessment::read_assessment(assessment::write_assessment(*loaded.assessment), "again.socle");
    REQUIRE(again.ok());
    CHECK(again.assessment->method == 1);
}

TEST_CASE("an unknown method is refused with its line") {
    auto a = test::assessment_fixture("mini-2.0.0.xml", 1);
    std::string text = assessment::write_assessment(a);
    text.replace(text.find("method=\"2\""), 10, "method=\"7\"");
    const auto result = assessment::read_assessment(text, "m.socle");
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.error_count() == 1);
    CHECK(result.diagnostics.items()[0].line == 2);
    CHECK(result.diagnostics.items()[0].message.find("method=\"7\"") != std::string::npos);
}

TEST_CASE("N/A on an always-applicable indicator is refused by the edits") {
    const auto a = test::assessment_fixture("mini-2.0.0.xml", 2);
    assessment::EditHistory history(a);
    CHECK_THROWS_WITH_AS(assessment::edits::set_vote(a, "A.1", "p1", Vote::not_applicable()),
                         doctest::Contains("Indicator A.1 applies in every country"),
                         assessment::edits::EditRefused);
    CHECK_THROWS_AS(assessment::edits::set_agreed(a, "A.1", Vote::not_applicable(), "not our business"),
                    assessment::edits::EditRefused);
    // Levels, unknown, and N/A where the indicator may be not applicable all pass.
    history.apply(assessment::edits::set_vote(history.current(), "A.1", "p1", Vote::at(1)));
    history.apply(assessment::edits::set_vote(history.current(), "A.1", "p2", Vote::unknown()));
    history.apply(assessment::edits::set_vote(history.current(), "A.4", "p1", Vote::not_applicable()));
    CHECK(history.current().response("A.1").votes.size() == 2);
    CHECK(history.current().response("A.4").votes.at("p1") == Vote::not_applicable());
    CHECK(assessment::refusal_of(*a.framework().find_indicator("A.1"), Vote::not_applicable()).has_value());
    CHECK_FALSE(assessment::refusal_of(*a.framework().find_indicator("A.1"), Vote::at(3)).has_value());
}

TEST_CASE("the room's own agreed level clears the provisional marker") {
    auto a = test::assessment_fixture("mini-2.0.0.xml", 1);
    a.responses["A.3"].agreed = Vote::at(2);
    a.responses["A.3"].carried_from = "1.0.0";
    assessment::EditHistory history(a);
    history.apply(assessment::edits::set_agreed(history.current(), "A.3", Vote::at(2), "still 2"));
    CHECK(history.current().response("A.3").provisional());  // same level: a rationale alone does not re-examine
    history.apply(assessment::edits::set_agreed(history.current(), "A.3", Vote::at(3), "re-examined"));
    CHECK_FALSE(history.current().response("A.3").provisional());
    history.undo();
    CHECK(history.current().response("A.3").provisional());
}

TEST_CASE("a votes CSV with N/A on an always-applicable indicator changes nothing and names the line") {
    auto a = test::assessment_fixture("mini-2.0.0.xml", 2);
    common::Diagnostics diagnostics;
    const std::string csv =
        "indicator,participant,vote,agreed\n"
        "A.4,p1,na,\n"
        "A.1,p1,na,\n"
        "A.1,p2,2,na\n";
    const auto import = assessment::import_votes_csv(a, csv, "votes.csv", diagnostics);
    CHECK_FALSE(import.has_value());
    REQUIRE(diagnostics.error_count() == 2);
    CHECK(diagnostics.items()[0].line == 3);
    CHECK(diagnostics.items()[0].message.find("Indicator A.1 applies in every country") != std::string::npos);
    CHECK(diagnostics.items()[0].message.find("Correct the vote") != std::string::npos);
    CHECK(diagnostics.items()[1].line == 4);
    CHECK(diagnostics.items()[1].message.find("Correct the agreed level") != std::string::npos);
}

TEST_CASE("a file with N/A on an always-applicable indicator is refused naming the indicator") {
    auto a = test::assessment_fixture("mini-2.0.0.xml", 1);
    a.responses["A.1"].agreed = Vote::not_applicable();  // written by hand: the edits refuse it
    const std::string text = assessment::write_assessment(a);
    const auto result = assessment::read_assessment(text, "na.socle");
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.error_count() == 1);
    CHECK(result.diagnostics.items()[0].message.find("agreed level of A.1 is N/A") != std::string::npos);
    CHECK(result.diagnostics.items()[0].line > 1);
}
