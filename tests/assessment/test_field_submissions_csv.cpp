#include <doctest/doctest.h>

#include <tuple>

#include "assessment/field_submissions_csv.h"
#include "frameworks/form_field_names.h"
#include "tests/support/assessment_fixtures.h"

using namespace socle;
using assessment::Vote;

TEST_CASE("form field names are valid XLSForm names, unique regardless of case, stable") {
    frameworks::Framework framework;
    framework.domains.push_back({"1", 1.0, {}, {}, {}});
    for (const char* id : {"1.1", "1_1", "A:b-c", "x"}) {
        frameworks::Indicator indicator;
        indicator.id = id;
        indicator.domain_id = "1";
        framework.domains[0].indicators.push_back(indicator);
    }
    framework.profile.push_back({"ROLE", frameworks::QuestionType::YesNo, {}, {}});
    const auto names = frameworks::form_field_names(framework);
    CHECK(names.questions.at("ROLE") == "ROLE_2");  // "role" is the form's own field
    CHECK(names.domains.at("1") == "i_1");
    CHECK(names.indicators.at("1.1") == "i_1_1");
    CHECK(names.indicators.at("1_1") == "i_1_1_2");
    CHECK(names.indicators.at("A:b-c") == "A_b_c");
    CHECK(names.indicators.at("x") == "x");
}

TEST_CASE("a KoboToolbox export is taken in - the latest of two submissions counts and the earlier is named") {
    auto a = test::assessment_fixture("valid-minimal.xml", 2);
    const std::string text =
        "start,participant_name,institution,role,profile/has_insurance,A/A_1,A/A_2,B/B_1,_id,_uuid,_submission_time\n"
        "2026-03-01,Participant 1,MoLSW,Director,yes,2,na,1,1,u1,2026-03-01T10:00:00\n"
        "2026-03-01,Noy,NSSF,Analyst,,3,unknown,,2,u2,2026-03-01T09:00:00\n"
        "2026-02-28,participant 1,MoLSW,Director,yes,1,1,1,3,u3,2026-02-28T10:00:00\n";
    common::Diagnostics diagnostics;
    auto imported = assessment::import_field_submissions_csv(a, text, "kobo.csv", diagnostics);
    REQUIRE(imported.has_value());
    CHECK(imported->votes.rows == 2);
    CHECK(imported->set_aside == 1);
    CHECK(imported->votes.added_participants == 1);
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].line == 4);
    CHECK(diagnostics.items()[0].message.find("submitted again (line 2)") != std::string::npos);
    imported->votes.edit.apply(a);
    CHECK(a.response("A.1").votes.at("p1") == Vote::at(2));
    CHECK(a.response("A.2").votes.at("p1") == Vote::not_applicable());
    CHECK(a.response("B.1").votes.at("p1") == Vote::at(1));
    REQUIRE(a.participants.size() == 3);
    CHECK(a.participants[0].institution == "MoLSW");  // filled in, as it was empty
    CHECK(a.participants[2].name == "Noy");
    CHECK(a.participants[2].role == "Analyst");
    CHECK(a.response("A.2").votes.at(a.participants[2].id) == Vote::unknown());
    CHECK(a.response("B.1").votes.count(a.participants[2].id) == 0);  // an empty cell is no vote
    imported->votes.edit.revert(a);
    CHECK(a.responses.empty());
    CHECK(a.participants.size() == 2);
}

TEST_CASE("an ODK Central export with semicolons and group-field headers, and plain indicator ids, are taken in") {
    const auto a = test::assessment_fixture("valid-minimal.xml", 0);
    const std::string text =
        "SubmissionDate;participant_name;A-A_1;A.2;B_1;meta-instanceID;KEY\n"
        "2026-03-01T10:00:00.000Z;\"Li; Ba\";3;2;1;uuid:1;uuid:1\n";
    common::Diagnostics diagnostics;
    CHECK(assessment::looks_like_field_submissions(text));
    auto imported = assessment::import_field_submissions_csv(a, text, "odk.csv", diagnostics);
    REQUIRE(imported.has_value());
    CHECK(diagnostics.items().empty());
    auto changed = a;
    imported->votes.edit.apply(changed);
    REQUIRE(changed.participants.size() == 1);
    CHECK(changed.participants[0].name == "Li; Ba");
    CHECK(changed.response("A.1").votes.at("p1") == Vote::at(3));
    CHECK(changed.response("A.2").votes.at("p1") == Vote::at(2));
    CHECK(changed.response("B.1").votes.at("p1") == Vote::at(1));
}

TEST_CASE("bad submissions are all reported with line and column and nothing is taken in") {
    const auto a = test::assessment_fixture("valid-minimal.xml", 0);
    const std::string text =
        "participant_name,A_1,B_1,surprise\n"
        "Ana,4,1,x\n"
        ",1,1,x\n"
        "Bo,2,Level 2,x\n";
    common::Diagnostics diagnostics;
    CHECK_FALSE(assessment::import_field_submissions_csv(a, text, "bad.csv", diagnostics).has_value());
    std::vector<std::tuple<int, int, bool>> got;
    for (const auto& item : diagnostics.items())
        got.emplace_back(item.line, item.column, item.severity == common::Severity::Error);
    const std::vector<std::tuple<int, int, bool>> expected{{1, 4, false}, {2, 2, true}, {3, 1, true}, {4, 3, true}};
    CHECK(got == expected);
    CHECK_FALSE(assessment::looks_like_field_submissions("indicator,participant,vote\nA.1,p1,2\n"));
}
