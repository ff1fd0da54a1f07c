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
    CHECK(framework->indicator_count() >= 40);
    CHECK(framework->indicator_count() <= 60);
    for (const auto& domain : framework->domains) {
        CAPTURE(domain.id);
        CHECK(domain.indicators.size() >= 4);
        CHECK(domain.indicators.size() <= 6);
    }
    CHECK(framework->profile.size() >= 1);
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
    CHECK(quick->indicator_count() <= 15);
    for (const auto& domain : quick->domains) {
        for (const auto& indicator : domain.indicators) {
            CAPTURE(indicator.id);
            int links = 0;
            for (const auto& tag : indicator.references) {
                if (tag.rfind("sp-dmf:", 0) != 0) continue;
                ++links;
                CHECK(full->find_indicator(tag.substr(7)) != nullptr);
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
