// .socle files: round trips, exact bytes, damaged files, atomic saves, and
// every format version we ever wrote still loading.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "assessment/assessment_io.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

namespace fs = std::filesystem;
using namespace socle;
using assessment::Vote;

namespace {

assessment::Assessment rich_assessment() {
    auto a = test::assessment_fixture("valid-minimal.xml", 3);
    a.participants[1].anonymous = true;
    a.participants[1].name.clear();
    a.participants[0].institution = "Ministry of Labour & Social Welfare";
    a.participants[0].role = "Director \"ICT\"";
    a.metadata.title = "Lao PDR <baseline>";
    a.metadata.country = "Lao PDR";
    a.metadata.institutions = {"MoLSW", "LSSO"};
    a.metadata.round = "baseline";
    a.metadata.start_date = "2026-03-02";
    a.metadata.facilitator = "ILO team";
    a.metadata.language = "fr";
    a.metadata.notes = "Line one\nline two\r\nwith CRLF\tand tab";
    a.profile["has_insurance"] = "yes";
    auto& r = a.responses["A.1"];
    r.votes["p1"] = Vote::at(2);
    r.votes["p2"] = Vote::not_applicable();
    r.votes["p3"] = Vote::unknown();
    r.agreed = Vote::at(2);
    r.rationale = "Agreed after discussion: ລາວ, тоҷикӣ, русский.";
    r.target = 3;
    r.confidence = assessment::Confidence::Documented;
    r.evidence = "Decree 224/PM; =SUM(A1) must stay text";
    r.links = {"https://example.org/a?b=1&c=2"};
    r.notes = "  leading and trailing spaces  ";
    a.responses["B.1"].target = 1;
    assessment::InformationSystem registry{"sr", "Social registry", frameworks::SystemCategory::SocialRegistry,
                                           "MoLSW", assessment::SystemStatus::Pilot, "ministry server", 2,
                                           "notes", {"A.1"}};
    assessment::InformationSystem id{"id", "National ID", frameworks::SystemCategory::NationalId, "MoPS",
                                     assessment::SystemStatus::Operational, "", std::nullopt, "", {}};
    a.systems.systems = {registry, id};
    a.systems.flows = {{"id", "sr", "identity checks", assessment::FlowMechanism::Api, "daily", true, "", "f-1"},
                       {"sr", "id", "", assessment::FlowMechanism::Manual, "", false, "re-keyed", "f-2"}};
    a.roadmap.domain_leads["A"] = "MoLSW";
    a.roadmap.steps["A.1:2"] = {"LSSO", std::string("p2"), false, ""};
    a.roadmap.steps["A.2:1"] = {"", std::nullopt, true, "Covered by another programme"};
    return a;
}

assessment::Assessment load_ok(const std::string& bytes, const std::string& name = "t.socle") {
    auto result = assessment::read_assessment(bytes, name);
    for (const auto& item : result.diagnostics.items()) INFO(common::format_diagnostic(item));
    REQUIRE(result.ok());
    return std::move(*result.assessment);
}

}  // namespace

TEST_CASE("save then load gives the same assessment") {
    const auto original = rich_assessment();
    const auto loaded = load_ok(assessment::write_assessment(original));
    CHECK(loaded.same_content(original));
    CHECK(loaded.metadata.notes == original.metadata.notes);  // \r, \n and \t survive
    CHECK(loaded.response("A.1").notes == "  leading and trailing spaces  ");
    CHECK(loaded.framework().sha256 == original.framework().sha256);
    CHECK(loaded.framework().indicator_count() == 3);
}

TEST_CASE("save - load - save gives identical bytes") {
    const std::string first = assessment::write_assessment(rich_assessment());
    const std::string second = assessment::write_assessment(load_ok(first));
    CHECK(first == second);
}

