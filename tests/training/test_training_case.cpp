// Training cases (issue 21): the loader's errors with their lines, the check
// against the framework, the team's fresh assessment, the check against the
// key, and the built-in cases themselves.
#include <doctest/doctest.h>

#include <memory>
#include <utility>

#include "assessment/training_assessment.h"
#include "frameworks/framework_catalog.h"
#include "frameworks/training_case_loader.h"
#include "frameworks/training_catalog.h"
#include "scoring/training_check.h"
#include "tests/support/test_support.h"

using namespace socle;
using frameworks::TrainingCase;
using socle::test::data_path;

namespace {

// Each error as (line, message), in the order reported.
std::vector<std::pair<int, std::string>> error_lines(const common::Diagnostics& diagnostics) {
    std::vector<std::pair<int, std::string>> out;
    for (const auto& item : diagnostics.items())
        if (item.severity == common::Severity::Error) out.emplace_back(item.line, item.message);
    return out;
}

bool mentions(const std::pair<int, std::string>& error, int line, const std::string& fragment) {
    return error.first == line && error.second.find(fragment) != std::string::npos;
}

std::shared_ptr<const frameworks::Framework> builtin(const std::string& id, const std::string& version) {
    static const auto catalog = frameworks::FrameworkCatalog::builtin_only();
    const auto* framework = catalog.find(id, version);
    REQUIRE(framework != nullptr);
    return std::make_shared<const frameworks::Framework>(*framework);
}

TrainingCase load_small() {
    auto loaded = frameworks::load_training_case_file(data_path("training/small-valid.xml"));
    REQUIRE(loaded.ok());
    return std::move(*loaded.training_case);
}

}  // namespace

TEST_CASE("training: a small hand-made case loads with its map, evidence and key") {
    const auto item = load_small();
    CHECK(item.id == "small-valid");
    CHECK(item.framework == "sp-quick-scan");
    CHECK(*item.profile.find("en") == "First paragraph, on two lines.\n\nSecond paragraph.");
    REQUIRE(item.answers.size() == 1);
    CHECK(item.answers[0].question == "has_contributory");
    REQUIRE(item.systems.size() == 2);
    CHECK(item.systems[0].status == "pilot");
    CHECK(item.systems[1].status == "operational");  // the default
    REQUIRE(item.flows.size() == 1);
    CHECK(item.flows[0].agreement);
    REQUIRE(item.indicators.size() == 2);
    const auto& first = item.indicators[0];
    REQUIRE(first.documents.size() == 2);
    CHECK(*first.documents[1].label.find("en") == "Order");
    CHECK(*first.interviews[0].label.find("en") == "Director");
    CHECK(first.key_level == 2);
    CHECK(item.indicators[1].key_level == 3);
}

TEST_CASE("training: the loader reports every broken reference and key with its line") {
    const auto loaded = frameworks::load_training_case_file(data_path("training/broken-refs.xml"));
    CHECK_FALSE(loaded.ok());
    const auto errors = error_lines(loaded.diagnostics);
    REQUIRE(errors.size() == 9);
    CHECK(mentions(errors[0], 13, "owner 'nobody' is no <institution>"));
    CHECK(mentions(errors[1], 16, "category 'not_a_category'"));
    CHECK(mentions(errors[2], 19, "names 'ghost'"));
    CHECK(mentions(errors[3], 19, "agreement=\"maybe\""));
    CHECK(mentions(errors[4], 26, "key level=\"7\" must be a whole number from 1 to 5"));
    CHECK(mentions(errors[5], 31, "duplicate indicator id 'Q1.1'"));
    CHECK(mentions(errors[6], 31, "has no <key>"));
    CHECK(mentions(errors[7], 35, "has no <document>"));
    CHECK(mentions(errors[8], 37, "has no <decisive>"));
    for (const auto& item : loaded.diagnostics.items()) CHECK(item.file.find("broken-refs.xml") != std::string::npos);
}

