#include "ui/desktop/comparison/comparison_actions.h"

#include "exports/comparison_workbook.h"
#include "ui/desktop/services/app_context.h"

namespace socle::desktop {

namespace fs = std::filesystem;

scoring::ComparisonResult compare_inputs_in_background(AppContext& context, const std::vector<fs::path>& inputs,
                                                       scoring::ComparisonMode mode, scoring::ComparisonProgress& progress,
                                                       const std::function<void()>& waiting) {
    scoring::ComparisonResult result;
    const auto outcome = run_in_background(
        {},
        [&, cache = context.framework_cache()] { result = scoring::compare_files(inputs, mode, cache, &progress); },
        waiting);
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
