#include "frameworks/practice_library.h"

#include <algorithm>

namespace socle::frameworks {

const PracticeSource* PracticeLibrary::find_source(const std::string& source_id) const {
    const auto it = std::find_if(sources.begin(), sources.end(), [&](const auto& s) { return s.id == source_id; });
    return it == sources.end() ? nullptr : &*it;
}

const PracticeCase* PracticeLibrary::find_case(const std::string& case_id) const {
    const auto it = std::find_if(cases.begin(), cases.end(), [&](const auto& c) { return c.id == case_id; });
    return it == cases.end() ? nullptr : &*it;
}

const std::vector<std::string>& practice_regions() {
    // The programme's regions of work, plus the rest of the world so that a
    // team elsewhere can file its own case.
    static const std::vector<std::string> regions{"africa",         "asia",   "central-asia", "latin-america",
                                                  "middle-east", "europe", "pacific"};
    return regions;
}

}  // namespace socle::frameworks
