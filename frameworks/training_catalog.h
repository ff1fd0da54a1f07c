#pragma once
// The training cases Socle ships (compiled in, like the built-in
// frameworks): frameworks/builtin/training/*.xml.
#include <string_view>
#include <vector>

#include "frameworks/training_case.h"

namespace socle::frameworks {

// Every built-in case, in file name order, loaded once.
const std::vector<TrainingCase>& training_catalog();

// A built-in case by id, or nullptr.
const TrainingCase* find_training_case(std::string_view case_id);

// The built-in case files (name such as "veridia-sp-dmf.xml", and bytes),
// for tests and validation.
struct TrainingCaseSource {
    std::string_view name;
    std::string_view bytes;
};
std::vector<TrainingCaseSource> builtin_training_sources();

}  // namespace socle::frameworks
