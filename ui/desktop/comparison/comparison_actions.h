#pragma once
// The testable core of the comparison page (comparison_page.h): building a
// comparison from files and folders through the app's framework cache, and
// writing the comparison workbook on a worker thread while the UI thread
// keeps showing progress. No widgets here; the page only shows the results.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "scoring/comparison.h"
#include "ui/desktop/exporting/export_runner.h"

namespace socle::desktop {

class AppContext;

// Below this completeness (rated / applicable indicators) the page warns
// that an assessment's levels are not yet findings.
inline constexpr double kLowCompleteness = 0.8;

struct InputsComparison {
    std::optional<scoring::Comparison> comparison;
    common::Diagnostics diagnostics;
    std::size_t loaded = 0;  // assessments that loaded
    // The only problem is that fewer than two assessments are given (the
    // page then waits for more instead of refusing the files).
    bool too_few = false;
};

// As scoring::compare_files, but every file is loaded through
// AppContext::load, so frameworks already parsed by the app are reused.
// Folders stand for their .socle files; a file that does not load, or fewer
// than two assessments, fails with diagnostics (nothing is left out quietly).
InputsComparison compare_inputs(AppContext& context, const std::vector<std::filesystem::path>& inputs,
                                scoring::ComparisonMode mode);

// Writes the comparison workbook to `target` in `lang` on a worker thread
// (over a copy of the comparison); `waiting` runs on the calling thread
// about every 50 ms until it is done. Failures come back in the result.
ExportResult run_comparison_export(scoring::Comparison comparison, const std::filesystem::path& target,
                                   const std::string& lang, const std::function<void()>& waiting);

// "comparison-peers.xlsx" or "comparison-rounds.xlsx".
std::filesystem::path suggested_comparison_name(scoring::ComparisonMode mode);

}  // namespace socle::desktop
