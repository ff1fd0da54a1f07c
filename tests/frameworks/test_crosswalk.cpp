// Crosswalks between framework versions: the fixture pair, the mistakes an
// author can make (with their lines), and the built-in crosswalks checked
// against the frameworks they join.
#include <doctest/doctest.h>

#include <set>

#include "frameworks/crosswalk.h"
#include "frameworks/framework_catalog.h"
#include "frameworks/framework_loader.h"
#include "tests/support/test_support.h"

using namespace socle::frameworks;
using socle::test::data_path;

namespace {

Framework load_fixture(const std::string& name) {
    auto result = load_framework_file(data_path("frameworks/" + name));
    REQUIRE(result.ok());
    return std::move(*result.framework);
}

}  // namespace

TEST_CASE("the mini crosswalk joins mini 1.0.0 and 2.0.0 with one entry of each kind") {
    const auto from = load_fixture("mini-1.0.0.xml");
    const auto to = load_fixture("mini-2.0.0.xml");
    const auto result = load_crosswalk_file(data_path("frameworks/mini-1.0.0-to-2.0.0.xml"), &from, &to);
    for (const auto& item : result.diagnostics.items()) INFO(socle::common::format_diagnostic(item));
    REQUIRE(result.ok());
    const auto& crosswalk = *result.crosswalk;
    CHECK(crosswalk.framework_id == "mini");
    CHECK(crosswalk.from_version == "1.0.0");
    CHECK(crosswalk.to_version == "2.0.0");
    CHECK(crosswalk.for_old("A.1")->kind == CrosswalkKind::Kept);
    CHECK(crosswalk.for_old("A.2")->kind == CrosswalkKind::Revised);
    CHECK(*crosswalk.for_old("A.2")->note.find("fr") == "Demande aussi s'il est annoncé.");
    CHECK(crosswalk.for_old("A.3")->new_ids == std::vector<std::string>{"A.3", "A.4"});
    CHECK(crosswalk.for_old("B.2") == crosswalk.for_old("B.1"));
    CHECK(crosswalk.for_old("B.2")->new_ids == std::vector<std::string>{"B.1"});
    CHECK(crosswalk.for_old("B.3")->kind == CrosswalkKind::Retired);
    CHECK(crosswalk.for_old("B.3")->new_ids.empty());
    CHECK(crosswalk.for_old("C.1") == nullptr);
    REQUIRE(crosswalk.for_new("C.1").size() == 1);
    CHECK(crosswalk.for_new("C.1")[0]->kind == CrosswalkKind::New);
    CHECK(crosswalk_kind_key(crosswalk.for_new("A.4")[0]->kind) == "split");
}

TEST_CASE("crosswalk mistakes are reported with their lines") {
    const auto from = load_fixture("mini-1.0.0.xml");
    const auto to = load_fixture("mini-2.0.0.xml");
    const auto result = load_crosswalk_file(data_path("frameworks/crosswalk-problems.xml"), &from, &to);
    CHECK_FALSE(result.ok());
    std::vector<std::pair<int, std::string>> errors;
    for (const auto& item : result.diagnostics.items()) errors.emplace_back(item.line, item.message);
    for (const auto& error : errors) INFO(error.first << ": " << error.second);
    const auto has = [&](int line, const std::string& fragment) {
        for (const auto& [at, message] : errors)
            if (at == line && message.find(fragment) != std::string::npos) return true;
        return false;
    };
    CHECK(has(3, "indicator 'B.3' of 1.0.0 is missing"));
    CHECK(has(3, "indicator 'A.4' of 2.0.0 has no origin"));
    CHECK(has(5, "<revised> needs a <note>"));
    CHECK(has(6, "'A.9' is not an indicator of mini 2.0.0"));
    CHECK(has(12, "old indicator 'A.1' appears a second time (first on line 4)"));
    CHECK(has(14, "unknown element <renamed>"));
    CHECK(errors.size() == 7);  // and A.1 twice as a target
}

TEST_CASE("the built-in sp-dmf crosswalk accounts for every 1.0.0 indicator once - with notes in en fr ru") {
    const auto from = load_fixture("sp-dmf-1.0.0.xml");
    // Checked against 2.0.0 too once the built-in framework is that version.
    const auto catalog = FrameworkCatalog::builtin_only();
    const Framework* to = catalog.find("sp-dmf", "2.0.0");
    const auto all = builtin_crosswalks();
    const auto* builtin = find_crosswalk(all, "sp-dmf", "1.0.0", "2.0.0");
    REQUIRE(builtin != nullptr);
    const auto result = load_crosswalk(
        socle::test::read_text(data_path("../../frameworks/builtin/sp-dmf-1.0.0-to-2.0.0.xml")), "sp-dmf-1.0.0-to-2.0.0.xml", &from, to);
    for (const auto& item : result.diagnostics.items()) INFO(socle::common::format_diagnostic(item));
    REQUIRE(result.ok());
    std::set<std::string> targets;
    for (const auto& entry : builtin->entries) {
        for (const auto& id : entry.new_ids) targets.insert(id);
        if (entry.kind == CrosswalkKind::Kept || entry.kind == CrosswalkKind::New) continue;
        for (const char* lang : {"en", "fr", "ru"}) {
            CAPTURE(entry.line);
            CHECK(entry.note.has(lang));
        }
    }
    CHECK(targets.size() == 64);  // the 2.0.0 id plan (docs/methodology.md)
}
