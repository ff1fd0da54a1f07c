// What the workbook guarantees beyond its content: the same bytes whatever
// the desktop's locale (a comma-decimal French locale built for the test),
// a write through a temporary file, and a clear error on a path that cannot
// be written. Also the CSV tables.
#include <doctest/doctest.h>

#include <algorithm>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "common/csv.h"
#include "common/error.h"
#include "exports/csv_export.h"
#include "exports/workbook.h"
#include "scoring/roadmap.h"
#include "tests/exports/workbook_dump.h"
#include "tests/exports/workbook_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;
namespace fs = std::filesystem;

namespace {

// Compiles fr_FR.UTF-8 from the glibc sources (Debian package `locales`)
// into `dir`, so that the test needs no locale installed on the machine.
bool build_french_locale(const fs::path& dir) {
    const std::string command = "localedef -i fr_FR -f UTF-8 " + test::shell_quoted((dir / "fr_FR.UTF-8").string()) +
                                " 2>&1";
    std::string out;
    const int code = test::run_command(command, &out);
    // localedef exits 1 on warnings only; the locale is usable when written.
    return (code == 0 || code == 1) && fs::exists(dir / "fr_FR.UTF-8" / "LC_NUMERIC");
}

// Restores the process locale (and LOCPATH) whatever the test does.
class LocaleGuard {
public:
    LocaleGuard() : saved_(std::setlocale(LC_ALL, nullptr)) {}
    ~LocaleGuard() {
        std::setlocale(LC_ALL, saved_.c_str());
        unsetenv("LOCPATH");
    }
    LocaleGuard(const LocaleGuard&) = delete;
    LocaleGuard& operator=(const LocaleGuard&) = delete;

private:
    std::string saved_;
};

// Every part of two xlsx files is identical, apart from the creation time.
bool same_parts(const fs::path& a, const fs::path& b, std::string* report) {
    const std::string script =
        "import sys, zipfile\n"
        "a, b = (zipfile.ZipFile(p) for p in sys.argv[1:3])\n"
        "names = sorted(set(a.namelist()) | set(b.namelist()))\n"
        "bad = [n for n in names if n != 'docProps/core.xml' and (n not in a.namelist() or n not in b.namelist() "
        "or a.read(n) != b.read(n))]\n"
        "print(' '.join(bad))\n"
        "sys.exit(1 if bad else 0)\n";
    const fs::path py = a.parent_path() / "compare.py";
    test::write_text(py, script);
    return test::run_command("/usr/bin/python3 " + test::shell_quoted(py.string()) + " " +
                                 test::shell_quoted(a.string()) + " " + test::shell_quoted(b.string()),
                             report) == 0;
}

}  // namespace

TEST_CASE("a comma-decimal French locale writes the same workbook as the C locale") {
    const auto a = test::lao_sample_with_map();
    test::ScratchDir dir;
    exports::write_workbook(a, dir / "c.xlsx");
    {
        LocaleGuard guard;
        REQUIRE(build_french_locale(dir.path()));
        setenv("LOCPATH", dir.path().c_str(), 1);
        REQUIRE(std::setlocale(LC_ALL, "fr_FR.UTF-8") != nullptr);
        char printed[32];
        std::snprintf(printed, sizeof printed, "%.2f", 2.25);
        REQUIRE(std::string(printed) == "2,25");  // the locale really is active
        exports::write_workbook(a, dir / "fr-locale.xlsx");
        std::snprintf(printed, sizeof printed, "%.2f", 2.25);
        CHECK(std::string(printed) == "2,25");  // and the export left it alone
    }
    std::string differing;
    CHECK_MESSAGE(same_parts(dir / "c.xlsx", dir / "fr-locale.xlsx", &differing), "parts differ: " << differing);
    const auto dump = test::dump_workbook(dir / "fr-locale.xlsx");
    const auto scores = scoring::score_assessment(a);
    CHECK(dump.at("Domains", "D4").cached_number() == doctest::Approx(*scores.domains[2].level));
}

