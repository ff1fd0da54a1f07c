// Framework format 2: the rating rule, the bibliography and the typed
// mappings, always-applicable and core lists, read from real fixture files.
#include <doctest/doctest.h>

#include "frameworks/framework_loader.h"
#include "frameworks/framework_words.h"
#include "frameworks/translation_coverage.h"
#include "tests/support/test_support.h"

using namespace socle::frameworks;
using socle::test::data_path;

namespace {

Framework load_fixture(const std::string& name) {
    auto result = load_framework_file(data_path("frameworks/" + name));
    for (const auto& item : result.diagnostics.items()) INFO(socle::common::format_diagnostic(item));
    REQUIRE(result.ok());
    return std::move(*result.framework);
}

std::vector<socle::common::Diagnostic> errors_of(const std::string& name) {
    const auto result = load_framework_file(data_path("frameworks/" + name));
    CHECK_FALSE(result.ok());
    std::vector<socle::common::Diagnostic> errors;
    for (const auto& item : result.diagnostics.items())
        if (item.severity == socle::common::Severity::Error) errors.push_back(item);
    return errors;
}

}  // namespace

TEST_CASE("a format 2 framework loads its rating rule, sources, mappings and marks") {
    const auto framework = load_fixture("mini-2.0.0.xml");
    CHECK(framework.format == 2);
    CHECK(framework.version == "2.0.0");
    CHECK(framework.text(framework.rating_rule, "fr") == "Toutes les conditions d'un niveau doivent être remplies.");
    CHECK(framework.text(framework.rating_rule, "ru").find("weakest core scheme") != std::string::npos);

    REQUIRE(framework.sources.size() == 2);
    const auto* r202 = framework.find_source("ilo-r202");
    REQUIRE(r202 != nullptr);
    CHECK(r202->title == "Social Protection Floors Recommendation, 2012 (No. 202)");
    CHECK(r202->publisher == "International Labour Organization");
    CHECK(r202->year == "2012");
    CHECK(r202->edition.empty());
    const auto* dci = framework.find_source("dci-sr");
    REQUIRE(dci != nullptr);
    CHECK(dci->year.empty());
    CHECK(dci->edition == "Test edition");
    CHECK(dci->url == "https://example.org/dci");
    CHECK(framework.find_source("ilo-c102") == nullptr);

    const auto* a1 = framework.find_indicator("A.1");
    REQUIRE(a1 != nullptr);
    CHECK(a1->always_applicable);
    CHECK(a1->core.schemes);
    CHECK(a1->core.systems);
    CHECK(framework.text(a1->rule, "fr") == "Le niveau 3 exige les deux.");
    REQUIRE(a1->mappings.size() == 2);
    CHECK(a1->mappings[0].source_id == "ilo-r202");
    CHECK(a1->mappings[0].ref == "para. 7");
    CHECK(a1->mappings[0].relation == MappingRelation::Subset);
    CHECK(mapping_relation_key(a1->mappings[0].relation) == "subset");
    CHECK(framework.text(a1->mappings[0].why, "fr") == "L'indicateur couvre la partie plaintes du paragraphe.");
    CHECK(a1->mappings[1].ref.empty());
    CHECK(a1->mappings[1].relation == MappingRelation::Intersect);

    const auto* a2 = framework.find_indicator("A.2");
    REQUIRE(a2 != nullptr);
    CHECK_FALSE(a2->always_applicable);
    CHECK(a2->core.schemes);
    CHECK_FALSE(a2->core.systems);
    CHECK(a2->rule.empty());
    CHECK_FALSE(framework.find_indicator("A.4")->always_applicable);
    CHECK(framework.find_indicator("B.1")->core.systems);
    CHECK_FALSE(framework.find_indicator("B.1")->core.schemes);
    CHECK_FALSE(framework.find_indicator("C.1")->core.any());
}

