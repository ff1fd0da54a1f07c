#pragma once
// The testable core of the comparison page (comparison_page.h): building a
// comparison from files and folders through the app's framework cache, and
// writing the comparison workbook on a worker thread while the UI thread
// keeps showing progress. No widgets here; the page only shows the results.
#include <atomic>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "assessment/assessment_io.h"
#include "scoring/comparison.h"
#include "ui/desktop/exporting/export_runner.h"

namespace socle::desktop {

class AppContext;

// Below this completeness (rated / applicable indicators) the page warns
// that an assessment's levels are not yet findings.
inline constexpr double kLowCompleteness = 0.8;

// Shared between a comparison running on a worker thread and the window
// that shows its progress and may cancel it.
struct ComparisonProgress {
    std::atomic<std::size_t> done{0};   // files loaded so far
    std::atomic<std::size_t> total{0};  // files to load (known once folders are expanded)
    std::atomic<bool> cancel{false};    // set by the window; the worker stops at the next file
};

struct InputsComparison {
    std::optional<scoring::Comparison> comparison;
    common::Diagnostics diagnostics;
    std::size_t loaded = 0;  // assessments that loaded
    // The only problem is that fewer than two assessments are given (the
    // page then waits for more instead of refusing the files).
    bool too_few = false;
    bool cancelled = false;  // stopped on request: nothing to show
};

// As scoring::compare_files, but every file is loaded through `cache` (the
// app's frameworks, already parsed). Folders stand for their .socle files; a
// file that does not load, or fewer than two assessments, fails with
// diagnostics (nothing is left out quietly). `progress`, when given, counts
// the files and is checked for a cancel request before each one.
InputsComparison compare_inputs(assessment::FrameworkCache cache, const std::vector<std::filesystem::path>& inputs,
                                scoring::ComparisonMode mode, ComparisonProgress* progress = nullptr);

// compare_inputs on a worker thread (a folder of a thousand files takes a few
// seconds); `waiting` runs on the calling thread about every 50 ms until it
// is done: it shows `progress` and may set progress.cancel.
InputsComparison compare_inputs_in_background(AppContext& context, const std::vector<std::filesystem::path>& inputs,
                                              scoring::ComparisonMode mode, ComparisonProgress& progress,
                                              const std::function<void()>& waiting);

// Writes the comparison workbook to `target` in `lang` on a worker thread
// (over a copy of the comparison); `waiting` runs on the calling thread
// about every 50 ms until it is done. Failures come back in the result.
ExportResult run_comparison_export(scoring::Comparison comparison, const std::filesystem::path& target,
                                   const std::string& lang, const std::function<void()>& waiting);

// "comparison-peers.xlsx" or "comparison-rounds.xlsx".
std::filesystem::path suggested_comparison_name(scoring::ComparisonMode mode);

}  // namespace socle::desktop
