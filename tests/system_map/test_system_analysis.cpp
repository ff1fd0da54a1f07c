// Small maps whose every measure was worked out by hand (the working is in
// the comments), and the empty map.
#include <doctest/doctest.h>

#include "scoring/system_analysis.h"
#include "tests/system_map/map_builders.h"

using namespace socle;
using assessment::FlowMechanism;
using Ids = std::vector<std::string>;

namespace {

// crvs -> nid -> sr -> mis <-> pay, mis -> gr; wh has no flows.
assessment::SystemMap chain_with_cycle() {
    auto map = test::make_map({"crvs", "nid", "sr", "mis", "pay", "gr", "wh"},
                              {{"crvs", "nid"}, {"nid", "sr"}, {"sr", "mis"}, {"mis", "pay"}, {"pay", "mis"}, {"mis", "gr"}});
    const FlowMechanism mechanisms[] = {FlowMechanism::Manual, FlowMechanism::File, FlowMechanism::Database,
                                        FlowMechanism::Api, FlowMechanism::StandardApi, FlowMechanism::StandardApi};
    for (std::size_t i = 0; i < map.flows.size(); ++i) map.flows[i].mechanism = mechanisms[i];
    map.flows[0].agreement = false;
    map.flows[1].agreement = false;
    return map;
}

double betweenness_of(const scoring::SystemMapAnalysis& analysis, const std::string& id) {
    return analysis.find(id)->betweenness;
}

}  // namespace

TEST_CASE("systems analysis: a chain with a two-system cycle and a silo") {
    const auto analysis = scoring::analyse_system_map(chain_with_cycle());
    // Layers: crvs and the silo depend on nothing; mis and pay share one.
    CHECK(analysis.order == std::vector<Ids>{{"crvs", "wh"}, {"nid"}, {"sr"}, {"mis", "pay"}, {"gr"}});
    CHECK(analysis.cycles == std::vector<Ids>{{"mis", "pay"}});
    CHECK(analysis.find("pay")->cycle == 0);
    CHECK_FALSE(analysis.find("sr")->cycle.has_value());
    CHECK(analysis.silos == Ids{"wh"});

    CHECK(analysis.find("crvs")->downstream.first == Ids{"nid", "sr", "mis", "pay", "gr"});
    CHECK(analysis.find("mis")->downstream.first == Ids{"pay", "gr"});
    CHECK(analysis.find("pay")->downstream.first == Ids{"mis", "gr"});
    CHECK(analysis.find("gr")->downstream.empty());
    CHECK(analysis.find("gr")->upstream.first == Ids{"crvs", "nid", "sr", "mis", "pay"});
    CHECK(analysis.find("mis")->upstream.first == Ids{"crvs", "nid", "sr", "pay"});
    CHECK(analysis.find("crvs")->upstream.empty());
    CHECK(analysis.find("wh")->downstream.empty());
    CHECK(analysis.find("crvs")->downstream.count == 5);
    CHECK(analysis.find("mis")->upstream.count == 4);
    CHECK(scoring::reach_of(chain_with_cycle(), "pay", scoring::ReachDirection::Downstream) == Ids{"mis", "gr"});
    CHECK(scoring::reach_of(chain_with_cycle(), "pay", scoring::ReachDirection::Upstream) == Ids{"crvs", "nid", "sr", "mis"});
    CHECK(scoring::reach_of(chain_with_cycle(), "nobody", scoring::ReachDirection::Upstream).empty());

    // Ordered pairs through each system (n = 7, divided by 6 x 5 = 30):
    // nid: crvs to sr, mis, pay, gr = 4; sr: {crvs, nid} to {mis, pay, gr}
    // = 6; mis: {crvs, nid, sr} to {pay, gr} and pay to gr = 7; others 0.
    CHECK(betweenness_of(analysis, "nid") == doctest::Approx(4.0 / 30));
    CHECK(betweenness_of(analysis, "sr") == doctest::Approx(6.0 / 30));
    CHECK(betweenness_of(analysis, "mis") == doctest::Approx(7.0 / 30));
    CHECK(betweenness_of(analysis, "pay") == 0);
    REQUIRE(analysis.hubs.size() == 7);
    Ids hub_order;
    for (const auto& hub : analysis.hubs) hub_order.push_back(hub.id);
    CHECK(hub_order == Ids{"mis", "sr", "nid", "crvs", "pay", "gr", "wh"});

    // The undirected view is a tree: every inner system and every link is critical.
    CHECK(analysis.articulation_points == Ids{"nid", "sr", "mis"});
    CHECK(analysis.find("mis")->articulation_point);
    CHECK_FALSE(analysis.find("pay")->articulation_point);
    using Pair = std::pair<std::string, std::string>;
    CHECK(analysis.bridges ==
          std::vector<Pair>{{"crvs", "nid"}, {"nid", "sr"}, {"sr", "mis"}, {"mis", "pay"}, {"mis", "gr"}});

    // (0 + 25 + 25 + 75 + 100 + 100) / 6: the database link weighs as a file
    REQUIRE(analysis.interoperability_index.has_value());
    CHECK(*analysis.interoperability_index == doctest::Approx(325.0 / 6));
    REQUIRE(analysis.by_mechanism.size() == 5);
    CHECK(analysis.by_mechanism[0].mechanism == FlowMechanism::Manual);
    CHECK(analysis.by_mechanism[0].flows == 1);
    CHECK(analysis.by_mechanism[0].share == doctest::Approx(1.0 / 6));
    CHECK(analysis.by_mechanism[4].mechanism == FlowMechanism::StandardApi);
    CHECK(analysis.by_mechanism[4].flows == 2);
    CHECK(analysis.by_mechanism[4].share == doctest::Approx(2.0 / 6));
    CHECK(analysis.flows_without_agreement == std::vector<std::size_t>{0, 1});
    CHECK(analysis.find("mis")->inputs == 2);
    CHECK(analysis.find("mis")->outputs == 2);
}