TEST_CASE("translation coverage counts the rating rules and the mappings' rationales") {
    const auto framework = load_fixture("mini-2.0.0.xml");
    const auto coverage = translation_coverage(framework);
    REQUIRE(coverage.size() == 2);
    // English: title, general rule, 3 level names, 1 profile question, 3
    // domain names, 6 indicators x (question + 3 descriptors + 2 steps) = 36,
    // A.1's rule and its 2 rationales.
    CHECK(coverage[0].total == 1 + 1 + 3 + 1 + 3 + 36 + 1 + 2);
    CHECK(coverage[0].translated == coverage[0].total);
    // French: title, general rule, 6 questions, A.1's rule, 1 of 2 rationales.
    CHECK(coverage[1].code == "fr");
    CHECK(coverage[1].translated == 1 + 1 + 6 + 1 + 1);
}

TEST_CASE("the rule an indicator is rated by is its own, else the framework's") {
    const auto framework = load_fixture("mini-2.0.0.xml");
    CHECK(framework.text(rating_rule_for(framework, *framework.find_indicator("A.1")), "en") == "Level 3 needs both parts.");
    CHECK(framework.text(rating_rule_for(framework, *framework.find_indicator("A.2")), "fr") ==
          "Toutes les conditions d'un niveau doivent être remplies.");
    CHECK(mapping_relation_label(MappingRelation::Subset) == std::string_view("subset"));
}

TEST_CASE("format 2 mistakes are reported at their line") {
    const auto errors = errors_of("format2-problems.xml");
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].line == 45);
    CHECK(errors[0].message.find("maps to unknown source 'ilo-r203'") != std::string::npos);
    CHECK(errors[1].line == 49);
    CHECK(errors[1].message.find("relation=\"overlap\" is not known") != std::string::npos);
    CHECK(errors[2].line == 53);
    CHECK(errors[2].message.find("core key 'programmes' is not known") != std::string::npos);
    CHECK(errors[3].line == 103);
    CHECK(errors[3].message.find("'C.1' is always-applicable=\"yes\" and also has <relevant-if>") != std::string::npos);
    for (const auto& error : errors) CHECK(error.column >= 1);
}

TEST_CASE("a format 2 framework without a rating rule is refused") {
    const auto errors = errors_of("format2-no-rating-rule.xml");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 3);
    CHECK(errors[0].message.find("needs a <rating-rule>") != std::string::npos);
}

TEST_CASE("format 2 elements in a format 1 file are warnings - and ignored") {
    std::string text =
        "<framework format=\"1\" id=\"f\" version=\"1\" default-lang=\"en\">\n"
        "  <title lang=\"en\">F</title>\n"
        "  <rating-rule lang=\"en\">All conditions.</rating-rule>\n"
        "  <scale><level value=\"1\" id=\"a\"><name lang=\"en\">A</name></level>"
        "<level value=\"2\" id=\"b\"><name lang=\"en\">B</name></level></scale>\n"
        "  <domain id=\"D\"><name lang=\"en\">D</name>\n"
        "    <indicator id=\"D.1\" always-applicable=\"yes\"><question lang=\"en\">Q?</question>\n"
        "      <descriptor level=\"1\" lang=\"en\">x</descriptor><descriptor level=\"2\" lang=\"en\">y</descriptor>\n"
        "      <step from=\"1\" effort=\"S\"><action lang=\"en\">Do.</action></step>\n"
        "    </indicator>\n"
        "  </domain>\n"
        "</framework>\n";
    const auto result = load_framework(text, "inline.xml");
    REQUIRE(result.ok());
    CHECK(result.framework->rating_rule.empty());
    CHECK_FALSE(result.framework->find_indicator("D.1")->always_applicable);
    REQUIRE(result.diagnostics.items().size() == 2);
    CHECK(result.diagnostics.items()[0].line == 3);
    CHECK(result.diagnostics.items()[0].message.find("belongs to framework format 2") != std::string::npos);
    CHECK(result.diagnostics.items()[1].line == 6);
}

TEST_CASE("the 1.0.0 fixtures of the built-in frameworks still load as format 1") {
    for (const char* name : {"sp-dmf-1.0.0.xml", "quick-scan-1.0.0.xml"}) {
        CAPTURE(name);
        const auto framework = load_fixture(name);
        CHECK(framework.format == 1);
        CHECK(framework.version == "1.0.0");
    }
    CHECK(load_fixture("sp-dmf-1.0.0.xml").indicator_count() == 50);
}
