// socle-cli at the edges: a folder where a file is expected, files in the
// wrong encoding, messages that name the real file and the real reason.
#include <doctest/doctest.h>

#include <filesystem>

#include "common/path_text.h"
#include "tests/support/test_support.h"

namespace fs = std::filesystem;
using socle::test::data_path;
using socle::test::run_cli;
using socle::test::ScratchDir;

namespace {

std::string make_assessment(const ScratchDir& dir) {
    const auto file = (dir / "ok.socle").string();
    const auto made = run_cli({"new", "--framework", data_path("frameworks/valid-minimal.xml").string(), "-o", file});
    REQUIRE(made.exit_code == 0);
    return file;
}

}  // namespace

TEST_CASE("every command given a folder where a file is expected exits 1 with a message") {
    ScratchDir dir;
    const std::string ok = make_assessment(dir);
    const std::string folder = (dir / "folder.socle").string();
    fs::create_directory(folder);
    const std::string framework = data_path("frameworks/valid-minimal.xml").string();
    const std::vector<std::vector<std::string>> commands = {
        {"validate", folder},
        {"show", folder},
        {"score", folder},
        {"roadmap", folder},
        {"export", folder, "-o", (dir / "x.xlsx").string()},
        {"export", ok, "-o", folder},
        {"export", ok, "--csv", ok},
        {"import-votes", folder, (dir / "v.csv").string()},
        {"import-votes", ok, folder},
        {"anonymise", folder, "-o", (dir / "a.socle").string()},
        {"anonymise", ok, "-o", folder},
        {"merge", folder, ok, ok, "-o", (dir / "m.socle").string()},
        {"merge", ok, ok, ok, "-o", folder},
        {"new", "--framework", folder, "-o", (dir / "n.socle").string()},
        {"new", "--framework", framework, "-o", folder, "--force"},
        {"new", "--framework", framework, "-o", (dir / "n.socle").string(), "--participants", folder},
        {"systems", folder},
        {"systems", "import", ok, "--systems", folder},
        {"systems", "export", ok, "--systems", folder},
        {"systems", ok, "--dot", folder},
        {"compare", ok, ok, "-o", folder},
    };
    for (const auto& args : commands) {
        std::string line;
        for (const auto& arg : args) line += arg + " ";
        CAPTURE(line);
        const auto result = run_cli(args);
        CAPTURE(result.err);
        CHECK(result.exit_code == 1);
        CHECK_FALSE(result.err.empty());
        CHECK(result.err.find("Success") == std::string::npos);
        CHECK(result.err.find("bad_alloc") == std::string::npos);
    }
    CHECK(fs::is_directory(folder));
}

TEST_CASE("import-votes refuses a Windows-1252 CSV with exit 1 and leaves the file as it was") {
    ScratchDir dir;
    const std::string ok = make_assessment(dir);
    const std::string before = socle::test::read_text(ok);
    const auto csv = data_path("encodings/votes-windows-1252.csv").string();
    const auto result = run_cli({"import-votes", ok, csv});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find(csv + ":3:13: error: the file is not UTF-8") != std::string::npos);
    CHECK(result.err.find("CSV UTF-8") != std::string::npos);
    CHECK(socle::test::read_text(ok) == before);
}

TEST_CASE("a damaged snapshot names the real backup file to restore") {
    ScratchDir dir;
    const std::string ok = make_assessment(dir);
    std::string bytes = socle::test::read_text(ok);
    const auto at = bytes.find("Minimal test framework", bytes.find("<framework-snapshot>"));
    REQUIRE(at != std::string::npos);
    bytes.replace(at, 7, "Maximal");
    socle::test::write_text(ok, bytes);
    const auto result = run_cli({"validate", ok});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("restore " + ok + ".bak or a recovery file") != std::string::npos);
    CHECK(result.err.find("NAME.socle") == std::string::npos);
}

TEST_CASE("CSV exports neutralise formulas by default - --raw-csv writes text as recorded") {
    ScratchDir dir;
    const std::string ok = make_assessment(dir);
    const auto imported = run_cli({"systems", "import", ok, "--systems", data_path("system_map/formula-systems.csv").string(),
                                   "--flows", data_path("system_map/formula-flows.csv").string()});
    REQUIRE(imported.exit_code == 0);
    const auto safe = run_cli({"systems", "export", ok, "--systems", (dir / "s.csv").string(), "--flows",
                               (dir / "f.csv").string()});
    REQUIRE(safe.exit_code == 0);
    const std::string systems = socle::test::read_text(dir / "s.csv");
    CHECK(systems.find("crvs,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",civil_registration,'@SUM(A1),"
                       "operational,,2,'-2+3+cmd|calc\n") != std::string::npos);
    CHECK(systems.find("sr,Social registry,social_registry,'-,operational,,,-1.5\n") != std::string::npos);
    CHECK(socle::test::read_text(dir / "f.csv").find("crvs,sr,'+Births,manual") != std::string::npos);

    const auto raw = run_cli({"systems", "export", ok, "--systems", (dir / "raw.csv").string(), "--raw-csv"});
    REQUIRE(raw.exit_code == 0);
    CHECK(socle::test::read_text(dir / "raw.csv").find("crvs,\"=HYPERLINK(") != std::string::npos);

    // The guarded export reads back into the same map.
    const auto again = run_cli({"systems", "import", ok, "--systems", (dir / "s.csv").string(), "--flows",
                                (dir / "f.csv").string()});
    REQUIRE(again.exit_code == 0);
    CHECK(run_cli({"systems", "export", ok, "--systems", (dir / "s2.csv").string()}).exit_code == 0);
    CHECK(socle::test::read_text(dir / "s2.csv") == systems);

    const auto tables = run_cli({"export", ok, "--csv", (dir / "tables").string()});
    REQUIRE(tables.exit_code == 0);
    CHECK(socle::test::read_text(dir / "tables" / "systems.csv") == systems);
    CHECK(run_cli({"export", ok, "--csv", (dir / "raw-tables").string(), "--raw-csv"}).exit_code == 0);
    CHECK(socle::test::read_text(dir / "raw-tables" / "systems.csv") == socle::test::read_text(dir / "raw.csv"));
    CHECK(run_cli({"score", ok, "--format", "csv", "--raw-csv"}).exit_code == 0);
    CHECK(run_cli({"score", ok, "--raw-csv"}).exit_code == 2);
    CHECK(run_cli({"roadmap", ok, "--format", "csv", "--raw-csv"}).exit_code == 0);
    CHECK(run_cli({"systems", ok, "--raw-csv"}).exit_code == 2);
}

// `new -o FOLDER` said "the file already exists; ... add --force", and with
// --force failed on saving over a folder.
TEST_CASE("new -o an existing folder says it is a folder and suggests a file inside it, with or without --force") {
    ScratchDir dir;
    for (const bool force : {false, true}) {
        std::vector<std::string> args{"new", "--framework", "sp-quick-scan", "-o", socle::common::path_to_utf8(dir.path())};
        if (force) args.push_back("--force");
        const auto result = run_cli(args);
        CHECK(result.exit_code == 1);
        CHECK(result.err.find("this is a folder; name the file to create inside it") != std::string::npos);
        CHECK(result.err.find("assessment.socle") != std::string::npos);
        CHECK(result.err.find("already exists") == std::string::npos);
    }
    CHECK(std::filesystem::is_empty(dir.path()));
}
