#pragma once
// The testable core of the comparison page (comparison_page.h): comparing
// files and folders on a worker thread through the app's framework cache,
// and writing the comparison workbook on a worker thread while the UI thread
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

// scoring::compare_files on a worker thread, with the app's frameworks
// (already parsed): a folder of a thousand files takes a few seconds.
// `waiting` runs on the calling thread about every 50 ms until it is done:
// it shows `progress` and may set progress.cancel.
scoring::ComparisonResult compare_inputs_in_background(AppContext& context,
                                                       const std::vector<std::filesystem::path>& inputs,
                                                       scoring::ComparisonMode mode, scoring::ComparisonProgress& progress,
                                                       const std::function<void()>& waiting);

// Writes the comparison workbook to `target` in `lang` on a worker thread
// (over a copy of the comparison); `waiting` runs on the calling thread
// about every 50 ms until it is done. Failures come back in the result.
ExportResult run_comparison_export(scoring::Comparison comparison, const std::filesystem::path& target,
                                   const std::string& lang, const std::function<void()>& waiting);

// "comparison-peers.xlsx" or "comparison-rounds.xlsx".
std::filesystem::path suggested_comparison_name(scoring::ComparisonMode mode);

}  // namespace socle::desktop
