#pragma once
// Real inputs for the export tests: the Lao PDR sample with its system map
// (imported from samples/src when the .socle file was built without one).
#include <string>

#include "assessment/assessment.h"

namespace socle::test {

// samples/lao-pdr-2026-baseline.socle (REQUIREs it loads), with the system map
// of samples/src/lao-pdr-2026/{systems,flows}.csv when the file has none, and
// a domain lead so that every step has an owner to show.
assessment::Assessment lao_sample_with_map();

// "A", "B", ..., "Z", "AA" (column numbers count from 0).
std::string column_name(int col);

}  // namespace socle::test
