#include <doctest/doctest.h>

#include "assessment/assessment_io.h"
#include "assessment/system_csv.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"
#include "tests/system_map/map_builders.h"

using namespace socle;
using assessment::FlowMechanism;
using assessment::SystemStatus;
using frameworks::SystemCategory;

namespace {

std::string data(const std::string& name) { return test::read_text(test::data_path("system_map/" + name)); }

std::vector<std::tuple<std::string, int, int, std::string>> problems(const common::Diagnostics& diagnostics) {
    std::vector<std::tuple<std::string, int, int, std::string>> out;
    for (const auto& d : diagnostics.items()) out.emplace_back(d.file, d.line, d.column, d.message);
    return out;
}

}  // namespace

TEST_CASE("systems csv: systems and flows are read from CSV with quotes, a BOM, CRLF and defaults") {
    common::Diagnostics diagnostics;
    const auto map = assessment::read_system_map_csv(data("good-systems.csv"), "systems.csv", data("good-flows.csv"),
                                                     "flows.csv", 5, diagnostics);
    for (const auto& item : diagnostics.items()) INFO(common::format_diagnostic(item));
    REQUIRE(map.has_value());
    REQUIRE(map->systems.size() == 5);
    const auto& sr = map->systems[1];
    CHECK(sr.id == "sr");
    CHECK(sr.name == "Social registry, national");
    CHECK(sr.category == SystemCategory::SocialRegistry);
    CHECK(sr.status == SystemStatus::Pilot);  // keys are case-insensitive
    CHECK(sr.maturity == 1);
    CHECK(sr.notes == "Notes with \"quotes\"\r\nand a second line");
    const auto& mis = map->systems[2];
    CHECK(mis.status == SystemStatus::Operational);  // the default
    CHECK_FALSE(mis.maturity.has_value());
    CHECK(mis.hosting == "Cloud");
    CHECK(map->systems[3].status == SystemStatus::Planned);
    CHECK(map->systems[4].status == SystemStatus::Retiring);

    REQUIRE(map->flows.size() == 4);
    CHECK(map->flows[0].from == "crvs");
    CHECK(map->flows[0].to == "sr");
    CHECK(map->flows[0].mechanism == FlowMechanism::Manual);
    CHECK_FALSE(map->flows[0].agreement);
    CHECK(map->flows[0].notes == "Paper lists");
    CHECK(map->flows[1].data == "Eligible households, with scores");
    CHECK(map->flows[1].mechanism == FlowMechanism::StandardApi);
    CHECK(map->flows[1].agreement);
    CHECK(map->flows[2].mechanism == FlowMechanism::File);
    CHECK(map->flows[2].agreement);
    CHECK(map->flows[3].mechanism == FlowMechanism::Database);
    CHECK_FALSE(map->flows[3].agreement);  // empty means no
}

TEST_CASE("systems csv: every bad row of both files is reported with its line and column, and nothing is read") {
    common::Diagnostics diagnostics;
    CHECK_FALSE(assessment::read_system_map_csv(data("bad-systems.csv"), "s.csv", data("bad-flows.csv"), "f.csv", 3,
                                                diagnostics));
    const auto got = problems(diagnostics);
    REQUIRE(got.size() == 11);
    auto at = [&](std::size_t i, const std::string& file, int line, int column, const std::string& start) {
        CAPTURE(i);
        CHECK(std::get<0>(got[i]) == file);
        CHECK(std::get<1>(got[i]) == line);
        CHECK(std::get<2>(got[i]) == column);
        CHECK(std::get<3>(got[i]).rfind(start, 0) == 0);
    };
    at(0, "s.csv", 3, 1, "system id 'crvs' is used twice");
    at(1, "s.csv", 4, 1, "system id 'bad id' must be letters");
    at(2, "s.csv", 5, 2, "the system 'sr' has no name");
    at(3, "s.csv", 6, 3, "unknown category 'programme_mgmt'; use one of: civil_registration, national_id");
    at(4, "s.csv", 7, 4, "unknown status 'running'");
    at(5, "s.csv", 8, 5, "maturity '9' is not a level from 1 to 3");
    // Flows to systems of rows that had other problems are not reported again.
    at(6, "f.csv", 3, 2, "unknown system 'ghost'");
    at(7, "f.csv", 4, 2, "the flow runs from 'crvs' to itself");
    at(8, "f.csv", 5, 3, "unknown mechanism 'email'");
    at(9, "f.csv", 6, 1, "the 'from' system is empty");
    at(10, "f.csv", 6, 4, "agreement must be yes or no, not 'maybe'");
}

