#pragma once
// Loading and saving assessments for the commands, with problems printed
// the same way everywhere.
#include <filesystem>
#include <optional>
#include <string>

#include "assessment/assessment.h"

namespace socle::cli {

// Loads a .socle file; on failure prints its diagnostics and returns nullopt.
std::optional<assessment::Assessment> load_assessment_or_report(const std::string& file);

// Whether a new assessment may be written at output: not a folder, and not
// an existing file unless force. Prints the reason (FILE:1:1: error: ...)
// when not.
bool output_can_be_created(const std::string& output, bool force);

}  // namespace socle::cli
