#pragma once
// Participants listed in a CSV file (id,name,institution,role,anonymous),
// as a facilitator prepares them before the workshop.
#include <optional>
#include <string>
#include <vector>

#include "assessment/assessment.h"
#include "common/diagnostics.h"

namespace socle::assessment {

// Reads every row or none: bad rows are reported with their line.
std::optional<std::vector<Participant>> read_participants_csv(const std::string& text, const std::string& file,
                                                              common::Diagnostics& diagnostics);

}  // namespace socle::assessment
