// The glossary of the field's terms: the built-in one is valid and has the
// terms the issue names in all five languages; search, the translators' CSV,
// and the errors a broken glossary file gets.
#include <doctest/doctest.h>

#include "common/atomic_file.h"
#include "frameworks/glossary.h"
#include "tests/support/test_support.h"

using namespace socle::frameworks;

TEST_CASE("the built-in glossary loads from its file and has the field's terms in five languages") {
    const auto bytes = socle::common::read_file(std::string(SOCLE_SOURCE_DIR) + "/frameworks/builtin/glossary.xml");
    socle::common::Diagnostics diagnostics;
    const auto glossary = load_glossary(bytes, "glossary.xml", diagnostics);
    for (const auto& item : diagnostics.items()) INFO(socle::common::format_diagnostic(item));
    REQUIRE(glossary);
    CHECK(diagnostics.empty());
    CHECK(glossary->terms.size() == builtin_glossary().terms.size());
    for (const char* id : {"social-registry", "beneficiary-registry", "programme-mis", "integrated-beneficiary-registry",
                           "id-account-mapper", "proxy-means-test", "grievance", "appeal", "contributory-scheme", "dpia",
                           "interoperability", "digital-maturity"}) {
        const GlossaryTerm* term = nullptr;
        for (const auto& item : glossary->terms)
            if (item.id == id) term = &item;
        INFO(id);
        REQUIRE(term != nullptr);
        for (const char* lang : {"en", "fr", "ru", "lo", "tg"}) CHECK(term->name.has(lang));
        CHECK(term->name.status("lo") == ReviewStatus::Draft);
    }
}

TEST_CASE("the glossary is searched in any language") {
    const auto& glossary = builtin_glossary();
    const auto registry = glossary.search("REGISTRY");
    CHECK(registry.size() >= 3);
    const auto tajik = glossary.search("кӯмаки иҷтимоии унвонӣ");
    REQUIRE(tajik.size() == 1);
    CHECK(tajik.front()->id == "targeted-social-assistance");
    // Cyrillic in capitals finds the term too (Tajik letters included).
    const auto capitals = glossary.search("КӮМАКИ ИҶТИМОИИ УНВОНӢ");
    REQUIRE(capitals.size() == 1);
    CHECK(capitals.front()->id == "targeted-social-assistance");
    CHECK_FALSE(glossary.search("Социальная").empty());
    const auto lao = glossary.search("ທະບຽນສັງຄົມ");
    REQUIRE_FALSE(lao.empty());
    CHECK(lao.front()->id == "social-registry");
    CHECK(glossary.search("").size() == glossary.terms.size());
}

TEST_CASE("the translators' glossary CSV puts their language after English") {
    const auto csv = glossary_csv(builtin_glossary(), "tg");
    CHECK(csv.find("id,en,tg,fr,ru,lo\n") != std::string::npos);
    CHECK(csv.find("targeted-social-assistance,Targeted Social Assistance,кӯмаки иҷтимоии унвонӣ,") != std::string::npos);
}

TEST_CASE("a broken glossary is refused with each problem at its line") {
    const std::string xml =
        "<glossary format=\"1\">\n"
        "  <term id=\"a\"><name lang=\"en\">alpha</name></term>\n"
        "  <term id=\"a\"><name lang=\"en\">again</name></term>\n"
        "  <term id=\"b\"><name lang=\"fr\">bêta</name></term>\n"
        "  <term id=\"c\"><name lang=\"en\">gamma</name>\n"
        "    <name lang=\"lo\">gamma</name></term>\n"
        "</glossary>\n";
    socle::common::Diagnostics diagnostics;
    CHECK_FALSE(load_glossary(xml, "g.xml", diagnostics));
    REQUIRE(diagnostics.error_count() == 3);
    CHECK(diagnostics.items()[0].line == 3);  // id used twice
    CHECK(diagnostics.items()[1].line == 4);  // no English
    CHECK(diagnostics.items()[2].line == 6);  // Latin in a Lao name
}