TEST_CASE("training: a file that is not a case, or not XML, is refused with its line") {
    const auto other = frameworks::load_training_case("<practices/>", "other.xml");
    REQUIRE(error_lines(other.diagnostics).size() == 1);
    CHECK(mentions(error_lines(other.diagnostics)[0], 1, "starts with <training-case>"));
    const auto broken = frameworks::load_training_case("<training-case>\n<title>\n</training-case>", "cut.xml");
    CHECK_FALSE(broken.ok());
    REQUIRE(error_lines(broken.diagnostics).size() == 1);
    CHECK(error_lines(broken.diagnostics)[0].first == 3);
}

TEST_CASE("training: ids, levels and profile answers are checked against the framework") {
    const auto loaded = frameworks::load_training_case_file(data_path("training/wrong-ids.xml"));
    REQUIRE(loaded.ok());
    const auto framework = builtin("sp-quick-scan", "2.0.0");
    const auto errors = error_lines(frameworks::check_training_case(*loaded.training_case, *framework));
    // Q9.9 unknown, the 16 real ones missing, two bad answers.
    REQUIRE(errors.size() == 1 + 16 + 2);
    CHECK(mentions(errors[0], 11, "'Q9.9' is not an indicator of the framework"));
    CHECK(mentions(errors[1], 0, "indicator 'Q1.1' of sp-quick-scan has no <indicator>"));
    CHECK(mentions(errors[17], 8, "question 'no_such_question'"));
    CHECK(mentions(errors[18], 9, "'perhaps' is not an answer of question 'has_contributory'"));

    const auto other_version = builtin("sp-dmf", "2.0.0");
    const auto mismatch = error_lines(frameworks::check_training_case(*loaded.training_case, *other_version));
    REQUIRE(mismatch.size() == 1);
    CHECK(mismatch[0].second.find("is for sp-quick-scan 2.0.0, not sp-dmf 2.0.0") != std::string::npos);
}

TEST_CASE("training: the built-in cases load and match their frameworks") {
    const auto& cases = frameworks::training_catalog();
    REQUIRE(cases.size() == 2);
    CHECK(cases[0].id == "veridia-quick-scan");
    CHECK(cases[1].id == "veridia-sp-dmf");
    CHECK(cases[0].indicators.size() == 16);
    CHECK(cases[1].indicators.size() == 64);
    for (const auto& item : cases) {
        CAPTURE(item.id);
        const auto framework = builtin(item.framework, item.framework_version);
        CHECK(error_lines(frameworks::check_training_case(item, *framework)).empty());
        CHECK(assessment::new_training_assessment(item, framework, "ru").ok());
        for (const auto& lang : {"en", "fr", "ru"}) CHECK(item.title.has(lang));
    }
    CHECK(frameworks::find_training_case("veridia-sp-dmf") == &cases[1]);
    CHECK(frameworks::find_training_case("atlantis") == nullptr);
}

TEST_CASE("training: a team's fresh assessment carries the case's country and map, nothing rated") {
    const auto item = load_small();
    const auto made = assessment::new_training_assessment(item, builtin("sp-quick-scan", "2.0.0"), "en");
    REQUIRE(made.ok());
    const auto& team = *made.assessment;
    CHECK(team.metadata.country == "Testland (fictional)");
    CHECK(team.metadata.round == "training");
    CHECK(team.metadata.language == "en");
    CHECK(team.metadata.institutions == std::vector<std::string>{"Ministry", "Fund"});
    CHECK(assessment::training_case_named_in(team.metadata) == "small-valid");
    CHECK(team.profile.at("has_contributory") == "yes");
    CHECK(team.participants.empty());
    CHECK(team.responses.empty());
    REQUIRE(team.systems.systems.size() == 2);
    CHECK(team.systems.systems[0].owner == "Ministry");  // the name, not the case's id
    CHECK(team.systems.systems[0].status == assessment::SystemStatus::Pilot);
    CHECK(team.systems.systems[0].notes == "Two provinces.");
    REQUIRE(team.systems.flows.size() == 1);
    const auto& flow = team.systems.flows[0];
    CHECK(flow.mechanism == assessment::FlowMechanism::File);
    CHECK(flow.frequency == "monthly");
    CHECK(flow.agreement);
    CHECK_FALSE(flow.id.empty());
}

