// The DOT map: its content, and Graphviz's own parser as the judge of syntax.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>

#include "exports/dot_export.h"
#include "tests/support/test_support.h"
#include "tests/system_map/map_builders.h"

using namespace socle;
using assessment::FlowMechanism;
using frameworks::SystemCategory;

namespace {

assessment::SystemMap sample_map() {
    assessment::SystemMap map;
    map.systems = {test::make_system("crvs", "Civil \"CRVS\" register\\archive", SystemCategory::CivilRegistration),
                   test::make_system("sr", "Social registry", SystemCategory::SocialRegistry),
                   test::make_system("mis", "Cash transfer MIS", SystemCategory::ProgrammeMis),
                   test::make_system("pay", "Payments <& co>", SystemCategory::PaymentPlatform),
                   test::make_system("wh", "Warehouse", SystemCategory::DataWarehouse)};
    map.flows = {test::make_flow("crvs", "sr", FlowMechanism::Manual, false),
                 test::make_flow("sr", "mis", FlowMechanism::StandardApi),
                 test::make_flow("mis", "pay", FlowMechanism::File),
                 test::make_flow("pay", "mis", FlowMechanism::Api)};
    map.flows[0].data = "Births\nand deaths";
    return map;
}

std::string dot_of(const assessment::SystemMap& map) {
    exports::DotOptions options;
    options.title = "Lao \"PDR\" map";
    return exports::system_map_dot(map, scoring::analyse_system_map(map), options);
}

std::string run(const std::string& command) {
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
        if (::pclose(pipe) != 0) out = "FAILED: " + out;
    }
    return out;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("systems dot: layers are ranks left to right, colours follow categories, styles follow mechanisms") {
    const auto dot = dot_of(sample_map());
    CHECK(dot.rfind("digraph system_map {\n", 0) == 0);
    CHECK(dot.find("rankdir=LR") != std::string::npos);
    // Layers: crvs and wh | sr | mis, pay (a cycle shares a rank).
    CHECK(dot.find("{ rank=same; \"crvs\"; \"wh\"; }") != std::string::npos);
    CHECK(dot.find("{ rank=same; \"sr\"; }") != std::string::npos);
    CHECK(dot.find("{ rank=same; \"mis\"; \"pay\"; }") != std::string::npos);
    CHECK(dot.find("\"sr\" [label=\"Social registry\\n(sr)\", fillcolor=\"" +
                   frameworks::category_fill(SystemCategory::SocialRegistry).hex() + "\"") != std::string::npos);
    CHECK(frameworks::category_fill(SystemCategory::SocialRegistry) != frameworks::category_fill(SystemCategory::Tax));
    CHECK(dot.find("\"crvs\" -> \"sr\" [style=dotted") != std::string::npos);
    CHECK(dot.find("\"mis\" -> \"pay\" [style=dashed") != std::string::npos);
    CHECK(dot.find("\"sr\" -> \"mis\" [style=solid, color=\"#1e8449\", penwidth=3.0") != std::string::npos);
    CHECK(count(dot, "arrowhead=empty") == 1);  // the one flow without an agreement
    const std::string warehouse = "\"wh\" [label=\"Warehouse\\n(wh)\", fillcolor=\"" +
                                  frameworks::category_fill(SystemCategory::DataWarehouse).hex() + "\", color=\"" +
                                  frameworks::category_colour(SystemCategory::DataWarehouse).hex() +
                                  "\", style=\"rounded,filled,dashed\"";
    CHECK(dot.find(warehouse) != std::string::npos);  // a silo, in the screen's colours
    CHECK(dot.find("Civil \\\"CRVS\\\" register\\\\archive") != std::string::npos);
    CHECK(dot.find("Births\\nand deaths") != std::string::npos);
    CHECK(dot.find("Lao &quot;PDR&quot; map") != std::string::npos);  // the title in the HTML label
    // sr and mis join the rest of the map: double border.
    CHECK(count(dot, "peripheries=2") == 2);
}

TEST_CASE("systems dot: Graphviz parses and renders the map") {
#if defined(_WIN32)
    // Under Wine, /usr/bin/dot is a Linux program: the Linux build checks it.
    MESSAGE("Graphviz is run by the Linux build of this test");
    return;
#endif
    if (!std::filesystem::exists("/usr/bin/dot")) {
        MESSAGE("Graphviz is not installed; scripts/lib/common.sh installs it");
        return;
    }
    test::ScratchDir dir;
    test::write_text(dir / "map.dot", dot_of(sample_map()));
    const auto svg = run("/usr/bin/dot -Tsvg '" + (dir / "map.dot").string() + "' 2>&1");
    REQUIRE(svg.rfind("FAILED", 0) != 0);
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(count(svg, "class=\"node\"") == 5);
    CHECK(count(svg, "class=\"edge\"") == 4);
    CHECK(svg.find("Warning") == std::string::npos);
    CHECK(svg.find("Payments &lt;&amp; co&gt;") != std::string::npos);
    // An empty map is still a valid graph.
    test::write_text(dir / "empty.dot", exports::system_map_dot({}, scoring::analyse_system_map({})));
    CHECK(run("/usr/bin/dot -Tsvg '" + (dir / "empty.dot").string() + "' 2>&1").find("<svg") != std::string::npos);
}

TEST_CASE("one palette: every category has its own colour, and its fill is that colour 84 % towards white") {
    std::set<std::string> colours;
    for (const auto category : frameworks::all_categories()) {
        colours.insert(frameworks::category_colour(category).hex());
        const auto strong = frameworks::category_colour(category);
        const auto fill = frameworks::category_fill(category);
        CHECK(std::abs((strong.r * 0.16 + 255 * 0.84) - fill.r) <= 0.5);
        CHECK(std::abs((strong.b * 0.16 + 255 * 0.84) - fill.b) <= 0.5);
    }
    CHECK(colours.size() == frameworks::all_categories().size());
    CHECK(frameworks::category_colour(SystemCategory::Other).hex() == "#757575");
    CHECK(frameworks::category_fill(SystemCategory::Other).hex() == "#e9e9e9");
}
