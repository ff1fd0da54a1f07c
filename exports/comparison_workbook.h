#pragma once
// The comparison workbook: one .xlsx file with an Overview (the compared
// assessments with their completeness, and a radar chart with one series per
// assessment), Domains and Indicators (levels side by side with colour
// scales, median and quartiles as live formulas with cached values,
// positions), Changes (rounds mode: round to round), Unmatched ids, and the
// Method. See docs/methodology.md, "Comparison".
#include <filesystem>
#include <string>

#include "scoring/comparison.h"

namespace socle::exports {

struct ComparisonWorkbookOptions {
    // Language of labels and framework texts ("fr", "ru"; others fall back
    // to English labels and the framework's default texts).
    std::string lang = "en";
};

// The radar chart shows at most this many assessments (the first ones); the
// tables always hold all of them.
inline constexpr int kRadarSeriesLimit = 12;

// Writes through a temporary file renamed over `out` once complete; numbers
// are written the same whatever the process locale; user text is always
// written as text, never as a formula. Throws common::IoError naming the path.
void write_comparison_workbook(const scoring::Comparison& comparison, const std::filesystem::path& out,
                               const ComparisonWorkbookOptions& options = {});

}  // namespace socle::exports
