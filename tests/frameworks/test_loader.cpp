#include <doctest/doctest.h>

#include "common/line_index.h"
#include "frameworks/framework_loader.h"
#include "frameworks/translation_coverage.h"
#include "tests/support/test_support.h"

using namespace socle::frameworks;
using socle::test::data_path;

namespace {
Framework load_valid() {
    auto result = load_framework_file(data_path("frameworks/valid-minimal.xml"));
    for (const auto& item : result.diagnostics.items()) INFO(socle::common::format_diagnostic(item));
    REQUIRE(result.ok());
    return std::move(*result.framework);
}
}  // namespace

TEST_CASE("a valid framework loads with every field") {
    const auto framework = load_valid();
    CHECK(framework.id == "test-minimal");
    CHECK(framework.version == "0.1");
    CHECK(framework.default_language == "en");
    CHECK(framework.level_count() == 3);
    CHECK(framework.levels[1].id == "mid");
    REQUIRE(framework.domains.size() == 2);
    CHECK(framework.domains[0].weight == doctest::Approx(2.0));
    CHECK(framework.domains[1].weight == doctest::Approx(1.0));
    CHECK(framework.indicator_count() == 3);

    const auto* a1 = framework.find_indicator("A.1");
    REQUIRE(a1 != nullptr);
    CHECK(a1->domain_id == "A");
    CHECK(a1->default_target == 2);
    CHECK(a1->descriptors.size() == 3);
    CHECK(*a1->descriptors[2].find("en") == "Everything.");
    REQUIRE(a1->steps.size() == 2);
    CHECK(a1->steps[0].effort == Effort::Small);
    CHECK(a1->steps[1].effort == Effort::Large);
    CHECK(a1->steps[1].from == 2);
    REQUIRE(a1->systems.size() == 2);
    CHECK(a1->systems[0] == SystemCategory::SocialRegistry);
    CHECK(a1->references == std::vector<std::string>{"DCI", "ISSA-ICT"});
    CHECK(socle::common::LineIndex(framework.source_bytes).position(a1->offset).line == 41);

    const auto* a2 = framework.find_indicator("A.2");
    REQUIRE(a2 != nullptr);
    CHECK(a2->weight == doctest::Approx(0.5));
    CHECK(a2->default_target == 3);  // default when absent
    REQUIRE(a2->prerequisites.size() == 1);
    CHECK(a2->prerequisites[0].indicator_id == "A.1");
    CHECK(a2->prerequisites[0].level == 2);
    CHECK(a2->prerequisites[0].to_level == 3);
    REQUIRE(a2->relevant_if.size() == 1);
    CHECK(a2->relevant_if[0].question_id == "has_insurance");

    const auto* b1 = framework.find_indicator("B.1");
    REQUIRE(b1 != nullptr);
    CHECK(b1->prerequisites[0].to_level == 2);  // any step by default

    REQUIRE(framework.profile.size() == 2);
    CHECK(framework.profile[0].options.size() == 2);  // yes / no
    CHECK(framework.profile[1].options[1].id == "local");
    CHECK(framework.sha256.size() == 64);
    CHECK_FALSE(framework.source_bytes.empty());
    CHECK(framework.find_indicator("Z.9") == nullptr);
}

TEST_CASE("text whitespace is folded so authors can wrap long lines") {
    const auto framework = load_valid();
    CHECK(*framework.find_indicator("A.1")->question.find("en") == "First question, wrapped over lines?");
}

TEST_CASE("a missing translation falls back to the default language") {
    const auto framework = load_valid();
    const auto* a1 = framework.find_indicator("A.1");
    CHECK(framework.text(a1->question, "fr") == "Première question ?");
    CHECK(framework.text(a1->guidance, "fr") == "Ask about it.");  // no French: English
    CHECK(framework.text(a1->guidance, "ru") == "Ask about it.");
    CHECK(framework.text(framework.levels[0].name, "fr") == "Bas");
}

TEST_CASE("translation coverage is a figure per language") {
    const auto framework = load_valid();
    const auto coverage = translation_coverage(framework);
    REQUIRE(coverage.size() == 2);
    CHECK(coverage[0].code == "en");
    CHECK(coverage[0].share() == doctest::Approx(1.0));
    CHECK(coverage[1].code == "fr");
    CHECK(coverage[1].status == LanguageStatus::Draft);
    // French texts: title, 3 level names, A name, A.1 question.
    CHECK(coverage[1].translated == 6);
    CHECK(coverage[1].total == coverage[0].translated);
    CHECK(coverage[1].share() < 0.5);
}

TEST_CASE("the same bytes give the same fingerprint") {
    const auto text = socle::test::read_text(data_path("frameworks/valid-minimal.xml"));
    const auto a = load_framework(text, "a.xml");
    const auto b = load_framework(text + " ", "b.xml");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.framework->sha256 == load_framework(text, "c.xml").framework->sha256);
    CHECK(a.framework->sha256 != b.framework->sha256);
}

TEST_CASE("an unknown element is a warning - not an error") {
    auto text = socle::test::read_text(data_path("frameworks/valid-minimal.xml"));
    text.replace(text.find("<guidance"), 0, "<guidanse lang=\"en\">typo</guidanse>\n      ");
    const auto result = load_framework(text, "typo.xml");
    CHECK(result.ok());
    REQUIRE(result.diagnostics.items().size() == 1);
    CHECK(result.diagnostics.items()[0].severity == socle::common::Severity::Warning);
    CHECK(result.diagnostics.items()[0].line == 45);
    CHECK(result.diagnostics.items()[0].message.find("<guidanse>") != std::string::npos);
}