TEST_CASE("an unwritable path gives a clear error and leaves nothing behind") {
    const auto a = test::lao_sample_with_map();
    test::ScratchDir dir;
    const auto missing = dir / "no-such-folder" / "out.xlsx";
    try {
        exports::write_workbook(a, missing);
        FAIL("no error for a missing folder");
    } catch (const common::IoError& error) {
        const std::string message = error.what();
        CHECK(message.find(missing.string()) != std::string::npos);
        CHECK(message.find("No such file or directory") != std::string::npos);
    }
    test::write_text(dir / "a-file", "x");
    CHECK_THROWS_AS(exports::write_workbook(a, dir / "a-file" / "out.xlsx"), common::IoError);
    // The target is a folder: the finished temporary file cannot replace it.
    fs::create_directory(dir / "taken.xlsx");
    CHECK_THROWS_AS(exports::write_workbook(a, dir / "taken.xlsx"), common::IoError);
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(dir.path())) left.push_back(entry.path().filename().string());
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{"a-file", "taken.xlsx"});  // no temporary file left
}

TEST_CASE("the workbook replaces an existing file only when complete") {
    const auto a = test::lao_sample_with_map();
    test::ScratchDir dir;
    const auto out = dir / "lao.xlsx";
    test::write_text(out, "previous version");
    exports::write_workbook(a, out);
    const auto bytes = test::read_text(out);
    CHECK(bytes.rfind("PK", 0) == 0);  // a zip now
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) ++files;
    CHECK(files == 1);
    CHECK(test::dump_workbook(out).sheets.size() == 13);
}

TEST_CASE("the CSV tables: five UTF-8 files, a header row each, one tidy table each") {
    auto a = test::lao_sample_with_map();
    a.systems.systems[0].name = "Décret n° 224/PM, «Стратегия», ສປປ ລາວ, \"quoted\", =1+1";
    test::ScratchDir dir;
    exports::write_csv_tables(a, dir / "tables");
    const std::map<std::string, std::string> first_columns = {
        {"indicators.csv", "indicator"}, {"domains.csv", "domain"}, {"roadmap.csv", "step"},
        {"systems.csv", "id"},           {"flows.csv", "from"}};
    const auto scores = scoring::score_assessment(a);
    const auto plan = scoring::plan_roadmap(a, scores);
    const std::map<std::string, std::size_t> rows = {
        {"indicators.csv", scores.indicators.size()}, {"domains.csv", scores.domains.size()},
        {"roadmap.csv", plan.steps.size()},           {"systems.csv", a.systems.systems.size()},
        {"flows.csv", a.systems.flows.size()}};
    for (const auto& [name, first] : first_columns) {
        // CAPTURE is a lambda: clang 14 cannot capture a structured binding.
        const std::string& table_name = name;
        CAPTURE(table_name);
        const auto text = test::read_text(dir / "tables" / name);
        REQUIRE_FALSE(text.empty());
        CHECK(text.rfind("\xEF\xBB\xBF", 0) == 0);  // UTF-8 with the byte-order mark Excel needs
        common::Diagnostics diagnostics;
        const auto table = common::parse_csv(text, name, diagnostics);
        REQUIRE(table.has_value());
        CHECK(table->rows.size() == rows.at(name));
        CHECK(table->header.front() == first);
        for (const auto& row : table->rows) CHECK(row.fields.size() == table->header.size());
    }
    const auto systems = test::read_text(dir / "tables" / "systems.csv");
    CHECK(systems.find("\"Décret n° 224/PM, «Стратегия», ສປປ ລາວ, \"\"quoted\"\", =1+1\"") != std::string::npos);
    CHECK(test::run_command("/usr/bin/python3 -c \"import sys; open(sys.argv[1], encoding='utf-8', errors='strict').read()\" " +
                            test::shell_quoted((dir / "tables" / "roadmap.csv").string())) == 0);
    CHECK_THROWS_AS(exports::write_csv_tables(a, dir / "tables" / "roadmap.csv" / "sub"), common::IoError);
}
