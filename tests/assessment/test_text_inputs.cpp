// Files in other encodings or with control characters never get into a
// .socle: what loads saves and reopens unchanged.
#include <doctest/doctest.h>

#include <memory>

#include "assessment/assessment_io.h"
#include "assessment/votes_csv.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "frameworks/framework_loader.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;

namespace {

std::string error_text(const common::Diagnostics& diagnostics) {
    std::string all;
    for (const auto& item : diagnostics.items()) all += common::format_diagnostic(item) + "\n";
    return all;
}

}  // namespace

TEST_CASE("votes saved in Windows-1252 are refused - nothing is imported") {
    const auto a = test::assessment_fixture("valid-minimal.xml", 2);
    common::Diagnostics diagnostics;
    const auto bytes = test::read_text(test::data_path("encodings/votes-windows-1252.csv"));
    CHECK_FALSE(assessment::import_votes_csv(a, bytes, "votes.csv", diagnostics).has_value());
    CAPTURE(error_text(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.items()[0].line == 3);
    CHECK(diagnostics.items()[0].message.find("CSV UTF-8") != std::string::npos);
}

TEST_CASE("votes saved in UTF-16 are imported as UTF-8 and the file saves and reopens") {
    auto a = test::assessment_fixture("valid-minimal.xml", 2);
    common::Diagnostics diagnostics;
    const auto bytes = test::read_text(test::data_path("encodings/votes-utf16le-bom.csv"));
    auto imported = assessment::import_votes_csv(a, bytes, "votes.csv", diagnostics);
    CAPTURE(error_text(diagnostics));
    REQUIRE(imported.has_value());
    CHECK(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].severity == common::Severity::Note);
    imported->edit.apply(a);
    test::ScratchDir dir;
    assessment::save_assessment_file(a, dir / "a.socle");
    const auto reopened = assessment::load_assessment_file(dir / "a.socle");
    CAPTURE(error_text(reopened.diagnostics));
    REQUIRE(reopened.ok());
    CHECK(reopened.assessment->response("A.1").evidence == "D\xC3\xA9" "cret 224 \xE2\x80\x93 annexe");
}

TEST_CASE("a framework in Windows-1252 is refused at its line - one in UTF-16 is converted") {
    const auto legacy = frameworks::load_framework_file(test::data_path("encodings/framework-windows-1252.xml"));
    CHECK_FALSE(legacy.ok());
    REQUIRE(legacy.diagnostics.error_count() == 1);
    CHECK(legacy.diagnostics.items()[0].line == 5);
    CHECK(legacy.diagnostics.items()[0].message.find("save it as UTF-8") != std::string::npos);

    const auto utf16 = frameworks::load_framework_file(test::data_path("encodings/framework-utf16le-bom.xml"));
    CAPTURE(error_text(utf16.diagnostics));
    REQUIRE(utf16.ok());
    const auto utf8 = frameworks::load_framework_file(test::data_path("frameworks/valid-minimal.xml"));
    REQUIRE(utf8.ok());
    CHECK(utf16.framework->source_bytes == utf8.framework->source_bytes);
    CHECK(utf16.framework->sha256 == utf8.framework->sha256);
}

TEST_CASE("a control character in a framework is refused at load with its line") {
    const auto loaded = frameworks::load_framework_file(test::data_path("frameworks/control-character-in-comment.xml"));
    CHECK_FALSE(loaded.ok());
    CAPTURE(error_text(loaded.diagnostics));
    REQUIRE(loaded.diagnostics.error_count() == 1);
    CHECK(loaded.diagnostics.items()[0].line == 2);
    CHECK(loaded.diagnostics.items()[0].column == 13);
    CHECK(loaded.diagnostics.items()[0].message.find("control character (code 12)") != std::string::npos);
}

TEST_CASE("every framework that loads saves into a .socle that reopens with the same fingerprint") {
    for (const std::string name : {"frameworks/valid-minimal.xml", "frameworks/worked-example.xml",
                                   "encodings/framework-utf16le-bom.xml"}) {
        CAPTURE(name);
        auto loaded = frameworks::load_framework_file(test::data_path(name));
        REQUIRE(loaded.ok());
        const assessment::Assessment a(std::make_shared<const frameworks::Framework>(std::move(*loaded.framework)));
        test::ScratchDir dir;
        assessment::save_assessment_file(a, dir / "a.socle");
        const auto reopened = assessment::load_assessment_file(dir / "a.socle");
        CAPTURE(error_text(reopened.diagnostics));
        REQUIRE(reopened.ok());
        CHECK(reopened.assessment->framework().sha256 == a.framework().sha256);
        CHECK(assessment::write_assessment(*reopened.assessment) == assessment::write_assessment(a));
    }
}

TEST_CASE("a .socle that is not UTF-8 is refused at its line") {
    const auto a = test::assessment_fixture("valid-minimal.xml", 1);
    std::string bytes = assessment::write_assessment(a);
    const auto at = bytes.find("<title>");
    REQUIRE(at == std::string::npos);  // no title: put a damaged one in
    bytes.insert(bytes.find("<metadata>") + 10, "<title>D\xE9" "cret</title>");
    const auto result = assessment::read_assessment(bytes, "t.socle");
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.error_count() == 1);
    CHECK(result.diagnostics.items()[0].message.find("not UTF-8") != std::string::npos);
}

TEST_CASE("text that is not UTF-8 is never written to a file") {
    test::ScratchDir dir;
    test::write_text(dir / "kept.csv", "good\n");
    CHECK_THROWS_AS(common::write_file_atomically(dir / "kept.csv", "D\xE9" "cret\n"), common::LogicError);
    CHECK(test::read_text(dir / "kept.csv") == "good\n");
}
