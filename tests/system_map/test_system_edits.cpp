#include <doctest/doctest.h>

#include "assessment/edits.h"
#include "common/error.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/system_map/map_builders.h"

using namespace socle;
using assessment::DataFlow;
using assessment::FlowMechanism;
using assessment::InformationSystem;
namespace edits = assessment::edits;

namespace {

assessment::Assessment with_map() {
    auto a = test::assessment_fixture("valid-minimal.xml", 1);
    a.systems.systems = {test::make_system("a"), test::make_system("b"), test::make_system("c")};
    a.systems.flows = {test::make_flow("a", "b", FlowMechanism::Api), test::make_flow("b", "c", FlowMechanism::File),
                       test::make_flow("c", "a", FlowMechanism::Manual)};
    return a;
}

}  // namespace

TEST_CASE("systems edits: system edits go through the history and undo exactly") {
    assessment::EditHistory history(with_map());
    const auto original = history.current().systems;

    history.apply(edits::add_system(history.current(), test::make_system("d", "D")));
    CHECK(history.current().systems.systems.size() == 4);
    CHECK(history.undo_description() == "add system d");

    InformationSystem renamed = *history.current().systems.find("b");
    renamed.id = "b2";
    renamed.owner = "Ministry";
    history.apply(edits::update_system(history.current(), "b", renamed));
    const auto& map = history.current().systems;
    CHECK(map.find("b") == nullptr);
    CHECK(map.find("b2")->owner == "Ministry");
    CHECK(map.flows[0].to == "b2");  // flows follow a renamed system
    CHECK(map.flows[1].from == "b2");

    history.apply(edits::remove_system(history.current(), "c"));
    CHECK(history.current().systems.systems.size() == 3);
    REQUIRE(history.current().systems.flows.size() == 1);  // b->c and c->a went with c
    CHECK(history.current().systems.flows[0].from == "a");

    history.undo();
    CHECK(history.current().systems.flows.size() == 3);
    history.undo();
    history.undo();
    CHECK(history.current().systems == original);
    history.redo();
    history.redo();
    history.redo();
    CHECK(history.current().systems.systems.size() == 3);
    CHECK(history.current().systems.find("d") != nullptr);
}

TEST_CASE("systems edits: flow edits address flows by index and undo exactly") {
    assessment::EditHistory history(with_map());
    const auto original = history.current().systems;
    history.apply(edits::add_flow(history.current(), test::make_flow("a", "c", FlowMechanism::StandardApi)));
    CHECK(history.current().systems.flows.size() == 4);
    DataFlow changed = history.current().systems.flows[1];
    changed.agreement = true;
    changed.data = "Payroll";
    history.apply(edits::update_flow(history.current(), 1, changed));
    CHECK(history.current().systems.flows[1].agreement);
    history.apply(edits::remove_flow(history.current(), 0));
    CHECK(history.undo_description() == "remove flow a -> b");
    CHECK(history.current().systems.flows.front().data == "Payroll");
    history.undo();
    history.undo();
    history.undo();
    CHECK(history.current().systems == original);
    CHECK(history.is_modified() == false);
}

TEST_CASE("systems edits: system-map edits refuse what would break the map") {
    const auto a = with_map();
    CHECK_THROWS_AS(edits::add_system(a, test::make_system("a", "Again")), common::LogicError);
    CHECK_THROWS_AS(edits::add_system(a, test::make_system("has space", "X")), common::LogicError);
    CHECK_THROWS_AS(edits::update_system(a, "zz", test::make_system("zz")), common::LogicError);
    CHECK_THROWS_AS(edits::update_system(a, "a", test::make_system("b")), common::LogicError);
    CHECK_THROWS_AS(edits::remove_system(a, "zz"), common::LogicError);
    CHECK_THROWS_AS(edits::add_flow(a, test::make_flow("a", "zz")), common::LogicError);
    CHECK_THROWS_AS(edits::add_flow(a, test::make_flow("a", "a")), common::LogicError);
    CHECK_THROWS_AS(edits::update_flow(a, 3, test::make_flow("a", "b")), common::LogicError);
    CHECK_THROWS_AS(edits::remove_flow(a, 7), common::LogicError);
}
