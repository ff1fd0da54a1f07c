#pragma once
// Loading and saving assessments for the commands, with problems printed
// the same way everywhere.
#include <filesystem>
#include <optional>

#include "assessment/assessment.h"

namespace socle::cli {

// Loads a .socle file; on failure prints its diagnostics and returns nullopt.
std::optional<assessment::Assessment> load_assessment_or_report(const std::string& file);

}  // namespace socle::cli
