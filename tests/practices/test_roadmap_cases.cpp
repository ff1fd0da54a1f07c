// The cases a roadmap cites (scoring/roadmap_cases.h), on the built-in
// library and sp-dmf 2.0.0: a few per step, nearest level first, each case
// cited once, libraries of another framework version left out.
#include <doctest/doctest.h>

#include "frameworks/framework_catalog.h"
#include "frameworks/practice_catalog.h"
#include "frameworks/practice_library_loader.h"
#include "scoring/roadmap_cases.h"

using namespace socle;

namespace {

scoring::RoadmapStep step(const std::string& indicator, int from, int to) {
    scoring::RoadmapStep out;
    out.id = scoring::step_id(indicator, to);
    out.indicator_id = indicator;
    out.from = from;
    out.to = to;
    return out;
}

std::vector<std::string> ids(const std::vector<scoring::CitedCase>& cases) {
    std::vector<std::string> out;
    for (const auto& cited : cases) out.push_back(cited.item->id);
    return out;
}

}  // namespace

TEST_CASE("roadmap cases: a few per step - nearest level first - each case cited once") {
    auto loaded = frameworks::load_practice_library(frameworks::builtin_practices_source(), "builtin:practices.xml");
    REQUIRE(loaded.ok());
    const std::vector<frameworks::PracticeLibrary> libraries{*loaded.library};
    const auto catalog = frameworks::FrameworkCatalog::builtin_only();
    const auto* framework = catalog.find("sp-dmf", "2.0.0");
    REQUIRE(framework != nullptr);

    scoring::RoadmapPlan plan;
    plan.steps = {step("D5.2", 2, 3), step("D7.8", 1, 2), step("D5.3", 2, 3), step("D3.1", 1, 2)};
    const auto cases = scoring::roadmap_cases(plan, libraries, *framework, 3);
    // D3.1 has no case: no entry for its step.
    REQUIRE(cases.steps.size() == 3);
    CHECK(ids(cases.for_step("D5.2:3")) ==
          std::vector<std::string>{"id-dtks-regional-updating", "ke-single-registry", "kg-digital-social-passport"});
    CHECK(ids(cases.for_step("D7.8:2")) == std::vector<std::string>{"rw-ubudehe-imibereho", "ph-listahanan"});
    // The Kenyan single registry serves D5.2 and D5.3: cited by both, listed once.
    CHECK(ids(cases.for_step("D5.3:3")) == std::vector<std::string>{"ke-single-registry", "uz-unified-register"});
    CHECK(cases.for_step("D3.1:2").empty());
    CHECK(ids(cases.cited) == std::vector<std::string>{"id-dtks-regional-updating", "ke-single-registry",
                                                      "kg-digital-social-passport", "rw-ubudehe-imibereho",
                                                      "ph-listahanan", "uz-unified-register"});
    CHECK(cases.cited[0].library == &libraries[0]);

    // One case a step when asked; and a library linked to another version is not used.
    CHECK(scoring::roadmap_cases(plan, libraries, *framework, 1).cited.size() == 3);
    auto other_version = libraries;
    other_version[0].framework_version = "1.0.0";
    CHECK(scoring::roadmap_cases(plan, other_version, *framework).cited.empty());
    CHECK(scoring::roadmap_cases(plan, {}, *framework).steps.empty());
}
