#include "system_map_round_trip.h"

#include "assessment/assessment_io.h"
#include "assessment/system_csv.h"
#include "fuzz_support.h"

namespace socle::fuzz {

int check_system_map_csv(const std::string& systems, const std::string& flows) {
    const auto& fixture = fixture_assessment();
    const int levels = fixture.framework().level_count();
    common::Diagnostics diagnostics;
    auto map = assessment::read_system_map_csv(systems, "systems.csv", flows, "flows.csv", levels, diagnostics);
    if (map.has_value() == diagnostics.has_errors())
        fail("read_system_map_csv returned a map together with errors, or neither");
    if (!map) return 0;

    // The CSV Socle writes (spreadsheet-safe, the default) reads back as it was.
    const auto systems_out = assessment::systems_csv(*map);
    const auto flows_out = assessment::flows_csv(*map);
    common::Diagnostics again_diagnostics;
    auto again = assessment::read_system_map_csv(systems_out, "systems.csv", flows_out, "flows.csv", levels,
                                                 again_diagnostics);
    if (!again) fail("the CSV written from a map does not read back", systems_out + flows_out);
    if (*again != *map)
        fail("the CSV written from a map reads back to another map", systems_out + flows_out,
             assessment::systems_csv(*again) + assessment::flows_csv(*again));

    common::Diagnostics import_diagnostics;
    auto imported = assessment::import_system_map_csv(fixture, systems, "systems.csv", flows, "flows.csv",
                                                      import_diagnostics);
    if (!imported) fail("a map that reads does not import into the fixture");
    auto changed = fixture;
    imported->edit.apply(changed);
    check_round_trip(changed);
    imported->edit.revert(changed);
    const auto before = assessment::write_assessment(fixture);
    const auto undone = assessment::write_assessment(changed);
    if (undone != before) fail("undoing a system map import does not give the assessment back", before, undone);
    return 0;
}

}  // namespace socle::fuzz
