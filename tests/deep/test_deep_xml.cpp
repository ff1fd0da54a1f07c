// XML nested 100,000 deep, in a framework and in a .socle: refused with a
// message that says where and why, on a thread with a 1 MB stack (the
// parser is iterative; the refusal keeps any later walk over the document
// from meeting more than a few dozen levels).
#include <doctest/doctest.h>

#include "assessment/assessment_io.h"
#include "frameworks/framework_loader.h"
#include "tests/deep/deep_inputs.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/small_stack.h"

using namespace socle;

namespace {

constexpr int kDepth = 100000;

bool says_too_deep(const common::Diagnostics& diagnostics, int line) {
    for (const auto& item : diagnostics.items())
        if (item.line == line && item.message.find("nested more than 64 deep") != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a framework with elements nested 100,000 deep is refused with the line, on a 1 MB stack") {
    const std::string xml = test::framework_with_nesting(kDepth);
    std::optional<frameworks::FrameworkLoadResult> loaded;
    test::run_with_stack(test::kWindowsDefaultStack, [&] { loaded = frameworks::load_framework(xml, "nested.xml"); });
    CHECK_FALSE(loaded->ok());
    const int line = static_cast<int>(std::count(xml.begin(), xml.begin() + static_cast<long>(xml.find("<x>")), '\n')) + 1;
    CHECK(says_too_deep(loaded->diagnostics, line));
}

TEST_CASE("a framework nested exactly as deep as allowed still loads") {
    // The root is level 1, so 63 levels of <x> under it reach the limit.
    const auto loaded = frameworks::load_framework(test::framework_with_nesting(63), "nested.xml");
    CHECK(loaded.ok());
    const auto refused = frameworks::load_framework(test::framework_with_nesting(64), "nested.xml");
    CHECK_FALSE(refused.ok());
}

TEST_CASE("a .socle with elements nested 100,000 deep is refused with the line, on a 1 MB stack") {
    auto bytes = assessment::write_assessment(test::assessment_fixture("valid-minimal.xml", 1));
    const auto root_end = bytes.find('>', bytes.find("<assessment")) + 1;
    bytes.insert(root_end, "\n" + test::nested_elements(kDepth));
    const int line = static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(root_end), '\n')) + 2;
    std::optional<assessment::AssessmentLoadResult> read;
    test::run_with_stack(test::kWindowsDefaultStack, [&] { read = assessment::read_assessment(bytes, "nested.socle"); });
    CHECK_FALSE(read->ok());
    CHECK(says_too_deep(read->diagnostics, line));
}