TEST_CASE("systems csv: a flow naming a system that is not in the systems file is refused") {
    common::Diagnostics diagnostics;
    const std::string systems = "id,name,category\na,A,tax\nb,B,gis\n";
    const std::string flows = "from,to,mechanism\na,b,api\nb,c,api\n";
    CHECK_FALSE(assessment::read_system_map_csv(systems, "s.csv", flows, "f.csv", 5, diagnostics));
    const auto got = problems(diagnostics);
    REQUIRE(got.size() == 1);
    CHECK(std::get<1>(got[0]) == 3);
    CHECK(std::get<3>(got[0]).find("unknown system 'c'") == 0);
}

TEST_CASE("systems csv: headers must have the required columns and no unknown one") {
    common::Diagnostics diagnostics;
    CHECK_FALSE(assessment::read_system_map_csv(data("extra-column.csv"), "s.csv", "from,to\n", "f.csv", 5,
                                                diagnostics));
    const auto got = problems(diagnostics);
    REQUIRE(got.size() == 3);
    CHECK(std::get<3>(got[0]) == "the header has no 'category' column");
    CHECK(std::get<3>(got[1]).find("unknown column 'kind'") == 0);
    CHECK(std::get<2>(got[1]) == 3);
    CHECK(std::get<0>(got[2]) == "f.csv");
    CHECK(std::get<3>(got[2]) == "the header has no 'mechanism' column");
}

TEST_CASE("systems csv: an import is one edit: undo gives back the old map, links to indicators are kept") {
    auto a = test::assessment_fixture("valid-minimal.xml", 1);
    a.systems.systems.push_back(test::make_system("sr", "Old registry"));
    a.systems.systems.back().linked_indicators = {"A.1"};
    a.systems.systems.push_back(test::make_system("gone"));
    const auto before = a.systems;
    assessment::EditHistory history(a);
    common::Diagnostics diagnostics;
    auto imported = assessment::import_system_map_csv(history.current(), data("good-systems.csv"), "systems.csv",
                                                      data("good-flows.csv"), "flows.csv", diagnostics);
    REQUIRE(imported.has_value());
    CHECK(imported->systems == 5);
    CHECK(imported->flows == 4);
    history.apply(std::move(imported->edit));
    const auto& map = history.current().systems;
    CHECK(map.systems.size() == 5);
    CHECK(map.find("gone") == nullptr);
    CHECK(map.find("sr")->name == "Social registry, national");
    CHECK(map.find("sr")->linked_indicators == std::vector<std::string>{"A.1"});
    history.undo();
    CHECK(history.current().systems == before);
    history.redo();
    CHECK(history.current().systems.flows.size() == 4);
}

TEST_CASE("systems csv: a failed import leaves the assessment as it was") {
    const auto a = test::assessment_fixture("valid-minimal.xml", 1);
    common::Diagnostics diagnostics;
    CHECK_FALSE(assessment::import_system_map_csv(a, data("good-systems.csv"), "s.csv", data("bad-flows.csv"), "f.csv",
                                                  diagnostics));
    CHECK(diagnostics.has_errors());
    CHECK(a.systems.systems.empty());
}

TEST_CASE("systems csv: exported CSV reads back to the same map, and the map survives a .socle round trip") {
    auto a = test::assessment_fixture("valid-minimal.xml", 1);
    common::Diagnostics diagnostics;
    auto imported = assessment::import_system_map_csv(a, data("good-systems.csv"), "s.csv", data("good-flows.csv"),
                                                      "f.csv", diagnostics);
    REQUIRE(imported.has_value());
    imported->edit.apply(a);
    const auto systems = assessment::systems_csv(a.systems);
    const auto flows = assessment::flows_csv(a.systems);
    CHECK(systems.rfind("id,name,category,owner,status,hosting,maturity,notes\n", 0) == 0);
    CHECK(flows.rfind("from,to,data,mechanism,frequency,agreement,notes\n", 0) == 0);
    CHECK(flows.find("mis,pay,Payroll,file,monthly,yes,\n") != std::string::npos);
    const auto again = assessment::read_system_map_csv(systems, "s.csv", flows, "f.csv", 3, diagnostics);
    REQUIRE(again.has_value());
    // The CSV has no flow ids; the ids an import gives depend on the flows alone.
    auto with_ids = *again;
    assessment::assign_fresh_flow_ids(with_ids);
    CHECK(with_ids == a.systems);

    const auto loaded = assessment::read_assessment(assessment::write_assessment(a), "a.socle");
    REQUIRE(loaded.assessment.has_value());
    CHECK(loaded.assessment->systems == a.systems);
}
