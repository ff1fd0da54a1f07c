#pragma once
// Reads and validates a training case file (docs/training.md, "The case
// file's format"). Like a framework, every problem is reported at once with
// file, line and column, and a case is returned only when there is no error.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostics.h"
#include "frameworks/framework.h"
#include "frameworks/training_case.h"

namespace socle::frameworks {

struct TrainingCaseLoadResult {
    std::optional<TrainingCase> training_case;
    common::Diagnostics diagnostics;
    bool ok() const { return training_case.has_value(); }
};

// source_name is what diagnostics call the file (a path, or "builtin:...").
TrainingCaseLoadResult load_training_case(std::string_view bytes, const std::string& source_name);
TrainingCaseLoadResult load_training_case_file(const std::filesystem::path& path);

// The case checked against the framework it names: an indicator the
// framework does not have, a key level off its scale, a framework indicator
// the case leaves out, a profile answer to no question or with no such
// option. Errors at the lines of the case (indicator lines are kept by the
// loader; others are reported on the file). A framework with another id or
// version is reported once.
common::Diagnostics check_training_case(const TrainingCase& training_case, const Framework& framework);

}  // namespace socle::frameworks
