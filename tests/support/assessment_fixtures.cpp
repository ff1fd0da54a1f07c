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

}  // namespace socle::test
