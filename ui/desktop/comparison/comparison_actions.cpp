#include "ui/desktop/comparison/comparison_actions.h"

#include "common/path_text.h"
#include "exports/comparison_workbook.h"
#include "ui/desktop/services/app_context.h"

namespace socle::desktop {

namespace fs = std::filesystem;

InputsComparison compare_inputs(assessment::FrameworkCache cache, const std::vector<fs::path>& inputs,
                                scoring::ComparisonMode mode, ComparisonProgress* progress) {
    InputsComparison result;
    const auto files = scoring::expand_inputs(inputs, result.diagnostics);
    if (progress) progress->total = files.size();
    scoring::ComparisonBuilder builder;
    const auto resolver = cache.resolver();
    for (const auto& file : files) {
        if (progress && progress->cancel) {
            result.cancelled = true;
            return result;
        }
        // One assessment in memory at a time: the builder keeps only figures.
        auto loaded = assessment::load_assessment_file(file, resolver);
        if (progress) ++progress->done;
        result.diagnostics.append(loaded.diagnostics);
        if (loaded.ok()) builder.add(*loaded.assessment, common::path_to_utf8(file));
    }
    result.diagnostics.append(builder.diagnostics());
    result.loaded = builder.size();
    result.too_few = !result.diagnostics.has_errors() && builder.size() < 2;
    if (result.too_few)
        result.diagnostics.error(files.empty() ? std::string() : common::path_to_utf8(files.front()), 0, 0,
                                 "a comparison needs at least two assessments");
    if (!result.diagnostics.has_errors()) result.comparison = builder.finish(mode);
    return result;
}

InputsComparison compare_inputs_in_background(AppContext& context, const std::vector<fs::path>& inputs,
                                              scoring::ComparisonMode mode, ComparisonProgress& progress,
                                              const std::function<void()>& waiting) {
    InputsComparison result;
    const auto outcome = run_in_background(
        {}, [&, cache = context.framework_cache()] { result = compare_inputs(cache, inputs, mode, &progress); }, waiting);
    if (!outcome.ok) result.diagnostics.error("", 0, 0, outcome.error);
    return result;
}

ExportResult run_comparison_export(scoring::Comparison comparison, const fs::path& target, const std::string& lang,
                                   const std::function<void()>& waiting) {
    return run_in_background(
        target,
        [&] {
            exports::ComparisonWorkbookOptions options;
            options.lang = lang;
            exports::write_comparison_workbook(comparison, target, options);
        },
        waiting);
}

fs::path suggested_comparison_name(scoring::ComparisonMode mode) {
    return mode == scoring::ComparisonMode::Rounds ? "comparison-rounds.xlsx" : "comparison-peers.xlsx";
}

}  // namespace socle::desktop
