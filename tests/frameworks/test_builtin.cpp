// The built-in frameworks: valid, complete where we say they are complete,
// and shaped as the workshop needs.
#include <doctest/doctest.h>

#include <set>

#include "frameworks/framework_catalog.h"
#include "frameworks/translation_coverage.h"

using namespace socle::frameworks;

namespace {
double share(const Framework& framework, const std::string& lang) {
    for (const auto& item : translation_coverage(framework))
        if (item.code == lang) return item.share();
    return 0.0;
}
}  // namespace

TEST_CASE("every built-in framework loads without errors or warnings") {
    for (const auto& source : builtin_framework_sources()) {
        CAPTURE(source.name);
        const auto result = load_framework(source.bytes, std::string(source.name));
        for (const auto& item : result.diagnostics.items()) INFO(socle::common::format_diagnostic(item));
        CHECK(result.ok());
        CHECK(result.diagnostics.empty());
    }
}

TEST_CASE("the full social protection framework has the promised shape") {
    const auto catalog = FrameworkCatalog::builtin_only();
    const auto* framework = catalog.find("sp-dmf");
    REQUIRE(framework != nullptr);
    CHECK(framework->level_count() == 5);
    CHECK(framework->domains.size() >= 8);
    // Two workshop days: no more than about 64 indicators (issue 15).
    CHECK(framework->indicator_count() >= 40);
    CHECK(framework->indicator_count() <= 64);
    for (const auto& domain : framework->domains) {
        CAPTURE(domain.id);
        CHECK(domain.indicators.size() >= 3);
        CHECK(domain.indicators.size() <= 10);
    }
    CHECK(framework->profile.size() >= 1);
}

TEST_CASE("the 2.0 frameworks state their rule and their sources, and refuse N/A where it would hide a finding") {
    const auto catalog = FrameworkCatalog::builtin_only();
    for (const char* id : {"sp-dmf", "sp-quick-scan"}) {
        CAPTURE(id);
        const auto* framework = catalog.find(id);
        REQUIRE(framework != nullptr);
        CHECK(framework->version == "2.0.0");
        for (const char* lang : {"en", "fr", "ru"}) CHECK(framework->rating_rule.has(lang));
        CHECK_FALSE(framework->sources.empty());
        int always = 0;
        for (const auto& domain : framework->domains)
            for (const auto& indicator : domain.indicators) {
                CAPTURE(indicator.id);
                CHECK(indicator.references.empty());  // replaced by typed mappings
                CHECK_FALSE(indicator.mappings.empty());
                if (indicator.always_applicable) {
                    ++always;
                    CHECK(indicator.relevant_if.empty());
                }
            }
        CHECK(always >= 3);
    }
    const auto* full = catalog.find("sp-dmf");
    REQUIRE(full != nullptr);
    // The indicators the issue names as never "not applicable".
    for (const char* id : {"D1.3", "D4.2", "D4.4", "D4.5", "D7.6", "D7.7", "D8.3"}) {
        CAPTURE(id);
        REQUIRE(full->find_indicator(id) != nullptr);
        CHECK(full->find_indicator(id)->always_applicable);
    }
}

TEST_CASE("English - French and Russian are complete in both built-in frameworks") {
    const auto catalog = FrameworkCatalog::builtin_only();
    for (const char* id : {"sp-dmf", "sp-quick-scan"}) {
        CAPTURE(id);
        const auto* framework = catalog.find(id);
        REQUIRE(framework != nullptr);
        CHECK(share(*framework, "en") == doctest::Approx(1.0));
        CHECK(share(*framework, "fr") == doctest::Approx(1.0));
        CHECK(share(*framework, "ru") == doctest::Approx(1.0));
        // Lao and Tajik are begun and declared as drafts.
        for (const char* lang : {"lo", "tg"}) {
            CAPTURE(lang);
            CHECK(share(*framework, lang) > 0.0);
            REQUIRE(framework->find_language(lang) != nullptr);
            CHECK(framework->find_language(lang)->status == LanguageStatus::Draft);
        }
    }
}

TEST_CASE("Lao and Tajik drafts cover the scale - domain names and questions") {
    const auto catalog = FrameworkCatalog::builtin_only();
    for (const auto& entry : catalog.entries()) {
        const auto& framework = entry.framework;
        CAPTURE(framework.id);
        for (const char* lang : {"lo", "tg"}) {
            CAPTURE(lang);
            for (const auto& level : framework.levels) CHECK(level.name.has(lang));
            for (const auto& domain : framework.domains) {
                CHECK(domain.name.has(lang));
                for (const auto& indicator : domain.indicators) {
                    CAPTURE(indicator.id);
                    CHECK(indicator.question.has(lang));
                }
            }
        }
    }
}

TEST_CASE("the quick scan is short and points at the full framework") {
    const auto catalog = FrameworkCatalog::builtin_only();
    const auto* quick = catalog.find("sp-quick-scan");
    const auto* full = catalog.find("sp-dmf");
    REQUIRE(quick != nullptr);
    REQUIRE(full != nullptr);
    CHECK(quick->indicator_count() >= 10);
    CHECK(quick->indicator_count() <= 16);
    // Each question maps to the full framework's indicators it condenses
    // (<maps-to source="sp-dmf" ref="D2.1, D2.2">).
    for (const auto& domain : quick->domains) {
        for (const auto& indicator : domain.indicators) {
            CAPTURE(indicator.id);
            int links = 0;
            for (const auto& mapping : indicator.mappings) {
                if (mapping.source_id != "sp-dmf") continue;
                std::string ref = mapping.ref;
                for (std::size_t start = 0; start < ref.size();) {
                    auto end = ref.find(',', start);
                    if (end == std::string::npos) end = ref.size();
                    auto id = ref.substr(start, end - start);
                    id.erase(0, id.find_first_not_of(' '));
                    id.erase(id.find_last_not_of(' ') + 1);
                    CAPTURE(id);
                    CHECK(full->find_indicator(id) != nullptr);
                    ++links;
                    start = end + 1;
                }
            }
            CHECK(links >= 1);
        }
    }
}

TEST_CASE("built-in ids are unique across the catalog") {
    const auto catalog = FrameworkCatalog::builtin_only();
    std::set<std::string> ids;
    for (const auto& entry : catalog.entries()) CHECK(ids.insert(entry.framework.id).second);
}
