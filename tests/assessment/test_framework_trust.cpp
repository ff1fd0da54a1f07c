// A .socle is trusted only as far as its bytes: the snapshot must hash to
// the fingerprint it claims even when a cache already knows that
// fingerprint, and the framework the file names must be its snapshot.
#include <doctest/doctest.h>

#include "assessment/assessment_io.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;

namespace {

std::string replaced(std::string text, const std::string& from, const std::string& to, std::size_t start = 0) {
    const auto at = text.find(from, start);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

bool has_error_with(const common::Diagnostics& diagnostics, const std::string& fragment) {
    for (const auto& item : diagnostics.items())
        if (item.severity == common::Severity::Error && item.message.find(fragment) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a tampered snapshot is refused even when an earlier file had the same claimed fingerprint") {
    test::ScratchDir dir;
    const auto a = test::assessment_fixture("valid-minimal.xml", 1);
    assessment::save_assessment_file(a, dir / "first.socle");
    const std::string good = test::read_text(dir / "first.socle");
    // The same claimed sha256, a snapshot whose descriptor says otherwise.
    test::write_text(dir / "second.socle",
                     replaced(good, "Everything.", "Nothing at all.", good.find("<framework-snapshot>")));

    assessment::FrameworkCache cache;
    const auto first = assessment::load_assessment_file(dir / "first.socle", cache.resolver());
    REQUIRE(first.ok());
    cache.add(first.assessment->framework_ptr());
    const auto second = assessment::load_assessment_file(dir / "second.socle", cache.resolver());
    CHECK_FALSE(second.ok());
    CHECK(has_error_with(second.diagnostics, "does not match its fingerprint"));
    // Without the cache it was always refused.
    CHECK_FALSE(assessment::load_assessment_file(dir / "second.socle").ok());
}

TEST_CASE("the framework id and version a .socle names must be those of its snapshot") {
    test::ScratchDir dir;
    const auto a = test::assessment_fixture("valid-minimal.xml", 1);
    assessment::save_assessment_file(a, dir / "good.socle");
    const std::string good = test::read_text(dir / "good.socle");
    test::write_text(dir / "other-id.socle",
                     replaced(good, "<framework id=\"test-minimal\"", "<framework id=\"sp-dmf\""));
    test::write_text(dir / "other-version.socle",
                     replaced(good, "<framework id=\"test-minimal\" version=\"0.1\"",
                              "<framework id=\"test-minimal\" version=\"9.9\""));
    assessment::FrameworkCache cache;
    const auto loaded = assessment::load_assessment_file(dir / "good.socle", cache.resolver());
    REQUIRE(loaded.ok());
    cache.add(loaded.assessment->framework_ptr());
    for (const char* name : {"other-id.socle", "other-version.socle"}) {
        CAPTURE(name);
        for (const bool cached : {false, true}) {
            const auto result = cached ? assessment::load_assessment_file(dir / name, cache.resolver())
                                       : assessment::load_assessment_file(dir / name);
            CHECK_FALSE(result.ok());
            CHECK(has_error_with(result.diagnostics, "but its snapshot is 'test-minimal' 0.1"));
        }
    }
}