TEST_CASE("the file carries the framework so it opens anywhere") {
    const std::string bytes = assessment::write_assessment(rich_assessment());
    CHECK(bytes.find("<framework id=\"test-minimal\" version=\"0.1\" sha256=\"") != std::string::npos);
    CHECK(bytes.find("<framework-snapshot>") != std::string::npos);
    // A resolver that knows the framework avoids parsing the snapshot again.
    assessment::FrameworkCache cache;
    const auto first = assessment::read_assessment(bytes, "a.socle", cache.resolver());
    REQUIRE(first.ok());
    cache.add(first.assessment->framework_ptr());
    const auto second = assessment::read_assessment(bytes, "b.socle", cache.resolver());
    REQUIRE(second.ok());
    CHECK(second.assessment->framework_ptr() == first.assessment->framework_ptr());
}

TEST_CASE("an empty indicator element holds nothing, so the file reopens as it was saved") {
    // Found by fuzzing (tests/fuzz/corpus/socle/empty-indicator-element): the
    // empty response was kept, the save left it out, and the reopened
    // assessment differed from the saved one.
    std::string text = assessment::write_assessment(rich_assessment());
    const auto end = text.find("</responses>");
    REQUIRE(end != std::string::npos);
    text.insert(end, "  <indicator id=\"A.2\">\n    </indicator>\n  ");
    const auto loaded = assessment::read_assessment(text, "empty.socle");
    REQUIRE(loaded.ok());
    CHECK(loaded.assessment->responses.count("A.2") == 0);
    const auto saved = assessment::write_assessment(*loaded.assessment);
    const auto reopened = assessment::read_assessment(saved, "saved.socle");
    REQUIRE(reopened.ok());
    CHECK(reopened.assessment->same_content(*loaded.assessment));
    // Empty or not, an indicator recorded twice is still an error.
    text.insert(text.find("</responses>"), "<indicator id=\"A.2\"/>");
    const auto twice = assessment::read_assessment(text, "twice.socle");
    CHECK_FALSE(twice.ok());
    REQUIRE(twice.diagnostics.items().size() == 1);
    CHECK(twice.diagnostics.items()[0].message == "indicator 'A.2' is recorded twice");
}

