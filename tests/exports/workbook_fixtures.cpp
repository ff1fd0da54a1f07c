#include "tests/exports/workbook_fixtures.h"

#include <doctest/doctest.h>

#include "assessment/assessment_io.h"
#include "assessment/system_csv.h"
#include "tests/support/test_support.h"

namespace socle::test {

assessment::Assessment lao_sample_with_map() {
    auto loaded = assessment::load_assessment_file(source_path("samples/lao-pdr-2026-baseline.socle"));
    for (const auto& item : loaded.diagnostics.items()) INFO(common::format_diagnostic(item));
    REQUIRE(loaded.ok());
    auto a = std::move(*loaded.assessment);
    if (a.systems.systems.empty()) {
        const auto src = source_path("samples/src/lao-pdr-2026");
        common::Diagnostics diagnostics;
        auto map = assessment::read_system_map_csv(read_text(src / "systems.csv"), "systems.csv",
                                                   read_text(src / "flows.csv"), "flows.csv",
                                                   a.framework().level_count(), diagnostics);
        for (const auto& item : diagnostics.items()) INFO(common::format_diagnostic(item));
        REQUIRE(map.has_value());
        a.systems = std::move(*map);
    }
    if (a.roadmap.domain_leads.empty()) a.roadmap.domain_leads["D10"] = "Ministry of Labour and Social Welfare";
    return a;
}

std::string column_name(int col) {
    std::string letters;
    for (int n = col + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

}  // namespace socle::test