TEST_CASE("training: a status or mechanism the assessment format lacks is an error at its line") {
    const auto loaded = frameworks::load_training_case_file(data_path("training/bad-keys.xml"));
    REQUIRE(loaded.ok());
    const auto made =
        assessment::new_training_assessment(*loaded.training_case, builtin("sp-quick-scan", "2.0.0"), "en");
    CHECK_FALSE(made.ok());
    const auto errors = error_lines(made.diagnostics);
    REQUIRE(errors.size() == 2);
    CHECK(mentions(errors[0], 13, "status 'dreamt'"));
    CHECK(mentions(errors[1], 16, "mechanism 'pigeon'"));
}

TEST_CASE("training: the team's levels against the key, per indicator, domain and overall") {
    const auto item = load_small();
    const auto framework = builtin("sp-quick-scan", "2.0.0");
    auto team = *assessment::new_training_assessment(item, framework, "fr").assessment;
    const auto& q11 = *framework->find_indicator("Q1.1");
    const auto& q12 = *framework->find_indicator("Q1.2");

    SUBCASE("all exact") {
        team.responses["Q1.1"].agreed = assessment::Vote::at(2);
        team.responses["Q1.2"].agreed = assessment::Vote::at(3);
        const auto check = scoring::check_against_key(team, item);
        REQUIRE(check.indicators.size() == 2);
        CHECK(check.overall.exact == 2);
        CHECK(check.overall.total() == 2);
        // Exact: the sentence above the key, as the key's decisive one.
        CHECK(check.indicators[0].separating_level == 3);
        CHECK(check.indicators[0].separating_sentence == *q11.descriptors[2].find("fr"));
    }
    SUBCASE("all one level off, above and below") {
        team.responses["Q1.1"].agreed = assessment::Vote::at(3);
        team.responses["Q1.2"].agreed = assessment::Vote::at(2);
        const auto check = scoring::check_against_key(team, item);
        CHECK(check.overall.one_off == 2);
        CHECK(check.overall.exact == 0);
        // Team 3, key 2: the lower is 2, so the level-3 descriptor separates them.
        CHECK(check.indicators[0].separating_level == 3);
        CHECK(check.indicators[1].separating_level == 3);
        CHECK(check.indicators[1].separating_sentence == *q12.descriptors[2].find("fr"));
        CHECK(scoring::key_distance_key(check.indicators[0].distance) == "one_off");
    }
    SUBCASE("mixed: further, not rated, and the votes' spread") {
        team.responses["Q1.1"].agreed = assessment::Vote::at(5);
        team.responses["Q1.1"].votes = {{"p1", assessment::Vote::at(4)},
                                        {"p2", assessment::Vote::at(2)},
                                        {"p3", assessment::Vote::unknown()}};
        team.responses["Q1.2"].agreed = assessment::Vote::unknown();
        const auto check = scoring::check_against_key(team, item);
        const auto& first = check.indicators[0];
        CHECK(first.team_level == 5);
        CHECK(first.distance == scoring::KeyDistance::Further);
        CHECK(first.votes_min == 2);
        CHECK(first.votes_max == 4);
        const auto& second = check.indicators[1];
        CHECK_FALSE(second.team_level.has_value());
        CHECK(second.distance == scoring::KeyDistance::NotRated);
        CHECK_FALSE(second.votes_min.has_value());
        CHECK(second.separating_level == 4);  // the key's 3, and the level above it
        REQUIRE(check.domains.size() == 1);
        CHECK(check.domains[0].domain_id == q11.domain_id);
        CHECK(check.domains[0].counts.further == 1);
        CHECK(check.domains[0].counts.not_rated == 1);
    }
}