TEST_CASE("systems analysis: a three-system cycle with a tail") {
    // a -> b -> c -> a, c -> d. Shortest paths through a: c to b; through b:
    // a to c, a to d; through c: b to a, b to d, a to d (n = 4, divided by 6).
    const auto analysis = scoring::analyse_system_map(
        test::make_map({"a", "b", "c", "d"}, {{"a", "b"}, {"b", "c"}, {"c", "a"}, {"c", "d"}}));
    CHECK(analysis.order == std::vector<Ids>{{"a", "b", "c"}, {"d"}});
    CHECK(analysis.cycles == std::vector<Ids>{{"a", "b", "c"}});
    CHECK(betweenness_of(analysis, "a") == doctest::Approx(1.0 / 6));
    CHECK(betweenness_of(analysis, "b") == doctest::Approx(2.0 / 6));
    CHECK(betweenness_of(analysis, "c") == doctest::Approx(3.0 / 6));
    CHECK(betweenness_of(analysis, "d") == 0);
    CHECK(analysis.articulation_points == Ids{"c"});
    CHECK(analysis.bridges == std::vector<std::pair<std::string, std::string>>{{"c", "d"}});
    CHECK(analysis.find("b")->downstream.first == Ids{"a", "c", "d"});
    CHECK(analysis.find("d")->upstream.first == Ids{"a", "b", "c"});
    CHECK(analysis.silos.empty());
}

TEST_CASE("systems analysis: two shortest paths share the credit, and a square has no single point of failure") {
    // a -> b -> d and a -> c -> d: b and c each carry half of a to d.
    const auto analysis = scoring::analyse_system_map(
        test::make_map({"a", "b", "c", "d"}, {{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}}));
    CHECK(analysis.order == std::vector<Ids>{{"a"}, {"b", "c"}, {"d"}});
    CHECK(analysis.cycles.empty());
    CHECK(betweenness_of(analysis, "b") == doctest::Approx(0.5 / 6));
    CHECK(betweenness_of(analysis, "c") == doctest::Approx(0.5 / 6));
    CHECK(betweenness_of(analysis, "a") == 0);
    CHECK(analysis.articulation_points.empty());
    CHECK(analysis.bridges.empty());
    CHECK(analysis.find("a")->downstream.first == Ids{"b", "c", "d"});
}

