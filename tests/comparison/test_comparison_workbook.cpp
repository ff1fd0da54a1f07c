// The comparison workbook beyond its content (read back in
// check_compare_cli.py): the same bytes under a comma-decimal locale, and a
// write that never leaves a half-written or temporary file.
#include <doctest/doctest.h>

#include <algorithm>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/wait.h>
#include <vector>

#include "common/error.h"
#include "exports/comparison_workbook.h"
#include "tests/support/test_support.h"

using namespace socle;
namespace fs = std::filesystem;

namespace {

scoring::Comparison sample_rounds() {
    auto result = scoring::compare_files({test::source_path("samples")}, scoring::ComparisonMode::Rounds);
    REQUIRE(result.ok());
    return std::move(*result.comparison);
}

int run_shell(const std::string& command) {
    const int status = std::system(command.c_str());
    return status == -1 ? -1 : WEXITSTATUS(status);
}

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// fr_FR.UTF-8 compiled from the glibc sources (Debian `locales`) into dir,
// so the test needs no locale installed. localedef exits 1 on warnings.
bool build_french_locale(const fs::path& dir) {
    const int code = run_shell("localedef -i fr_FR -f UTF-8 " + quoted(dir / "fr_FR.UTF-8") + " >/dev/null 2>&1");
    return (code == 0 || code == 1) && fs::exists(dir / "fr_FR.UTF-8" / "LC_NUMERIC");
}

// Every part of two xlsx files is identical, apart from the creation time.
bool same_parts(const fs::path& a, const fs::path& b) {
    const fs::path script = a.parent_path() / "same_parts.py";
    test::write_text(script,
                     "import sys, zipfile\n"
                     "a, b = (zipfile.ZipFile(p) for p in sys.argv[1:3])\n"
                     "names = set(a.namelist()) | set(b.namelist())\n"
                     "bad = [n for n in names if n != 'docProps/core.xml' and (n not in a.namelist()\n"
                     "       or n not in b.namelist() or a.read(n) != b.read(n))]\n"
                     "print(' '.join(sorted(bad)))\n"
                     "sys.exit(1 if bad else 0)\n");
    return run_shell("/usr/bin/python3 " + quoted(script) + " " + quoted(a) + " " + quoted(b)) == 0;
}

}  // namespace

TEST_CASE("a comma-decimal locale writes the same comparison workbook as the C locale") {
    const auto comparison = sample_rounds();
    test::ScratchDir dir;
    exports::write_comparison_workbook(comparison, dir / "c.xlsx");
    {
        const std::string saved = std::setlocale(LC_ALL, nullptr);
        REQUIRE(build_french_locale(dir.path()));
        setenv("LOCPATH", dir.path().c_str(), 1);
        REQUIRE(std::setlocale(LC_ALL, "fr_FR.UTF-8") != nullptr);
        char printed[32];
        std::snprintf(printed, sizeof printed, "%.2f", 2.25);
        const std::string french = printed;
        exports::write_comparison_workbook(comparison, dir / "fr.xlsx");
        std::setlocale(LC_ALL, saved.c_str());
        unsetenv("LOCPATH");
        REQUIRE(french == "2,25");  // the locale really was active
    }
    CHECK(same_parts(dir / "c.xlsx", dir / "fr.xlsx"));
}

TEST_CASE("the comparison workbook is written whole or not at all") {
    const auto comparison = sample_rounds();
    test::ScratchDir dir;
    const auto missing = dir / "no-such-folder" / "out.xlsx";
    try {
        exports::write_comparison_workbook(comparison, missing);
        FAIL("no error for a missing folder");
    } catch (const common::IoError& error) {
        CHECK(std::string(error.what()).find(missing.string()) != std::string::npos);
    }
    test::write_text(dir / "comparison.xlsx", "previous content");
    exports::write_comparison_workbook(comparison, dir / "comparison.xlsx");
    CHECK(test::read_text(dir / "comparison.xlsx").substr(0, 2) == "PK");  // a zip now
    fs::create_directory(dir / "taken.xlsx");
    CHECK_THROWS_AS(exports::write_comparison_workbook(comparison, dir / "taken.xlsx"), common::IoError);
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(dir.path())) left.push_back(entry.path().filename().string());
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{"comparison.xlsx", "taken.xlsx"});  // no temporary file left
}