TEST_CASE("damaged files give diagnostics with a line - never a crash") {
    const std::string good = assessment::write_assessment(rich_assessment());
    SUBCASE("truncated at many points") {
        for (std::size_t cut = 0; cut < good.size(); cut += good.size() / 97 + 1) {
            const auto result = assessment::read_assessment(good.substr(0, cut), "cut.socle");
            CHECK_FALSE(result.ok());
            CHECK(result.diagnostics.has_errors());
        }
    }
    SUBCASE("a snapshot edited by hand no longer matches its fingerprint") {
        std::string bad = good;
        const auto at = bad.find("Minimal test framework", bad.find("<framework-snapshot>"));
        bad.replace(at, 7, "Maximal");
        const auto result = assessment::read_assessment(bad, "edited.socle");
        CHECK_FALSE(result.ok());
        REQUIRE(result.diagnostics.items().size() == 1);
        CHECK(result.diagnostics.items()[0].message.find("does not match its fingerprint") != std::string::npos);
        CHECK(result.diagnostics.items()[0].line > 1);
    }
    SUBCASE("votes by unknown participants and unknown indicators are named with their line") {
        std::string bad = good;
        bad.replace(bad.find("participant=\"p3\""), 16, "participant=\"p9\"");
        bad.replace(bad.find("<indicator id=\"B.1\""), 19, "<indicator id=\"Z.1\"");
        const auto result = assessment::read_assessment(bad, "bad.socle");
        CHECK_FALSE(result.ok());
        REQUIRE(result.diagnostics.error_count() == 2);
        CHECK(result.diagnostics.items()[0].message == "vote by unknown participant 'p9'");
        CHECK(result.diagnostics.items()[1].message.find("indicator 'Z.1' is not in framework") == 0);
        CHECK(result.diagnostics.items()[0].line < result.diagnostics.items()[1].line);
    }
    SUBCASE("a control character the writer cannot keep is refused where it is, raw or as a reference") {
        // Found by fuzzing (tests/fuzz/corpus/socle/control-character-in-evidence):
        // it loaded, and the next save silently left it out.
        for (const std::string_view control : {"\x14", "&#20;", "&#x1;"}) {
            CAPTURE(control);
            std::string bad = good;
            const auto at = bad.find("<title>") + 7;
            bad.insert(at, std::string(control));
            const auto result = assessment::read_assessment(bad, "control.socle");
            CHECK_FALSE(result.ok());
            REQUIRE(result.diagnostics.items().size() == 1);
            CHECK(result.diagnostics.items()[0].line == 1 + std::count(bad.begin(), bad.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
            CHECK(result.diagnostics.items()[0].message.find("invisible control character") != std::string::npos);
        }
        // A reference to no character made bytes that were not UTF-8, and a
        // saved file that did not reopen (tests/fuzz/corpus/socle/reference-beyond-unicode).
        for (const std::string_view reference : {"&#55296;", "&#x110000;", "&#13111111111111111111111111;"}) {
            CAPTURE(reference);
            std::string bad = good;
            bad.insert(bad.find("<title>") + 7, std::string(reference));
            const auto result = assessment::read_assessment(bad, "reference.socle");
            CHECK_FALSE(result.ok());
            REQUIRE(result.diagnostics.items().size() == 1);
            CHECK(result.diagnostics.items()[0].message.find("character reference") != std::string::npos);
        }
        std::string attribute = good;
        attribute.replace(attribute.find("id=\"p1\""), 7, "id=\"p&#7;1\"");
        CHECK_FALSE(assessment::read_assessment(attribute, "control.socle").ok());
    }
    SUBCASE("a file from a newer Socle is refused with advice") {
        std::string newer = good;
        newer.replace(newer.find("format=\"1\""), 10, "format=\"9\"");
        const auto result = assessment::read_assessment(newer, "newer.socle");
        CHECK_FALSE(result.ok());
        CHECK(result.diagnostics.items()[0].message.find("newer Socle") != std::string::npos);
    }
    SUBCASE("a framework file is not an assessment") {
        const auto result = assessment::read_assessment(
            test::read_text(test::data_path("frameworks/valid-minimal.xml")), "framework.socle");
        CHECK_FALSE(result.ok());
        CHECK(result.diagnostics.items()[0].message.find("<socle-assessment>") != std::string::npos);
    }
}

TEST_CASE("saving keeps the previous version as .bak and a failed save leaves the original") {
    test::ScratchDir dir;
    const auto file = dir / "lao.socle";
    auto a = rich_assessment();
    assessment::save_assessment_file(a, file);
    const std::string first = test::read_text(file);
    a.metadata.title = "second";
    assessment::save_assessment_file(a, file);
    CHECK(test::read_text(common::backup_path_for(file)) == first);
    CHECK(load_ok(test::read_text(file)).metadata.title == "second");

    const auto blocked = dir / "a-file";
    test::write_text(blocked, "keep me");
    CHECK_THROWS_AS(assessment::save_assessment_file(a, blocked / "x.socle"), common::IoError);
    CHECK(test::read_text(blocked) == "keep me");
}

TEST_CASE("every format version ever written still loads") {
    // tests/data/assessments/format-1.socle was written by format 1; when the
    // format changes, keep it and add the new version's fixture beside it.
    const auto result = assessment::load_assessment_file(test::data_path("assessments/format-1.socle"));
    for (const auto& item : result.diagnostics.items()) INFO(common::format_diagnostic(item));
    REQUIRE(result.ok());
    const auto& a = *result.assessment;
    CHECK(a.metadata.title == "Format 1 fixture");
    CHECK(a.framework().id == "test-minimal");
    CHECK(a.participants.size() == 3);
    CHECK(a.response("A.1").votes.size() == 3);
    CHECK(a.response("A.1").agreed == Vote::at(2));
    CHECK(a.systems.flows.size() == 2);
    CHECK(a.roadmap.steps.size() == 2);
}

// Writes tests/data/assessments/format-N.socle for a new format version.
// Skipped in normal runs; run by hand with: test_assessment --no-skip -tc="write*"
TEST_CASE("write the fixture of the current format" * doctest::skip(true)) {
    auto a = rich_assessment();
    a.metadata.title = "Format 1 fixture";
    const auto path = test::data_path("assessments/format-" + std::to_string(assessment::kAssessmentFormat) + ".socle");
    fs::create_directories(path.parent_path());
    assessment::save_assessment_file(a, path);
    fs::remove(common::backup_path_for(path));
}
