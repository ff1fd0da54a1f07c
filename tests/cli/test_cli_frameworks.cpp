// socle-cli's contract: exit codes, the FILE:LINE:COLUMN error lines, and
// machine output alone on stdout.
#include <doctest/doctest.h>

#include "tests/support/test_support.h"

using socle::test::data_path;
using socle::test::lines_of;
using socle::test::run_cli;
using socle::test::ScratchDir;

TEST_CASE("validate: a valid file exits 0 and summarises it") {
    const auto result = run_cli({"validate", data_path("frameworks/valid-minimal.xml").string()});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK(result.out.find("valid framework 'test-minimal' 0.1, 2 domains, 3 indicators") != std::string::npos);
    CHECK(result.out.find("fr: 6/") != std::string::npos);
}

TEST_CASE("validate: an invalid file exits 1 with one FILE:LINE:COLUMN line per problem") {
    const auto file = data_path("frameworks/several-problems.xml").string();
    const auto result = run_cli({"validate", file});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    const auto lines = lines_of(result.err);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].rfind(file + ":55:5: error: ", 0) == 0);
    CHECK(lines[1].rfind(file + ":62:", 0) == 0);
    CHECK(lines[2].rfind(file + ":68:5: error: duplicate indicator id 'A.1'", 0) == 0);
}

TEST_CASE("validate: malformed - empty - binary and missing files give exit 1 - never a crash") {
    ScratchDir dir;
    socle::test::write_text(dir / "binary.xml", std::string("\x00\x01\x02\xff<<<", 7));
    for (const auto& file : {data_path("frameworks/malformed.xml"), data_path("frameworks/empty.xml"),
                             dir / "binary.xml", dir / "missing.xml"}) {
        CAPTURE(file);
        const auto result = run_cli({"validate", file.string()});
        CHECK(result.exit_code == 1);
        CHECK(result.err.rfind(file.string() + ":", 0) == 0);
        CHECK(result.err.find(": error: ") != std::string::npos);
    }
}

TEST_CASE("usage errors exit 2") {
    CHECK(run_cli({}).exit_code == 2);
    CHECK(run_cli({"no-such-command"}).exit_code == 2);
    CHECK(run_cli({"validate"}).exit_code == 2);
    CHECK(run_cli({"validate", "--bogus", "x.xml"}).exit_code == 2);
    CHECK(run_cli({"frameworks", "--format", "yaml"}).exit_code == 2);
    CHECK(run_cli({"frameworks", "--format"}).exit_code == 2);
    CHECK(run_cli({"show"}).exit_code == 2);
}

TEST_CASE("every command has --help") {
    for (const char* command : {"frameworks", "validate", "show"}) {
        CAPTURE(command);
        const auto result = run_cli({command, "--help"});
        CHECK(result.exit_code == 0);
        CHECK(result.out.find("Usage: socle-cli") != std::string::npos);
    }
    CHECK(run_cli({"--help"}).exit_code == 0);
}

TEST_CASE("frameworks lists built-in and user frameworks - bad user files are reported") {
    ScratchDir dir;
    std::filesystem::copy_file(data_path("frameworks/valid-minimal.xml"), dir / "mine.xml");
    std::filesystem::copy_file(data_path("frameworks/cycle.xml"), dir / "broken.xml");
    const auto result = run_cli({"frameworks"}, {"SOCLE_FRAMEWORKS_DIR=" + dir.path().string()});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("sp-dmf") != std::string::npos);
    CHECK(result.out.find("sp-quick-scan") != std::string::npos);
    CHECK(result.out.find("test-minimal 0.1") != std::string::npos);
    CHECK(result.err.find("broken.xml:63:") != std::string::npos);
}

TEST_CASE("show prints a framework in a language and marks fallbacks") {
    const auto file = data_path("frameworks/valid-minimal.xml").string();
    const auto result = run_cli({"show", file, "--lang", "fr"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("Cadre de test minimal") != std::string::npos);
    CHECK(result.out.find("A.1  Première question ?") != std::string::npos);
    CHECK(result.out.find("Guidance: [en] Ask about it.") != std::string::npos);
    CHECK(result.out.find("Requires A.1 at level 2 to reach level 3") != std::string::npos);

    const auto builtin = run_cli({"show", "sp-dmf", "--lang", "ru"});
    CHECK(builtin.exit_code == 0);
    CHECK(builtin.out.find("[en]") == std::string::npos);  // Russian is complete

    const auto unknown = run_cli({"show", "no-such-framework"});
    CHECK(unknown.exit_code == 1);
    CHECK(unknown.err.find("no-such-framework:1:1: error: no framework file at this path") == 0);
}
