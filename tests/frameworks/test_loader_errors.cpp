// One fixture per kind of problem; each diagnostic is asserted with the line
// (and, where it matters, the column) an author must look at.
#include <doctest/doctest.h>

#include <algorithm>

#include "frameworks/framework_loader.h"
#include "tests/support/test_support.h"

using socle::frameworks::load_framework_file;
using socle::test::data_path;

namespace {

struct Expected {
    int line;
    std::string fragment;  // part of the message
};

// Loads a fixture and checks that it fails with exactly the expected errors.
void check_errors(const std::string& fixture, const std::vector<Expected>& expected) {
    CAPTURE(fixture);
    const auto path = data_path("frameworks/" + fixture);
    const auto result = load_framework_file(path);
    CHECK_FALSE(result.ok());
    std::vector<socle::common::Diagnostic> errors;
    for (const auto& item : result.diagnostics.items())
        if (item.severity == socle::common::Severity::Error) errors.push_back(item);
    REQUIRE(errors.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(errors[i].message);
        CHECK(errors[i].file == path.string());
        CHECK(errors[i].line == expected[i].line);
        CHECK(errors[i].column >= 1);
        CHECK(errors[i].message.find(expected[i].fragment) != std::string::npos);
    }
}

}  // namespace

TEST_CASE("malformed XML is reported where the parser stopped") {
    check_errors("malformed.xml", {{45, "end tag does not match"}});
}

TEST_CASE("an empty file is reported - not crashed on") {
    check_errors("empty.xml", {{1, "holds no XML element"}});
}

TEST_CASE("required text missing in the default language") {
    check_errors("missing-default-text.xml", {{55, "indicator 'A.2' has no <question> in the default language 'en'"}});
}

TEST_CASE("duplicate ids") { check_errors("duplicate-ids.xml", {{68, "duplicate indicator id 'A.1'"}}); }

TEST_CASE("unknown ids in prerequisites") {
    check_errors("unknown-prerequisite.xml", {{62, "requires unknown indicator 'A.9'"}});
}

TEST_CASE("unknown profile questions and answers in relevance conditions") {
    check_errors("unknown-profile.xml", {{76, "unknown profile question 'delivery_mode'"}});
    check_errors("unknown-answer.xml", {{76, "has no answer 'regional'; its answers are: central, local"}});
}

TEST_CASE("cycles among prerequisites name every indicator on the cycle") {
    check_errors("cycle.xml", {{63, "cycle: A.1 -> B.1 -> A.2 -> A.1"}});
}

TEST_CASE("weights must be positive numbers") {
    check_errors("bad-weight.xml", {{55, "weight '-1' must be a positive number"}});
}

TEST_CASE("a level without its descriptor") {
    check_errors("missing-descriptor.xml", {{55, "'A.2' has no descriptor for level 2"}});
}

TEST_CASE("levels - targets and steps out of the scale") {
    check_errors("level-out-of-scale.xml", {{73, "level=\"4\" is out of the scale: use a whole number from 1 to 3"}});
    check_errors("bad-target.xml", {{41, "target=\"7\" is out of the scale"}});
    check_errors("missing-step.xml", {{41, "has no <step from=\"2\">"}});
    check_errors("bad-effort.xml", {{51, "effort=\"XL\" is not known"}});
}

TEST_CASE("unknown system categories") {
    check_errors("unknown-category.xml", {{52, "unknown system category 'national_idd'"}});
}

TEST_CASE("a file that is not a framework - or from a newer Socle") {
    check_errors("not-a-framework.xml", {{3, "starts with <framework>"}});
    check_errors("newer-format.xml", {{3, "newer than this version of Socle reads"}});
}

TEST_CASE("every problem of a file is reported at once - in file order") {
    check_errors("several-problems.xml", {{55, "weight 'zero'"}, {62, "unknown indicator 'A.7'"}, {68, "duplicate indicator id 'A.1'"}});
}

TEST_CASE("a missing file is a diagnostic - not an exception") {
    const auto result = load_framework_file(data_path("frameworks/no-such-file.xml"));
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.items().size() == 1);
    CHECK(result.diagnostics.items()[0].message == "the file does not exist (check the name and the folder)");
}

TEST_CASE("a folder given as the file is a diagnostic that says so - not a crash") {
    const auto result = load_framework_file(data_path("frameworks"));
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.items().size() == 1);
    CHECK(result.diagnostics.items()[0].line == 1);
    CHECK(result.diagnostics.items()[0].message.find("this is a folder") == 0);
}

TEST_CASE("element errors point at the element's '<'") {
    const auto result = load_framework_file(data_path("frameworks/duplicate-ids.xml"));
    REQUIRE(result.diagnostics.items().size() == 1);
    CHECK(result.diagnostics.items()[0].column == 5);  // "    <indicator id=...": '<' is column 5
}