TEST_CASE("systems analysis: parallel and opposite flows are one link in the graph, each counts in the shares") {
    auto map = test::make_map({"a", "b"}, {{"a", "b"}, {"a", "b"}, {"b", "a"}});
    map.flows[0].mechanism = FlowMechanism::Manual;
    map.flows[1].mechanism = FlowMechanism::Manual;
    map.flows[2].mechanism = FlowMechanism::StandardApi;
    map.flows[2].agreement = false;
    const auto analysis = scoring::analyse_system_map(map);
    CHECK(analysis.order == std::vector<Ids>{{"a", "b"}});
    CHECK(analysis.cycles == std::vector<Ids>{{"a", "b"}});
    CHECK(analysis.articulation_points.empty());  // two systems: nothing to split
    CHECK(analysis.bridges == std::vector<std::pair<std::string, std::string>>{{"a", "b"}});
    CHECK(analysis.by_mechanism[0].flows == 2);
    CHECK(*analysis.interoperability_index == doctest::Approx(100.0 / 3));
    CHECK(analysis.flows_without_agreement == std::vector<std::size_t>{2});
    CHECK(analysis.find("a")->outputs == 2);
}

TEST_CASE("systems analysis: an empty map and a map of silos") {
    const auto empty = scoring::analyse_system_map({});
    CHECK(empty.order.empty());
    CHECK(empty.hubs.empty());
    CHECK_FALSE(empty.interoperability_index.has_value());
    CHECK(empty.by_mechanism.size() == 5);
    CHECK(empty.by_mechanism[2].share == 0);

    const auto silos = scoring::analyse_system_map(test::make_map({"x", "y"}, {}));
    CHECK(silos.order == std::vector<Ids>{{"x", "y"}});
    CHECK(silos.silos == Ids{"x", "y"});
    CHECK(silos.hubs.size() == 2);
    CHECK(silos.hubs[0].betweenness == 0);
    CHECK_FALSE(silos.interoperability_index.has_value());
}

TEST_CASE("systems analysis: mechanism weights run from manual to standards-based APIs") {
    CHECK(scoring::mechanism_weight(FlowMechanism::Manual) == 0);
    CHECK(scoring::mechanism_weight(FlowMechanism::File) == 25);
    CHECK(scoring::mechanism_weight(FlowMechanism::Database) == 25);
    // Never above a file transfer (D6.2: a database link adds lock-in and security risk).
    CHECK(scoring::mechanism_weight(FlowMechanism::Database) <= scoring::mechanism_weight(FlowMechanism::File));
    CHECK(scoring::mechanism_weight(FlowMechanism::Api) == 75);
    CHECK(scoring::mechanism_weight(FlowMechanism::StandardApi) == 100);
}

TEST_CASE("systems analysis: a long chain keeps the exact count and only the first names") {
    // s0 -> s1 -> ... -> s59: s0's outage reaches 59 systems, s59 depends on 59.
    std::vector<std::string> ids;
    std::vector<std::pair<std::string, std::string>> flows;
    for (int i = 0; i < 60; ++i) ids.push_back("s" + std::to_string(i));
    for (int i = 0; i + 1 < 60; ++i) flows.emplace_back(ids[i], ids[i + 1]);
    const auto map = test::make_map(ids, flows);
    const auto analysis = scoring::analyse_system_map(map);
    const auto& first = *analysis.find("s0");
    CHECK(first.downstream.count == 59);
    REQUIRE(first.downstream.first.size() == scoring::kReachNamesKept);
    CHECK(first.downstream.first == Ids(ids.begin() + 1, ids.begin() + 1 + scoring::kReachNamesKept));
    const auto& last = *analysis.find("s59");
    CHECK(last.upstream.count == 59);
    CHECK(last.upstream.first == Ids(ids.begin(), ids.begin() + scoring::kReachNamesKept));
    CHECK(scoring::reach_of(map, "s0", scoring::ReachDirection::Downstream) == Ids(ids.begin() + 1, ids.end()));
    // Half way: 29 below and 30 above.
    CHECK(analysis.find("s30")->downstream.count == 29);
    CHECK(analysis.find("s30")->upstream.count == 30);
}
