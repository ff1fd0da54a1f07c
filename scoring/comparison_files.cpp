// Comparing files and folders: expands folders, loads one assessment at a
// time through a framework cache, and keeps only its figures.
#include <algorithm>
#include <system_error>

#include "assessment/assessment_io.h"
#include "common/path_text.h"
#include "scoring/comparison.h"

namespace socle::scoring {

namespace fs = std::filesystem;

std::vector<fs::path> expand_inputs(const std::vector<fs::path>& inputs, common::Diagnostics& diagnostics) {
    std::vector<fs::path> files;
    for (const auto& input : inputs) {
        std::error_code error;
        if (!fs::is_directory(input, error)) {
            if (fs::exists(input, error)) files.push_back(input);
            else diagnostics.error(common::path_to_utf8(input), 0, 0, "no such file or folder");
            continue;
        }
        std::vector<fs::path> found;
        for (fs::directory_iterator it(input, error), end; !error && it != end; it.increment(error)) {
            const auto& path = it->path();
            if (path.extension() == ".socle" && it->is_regular_file(error)) found.push_back(path);
        }
        if (error) {
            diagnostics.error(common::path_to_utf8(input), 0, 0, "cannot read the folder: " + error.message());
            continue;
        }
        if (found.empty()) diagnostics.error(common::path_to_utf8(input), 0, 0, "the folder holds no .socle file");
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

ComparisonResult compare_files(const std::vector<fs::path>& inputs, ComparisonMode mode, assessment::FrameworkCache cache,
                               ComparisonProgress* progress) {
    ComparisonResult result;
    const auto files = expand_inputs(inputs, result.diagnostics);
    if (progress) progress->total = files.size();
    // Files named one by one, as opposed to found in a folder.
    std::vector<fs::path> named;
    for (const auto& input : inputs) {
        std::error_code error;
        if (!fs::is_directory(input, error)) named.push_back(input);
    }
    const auto resolver = cache.resolver();
    ComparisonBuilder builder;
    for (const auto& file : files) {
        if (progress && progress->cancel) {
            result.cancelled = true;
            return result;
        }
        // Scoped so that the assessment (its participants, notes, evidence)
        // is gone before the next file is read.
        auto loaded = assessment::load_assessment_file(file, resolver);
        if (progress) ++progress->done;
        result.diagnostics.append(loaded.diagnostics);
        if (!loaded.ok()) continue;
        cache.add(loaded.assessment->framework_ptr());
        const auto& framework = loaded.assessment->framework();
        const bool in_folder = std::find(named.begin(), named.end(), file) == named.end();
        if (in_folder && builder.size() > 0 && framework.id != builder.framework_id()) {
            result.diagnostics.warning(common::path_to_utf8(file), 0, 0,
                                       "left out: made with the framework '" + framework_title(framework) +
                                           "', the comparison is of '" + builder.framework_title() + "'");
            result.skipped.push_back(file);
            continue;
        }
        builder.add(*loaded.assessment, common::path_to_utf8(file));
    }
    result.diagnostics.append(builder.diagnostics());
    result.too_few = !result.diagnostics.has_errors() && builder.size() < 2;
    if (result.too_few)
        result.diagnostics.error(files.empty() ? std::string() : common::path_to_utf8(files.front()), 0, 0,
                                 "a comparison needs at least two assessments");
    if (result.diagnostics.has_errors()) return result;
    result.comparison = builder.finish(mode);
    return result;
}

}  // namespace socle::scoring