TEST_CASE("garbage input never crashes the loader") {
    // Truncate the valid fixture at every 37th byte: each prefix must give
    // diagnostics (or load), never crash or hang.
    const auto text = socle::test::read_text(data_path("frameworks/valid-minimal.xml"));
    for (std::size_t cut = 0; cut < text.size(); cut += 37) {
        const auto result = socle::frameworks::load_framework(text.substr(0, cut), "cut.xml");
        CHECK_FALSE(result.ok());
        CHECK(result.diagnostics.has_errors());
    }
    const std::string binary("\x00\xff\xfe<\x01framework", 14);
    CHECK_FALSE(socle::frameworks::load_framework(binary, "binary.xml").ok());
}

// A chain of prerequisites as deep as a crafted file can make: the cycle
// check walked it recursively and overflowed the stack (SIGSEGV at 60,000).
TEST_CASE("a prerequisite chain 60,000 deep is checked without recursion, and a cycle at its end is found") {
    constexpr int kDepth = 60000;
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<framework format=\"1\" id=\"deep\" version=\"0.1\" default-lang=\"en\">\n"
        "<title lang=\"en\">Deep</title>\n<languages><language code=\"en\" status=\"complete\"/></languages>\n<scale>"
        "<level value=\"1\" id=\"low\"><name lang=\"en\">Low</name><meaning lang=\"en\">m</meaning></level>"
        "<level value=\"2\" id=\"high\"><name lang=\"en\">High</name><meaning lang=\"en\">m</meaning></level>"
        "</scale>\n<domain id=\"A\" weight=\"1\"><name lang=\"en\">A</name>\n";
    for (int k = 0; k < kDepth; ++k) {
        // The last one waits for the first: one cycle through the whole chain.
        const int next = k + 1 < kDepth ? k + 1 : 0;
        xml += "<indicator id=\"A." + std::to_string(k) + "\" weight=\"1\"><question lang=\"en\">q</question>"
               "<descriptor level=\"1\" lang=\"en\">a</descriptor><descriptor level=\"2\" lang=\"en\">b</descriptor>"
               "<requires indicator=\"A." + std::to_string(next) + "\" level=\"2\"/></indicator>\n";
    }
    xml += "</domain></framework>\n";
    const auto result = socle::frameworks::load_framework(xml, "deep.xml");
    CHECK_FALSE(result.ok());
    int cycles = 0;
    for (const auto& item : result.diagnostics.items())
        if (item.message.find("prerequisites form a cycle: A.0 -> A.1 -> A.2") == 0) ++cycles;
    CHECK(cycles == 1);
}

// Cycles that overlap: every indicator of a chain also waits for the first,
// so each of the 2,999 <requires> back to A.0 closes a cycle, up to 3,000
// long. Named in full they made about 4.5 million ids (at 20,000 indicators,
// 2 GB of text); the check names 20, each cut at 50 ids, and counts the rest.
TEST_CASE("overlapping prerequisite cycles: the first 20 are named, briefly, and the rest are counted") {
    constexpr int kSize = 3000;
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<framework format=\"1\" id=\"loops\" version=\"0.1\" default-lang=\"en\">\n"
        "<title lang=\"en\">Loops</title>\n<languages><language code=\"en\" status=\"complete\"/></languages>\n<scale>"
        "<level value=\"1\" id=\"low\"><name lang=\"en\">Low</name><meaning lang=\"en\">m</meaning></level>"
        "<level value=\"2\" id=\"high\"><name lang=\"en\">High</name><meaning lang=\"en\">m</meaning></level>"
        "</scale>\n<domain id=\"A\" weight=\"1\"><name lang=\"en\">A</name>\n";
    for (int k = 0; k < kSize; ++k) {
        xml += "<indicator id=\"A." + std::to_string(k) + "\" weight=\"1\"><question lang=\"en\">q</question>"
               "<descriptor level=\"1\" lang=\"en\">a</descriptor><descriptor level=\"2\" lang=\"en\">b</descriptor>";
        if (k + 1 < kSize) xml += "<requires indicator=\"A." + std::to_string(k + 1) + "\" level=\"2\"/>";
        if (k > 0) xml += "<requires indicator=\"A.0\" level=\"2\"/>";
        xml += "</indicator>\n";
    }
    xml += "</domain></framework>\n";
    const auto result = socle::frameworks::load_framework(xml, "loops.xml");
    CHECK_FALSE(result.ok());
    std::size_t named = 0, counted = 0, longest = 0;
    for (const auto& item : result.diagnostics.items()) {
        if (item.message.find("prerequisites form a cycle: A.0 -> A.1") == 0) {
            ++named;
            longest = std::max(longest, item.message.size());
        }
        if (item.message.find("2979 more <requires> close a prerequisite cycle") == 0) {
            ++counted;
            CHECK(item.line > 1);
        }
    }
    CHECK(named == 20);
    CHECK(counted == 1);
    // 50 ids of at most 6 characters with their arrows, the length, the advice.
    CHECK(longest < 700);
    std::size_t about_cycles = 0;  // the framework has other findings (3,000 identical questions)
    for (const auto& item : result.diagnostics.items()) about_cycles += item.message.find("cycle") != std::string::npos;
    CHECK(about_cycles == 21);
}
