// Migration of a mini 1.0.0 assessment to 2.0.0 through the fixture
// crosswalk: every kind of entry, the N/A an always-applicable indicator
// cannot keep, the evidence register's links, and the migrated file
// reopening from disk.
#include <doctest/doctest.h>

#include "assessment/assessment_io.h"
#include "assessment/migrate.h"
#include "frameworks/crosswalk.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;
using assessment::Vote;

namespace {

assessment::Assessment old_assessment() {
    auto a = test::assessment_fixture("mini-1.0.0.xml", 3);
    a.metadata.title = "Mini baseline";
    a.profile["has_insurance"] = "yes";
    auto& a1 = a.responses["A.1"];
    a1.votes = {{"p1", Vote::at(2)}, {"p2", Vote::at(3)}, {"p3", Vote::not_applicable()}};
    a1.agreed = Vote::at(2);
    a1.notes = "A.1 note";
    a1.confidence = assessment::Confidence::Documented;
    a.responses["A.2"].agreed = Vote::at(3);
    a.responses["A.2"].notes = "A.2 note";
    a.responses["A.2"].votes = {{"p1", Vote::at(3)}};
    a.responses["A.3"].agreed = Vote::at(2);
    a.responses["A.3"].evidence = "Decree 12";
    a.responses["B.1"].agreed = Vote::at(3);
    a.responses["B.1"].notes = "B.1 note";
    a.responses["B.2"].agreed = Vote::at(1);
    a.responses["B.2"].notes = "B.2 note";
    a.responses["B.3"].agreed = Vote::not_applicable();
    a.systems.systems.push_back({"sr", "Social registry", frameworks::SystemCategory::SocialRegistry, "", 
                                 assessment::SystemStatus::Operational, "", std::nullopt, "", {"A.3", "B.3"}});
    a.roadmap.steps["A.1:1"] = {"MoLSW", std::nullopt, false, ""};
    a.roadmap.steps["A.2:1"] = {"MoLSW", std::nullopt, false, ""};
    assessment::EvidenceDocument decree;
    decree.id = "doc1";
    decree.title = "Decree 12";
    decree.type = assessment::DocumentType::Law;
    decree.indicators = {"A.3", "B.2", "B.3"};  // split, merged, retired
    a.evidence.push_back(decree);
    return a;
}

}  // namespace

TEST_CASE("a 1.0.0 assessment migrates to 2.0.0 through the crosswalk") {
    test::ScratchDir dir;
    const auto old_file = dir / "old.socle";
    assessment::save_assessment_file(old_assessment(), old_file);
    auto loaded_old = assessment::load_assessment_file(old_file);
    REQUIRE(loaded_old.ok());
    const auto& old = *loaded_old.assessment;
    const auto target = test::framework_fixture("mini-2.0.0.xml");
    const auto walk = frameworks::load_crosswalk_file(test::data_path("frameworks/mini-1.0.0-to-2.0.0.xml"),
                                                      &old.framework(), target.get());
    REQUIRE(walk.ok());
    const auto migration = assessment::migrate_assessment(old, target, *walk.crosswalk);
    const auto& a = migration.assessment;
    CHECK(a.framework().version == "2.0.0");
    CHECK(a.method == assessment::kScoringMethod);
    CHECK(a.metadata.title == "Mini baseline");
    CHECK(a.participants.size() == 3);

    // Kept: everything but the N/A the indicator no longer allows.
    const auto& a1 = a.response("A.1");
    CHECK(a1.votes.size() == 2);
    CHECK(a1.votes.at("p2") == Vote::at(3));
    CHECK(a1.agreed == Vote::at(2));
    CHECK(a1.notes == "A.1 note");
    CHECK(a1.confidence == assessment::Confidence::Documented);
    CHECK_FALSE(a1.provisional());
    // Revised: the level is provisional, the votes are not carried, notes are.
    CHECK(a.response("A.2").agreed == Vote::at(3));
    CHECK(a.response("A.2").carried_from == "1.0.0");
    CHECK(a.response("A.2").votes.empty());
    CHECK(a.response("A.2").notes == "A.2 note");
    // Split: both targets get the old level, provisional, with the evidence.
    for (const char* id : {"A.3", "A.4"}) {
        CAPTURE(id);
        CHECK(a.response(id).agreed == Vote::at(2));
        CHECK(a.response(id).provisional());
        CHECK(a.response(id).evidence == "Decree 12");
    }
    // Merged: the lowest level, the notes of both.
    CHECK(a.response("B.1").agreed == Vote::at(1));
    CHECK(a.response("B.1").provisional());
    CHECK(a.response("B.1").notes == "B.1: B.1 note\nB.2: B.2 note");
    // New: unanswered. Retired: gone.
    CHECK(a.response("C.1").empty());
    CHECK(a.responses.count("B.3") == 0);
    // The map and the roadmap follow the ids.
    CHECK(a.systems.systems[0].linked_indicators == std::vector<std::string>{"A.3", "A.4"});
    // The evidence register stays whole; its links follow the ids too.
    REQUIRE(a.evidence.size() == 1);
    CHECK(a.evidence[0].title == "Decree 12");
    CHECK(a.evidence[0].indicators == std::vector<std::string>{"A.3", "A.4", "B.1"});
    CHECK(a.roadmap.steps.count("A.1:1") == 1);
    CHECK(a.roadmap.steps.count("A.2:1") == 0);

    const std::string report = assessment::migration_report_text(migration);
    for (const char* line : {"A.1 kept: votes, agreed level and notes carried over; 1 N/A removed",
                             "A.2 revised: level 3 carried as provisional (carried from 1.0.0, re-examine)",
                             "A.3 split -> A.3 A.4: level 2 carried as provisional",
                             "B.1 merged -> B.1: level 1 carried as provisional",
                             "B.2 merged -> B.1: see B.1", "B.3 retired: what was recorded is not carried over",
                             "C.1 (new): starts unanswered"}) {
        CAPTURE(line);
        CHECK(report.find(line) != std::string::npos);
    }

    // The migrated file opens again as it was saved; the old one is untouched.
    const std::string old_bytes = test::read_text(old_file);
    const auto new_file = dir / "new.socle";
    assessment::save_assessment_file(a, new_file);
    const auto reopened = assessment::load_assessment_file(new_file);
    for (const auto& item : reopened.diagnostics.items()) INFO(common::format_diagnostic(item));
    REQUIRE(reopened.ok());
    CHECK(reopened.assessment->same_content(a));
    CHECK(test::read_text(old_file) == old_bytes);
}

TEST_CASE("versions order as numbers - and the newest built-in with a crosswalk is found") {
    CHECK(frameworks::version_less("1.0.0", "2.0.0"));
    CHECK(frameworks::version_less("1.9.0", "1.10.0"));
    CHECK_FALSE(frameworks::version_less("2.0.0", "2.0.0"));
    CHECK_FALSE(frameworks::version_less("2.0.0", "1.10.0"));
}
