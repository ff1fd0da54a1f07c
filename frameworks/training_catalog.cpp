#include "frameworks/training_catalog.h"

#include <algorithm>
#include <string>

#include "builtin_training.h"
#include "common/error.h"
#include "frameworks/training_case_loader.h"

namespace socle::frameworks {

std::vector<TrainingCaseSource> builtin_training_sources() {
    std::vector<TrainingCaseSource> sources;
    for (const auto& resource : embedded::builtin_training()) sources.push_back({resource.name, resource.bytes});
    return sources;
}

const std::vector<TrainingCase>& training_catalog() {
    static const std::vector<TrainingCase> cases = [] {
        std::vector<TrainingCase> loaded;
        for (const auto& source : builtin_training_sources()) {
            auto result = load_training_case(source.bytes, "builtin:training/" + std::string(source.name));
            // The built-in cases are checked by the tests; failing here is a build defect.
            if (!result.ok())
                throw common::LogicError("the built-in training case " + std::string(source.name) + " does not load");
            loaded.push_back(std::move(*result.training_case));
        }
        return loaded;
    }();
    return cases;
}

const TrainingCase* find_training_case(std::string_view case_id) {
    const auto& cases = training_catalog();
    const auto found =
        std::find_if(cases.begin(), cases.end(), [&](const TrainingCase& item) { return item.id == case_id; });
    return found == cases.end() ? nullptr : &*found;
}

}  // namespace socle::frameworks
