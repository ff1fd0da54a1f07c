#pragma once
// Builds assessments for tests from real framework files in tests/data.
#include <memory>
#include <string>

#include "assessment/assessment.h"

namespace socle::test {

// Loads tests/data/frameworks/NAME (REQUIREs success).
std::shared_ptr<const frameworks::Framework> framework_fixture(const std::string& name);

// An empty assessment of a fixture framework with participants p1..pN.
assessment::Assessment assessment_fixture(const std::string& framework_name, int participants);

// The worked example of docs/methodology.md ("Worked example"): the
// worked-example framework voted by four participants, number for number.
assessment::Assessment worked_example_assessment();

}  // namespace socle::test
