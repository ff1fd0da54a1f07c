#include "tests/support/assessment_fixtures.h"

#include <doctest/doctest.h>

#include "frameworks/framework_loader.h"
#include "tests/support/test_support.h"

namespace socle::test {

std::shared_ptr<const frameworks::Framework> framework_fixture(const std::string& name) {
    auto result = frameworks::load_framework_file(data_path("frameworks/" + name));
    for (const auto& item : result.diagnostics.items()) INFO(common::format_diagnostic(item));
    REQUIRE(result.ok());
    return std::make_shared<const frameworks::Framework>(std::move(*result.framework));
}

assessment::Assessment assessment_fixture(const std::string& framework_name, int participants) {
    assessment::Assessment assessment(framework_fixture(framework_name));
    for (int i = 1; i <= participants; ++i)
        assessment.participants.push_back({"p" + std::to_string(i), "Participant " + std::to_string(i), "", "", false});
    return assessment;
}

assessment::Assessment worked_example_assessment() {
    using assessment::Vote;
    auto a = assessment_fixture("worked-example.xml", 4);
    auto votes = [&](const std::string& id, std::vector<Vote> list) {
        for (std::size_t i = 0; i < list.size(); ++i) a.responses[id].votes["p" + std::to_string(i + 1)] = list[i];
    };
    const auto na = Vote::not_applicable();
    votes("A.1", {Vote::at(2), Vote::at(3), Vote::at(3), Vote::at(4)});  // median 3
    votes("A.2", {Vote::at(1), Vote::at(2), na, Vote::at(2)});            // median 2
    a.responses["A.2"].target = 4;
    votes("A.3", {Vote::at(3), Vote::at(3), Vote::at(4), Vote::at(5)});
    a.responses["A.3"].agreed = Vote::at(2);  // agreed 2 overrides the votes
    a.responses["A.3"].rationale = "The registry link is still a pilot.";
    votes("B.1", {na, na, na, Vote::at(3)});  // the room says not applicable
    votes("B.2", {Vote::at(4), Vote::at(5)});  // median 4
    // B.3 unanswered; B.4 switched off by the profile.
    votes("B.4", {Vote::at(5), Vote::at(5)});
    a.profile["has_insurance"] = "no";
    return a;
}

}  // namespace socle::test
