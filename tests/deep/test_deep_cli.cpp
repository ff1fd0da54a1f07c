// socle-cli on inputs as deep as a crafted file can make them, with its
// stack limited to 1 MB (Windows' default), as a user or a script runs it.
#include <doctest/doctest.h>

#include "assessment/assessment_io.h"
#include "common/path_text.h"
#include "frameworks/framework_loader.h"
#include "tests/deep/deep_inputs.h"
#include "tests/support/test_support.h"

using namespace socle;

namespace {

constexpr int kStackKib = 1024;
constexpr int kChain = 100000;

test::ProcessResult cli(const std::vector<std::string>& args) {
    auto result = test::run_cli_with_stack_limit(kStackKib, args);
    INFO("socle-cli ", args.front(), " said: ", result.err);
    CHECK(result.exit_code == 0);
    return result;
}

}  // namespace

TEST_CASE("socle-cli validate, new, score, roadmap and compare a 100,000-long prerequisite chain with a 1 MB stack") {
    test::ScratchDir dir;
    const auto framework_file = dir / "chain.xml";
    test::write_text(framework_file, test::prerequisite_chain_xml(kChain));
    const auto validated = cli({"validate", common::path_to_utf8(framework_file)});
    CHECK(validated.out.find("100000 indicators") != std::string::npos);

    std::filesystem::create_directories(dir / "peers");
    const auto a = dir / "peers" / "a.socle";
    cli({"new", "--framework", common::path_to_utf8(framework_file), "-o", common::path_to_utf8(a), "--country", "A"});
    // Every indicator agreed at 1, so that the roadmap plans the whole chain.
    auto loaded = assessment::load_assessment_file(a);
    REQUIRE(loaded.ok());
    for (const auto& domain : loaded.assessment->framework().domains)
        for (const auto& indicator : domain.indicators)
            loaded.assessment->responses[indicator.id].agreed = assessment::Vote::at(1);
    assessment::save_assessment_file(*loaded.assessment, a);
    loaded.assessment->metadata.country = "B";
    assessment::save_assessment_file(*loaded.assessment, dir / "peers" / "b.socle");

    const auto scored = cli({"score", common::path_to_utf8(a), "--format", "csv"});
    CHECK(test::lines_of(scored.out).size() > static_cast<std::size_t>(kChain));
    const auto planned = cli({"roadmap", common::path_to_utf8(a), "--format", "csv"});
    CHECK(test::lines_of(planned.out).size() > 2 * static_cast<std::size_t>(kChain));
    const auto compared = cli({"compare", common::path_to_utf8(dir / "peers"), "--format", "json"});
    CHECK(compared.out.find("\"C.99999\"") != std::string::npos);
}

TEST_CASE("socle-cli analyses, draws and exports a 2,000-long flow chain with a 1 MB stack") {
    test::ScratchDir dir;
    auto loaded = frameworks::load_framework(test::prerequisite_chain_xml(3), "small.xml");
    REQUIRE(loaded.ok());
    auto assessment = test::chain_assessment(std::make_shared<const frameworks::Framework>(std::move(*loaded.framework)));
    assessment.systems = test::flow_chain(2000);
    const auto file = dir / "map.socle";
    assessment::save_assessment_file(assessment, file);
    const auto analysed = cli({"systems", common::path_to_utf8(file), "--format", "json"});
    CHECK(analysed.out.find("\"s1999\"") != std::string::npos);
    cli({"systems", common::path_to_utf8(file), "--dot", common::path_to_utf8(dir / "map.dot")});
    CHECK(test::read_text(dir / "map.dot").find("\"s1998\" -> \"s1999\"") != std::string::npos);
    cli({"export", common::path_to_utf8(file), "-o", common::path_to_utf8(dir / "map.xlsx")});
    CHECK(test::read_text(dir / "map.xlsx").rfind("PK", 0) == 0);
}
