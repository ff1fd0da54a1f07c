#include "scoring/roadmap_cases.h"

#include <algorithm>

#include "frameworks/practice_queries.h"

namespace socle::scoring {

std::vector<CitedCase> RoadmapCases::for_step(const std::string& step_id) const {
    std::vector<CitedCase> found;
    for (const auto& step : steps)
        if (step.step_id == step_id)
            for (const auto index : step.cases) found.push_back(cited[index]);
    return found;
}

RoadmapCases roadmap_cases(const RoadmapPlan& plan, const std::vector<frameworks::PracticeLibrary>& libraries,
                           const frameworks::Framework& framework, std::size_t per_step) {
    RoadmapCases out;
    for (const auto& step : plan.steps) {
        // The nearest level first across all libraries (the built-in one
        // first at the same level, as the catalog lists it).
        std::vector<std::pair<const frameworks::PracticeLibrary*, frameworks::PracticeMatch>> matches;
        for (const auto& library : libraries) {
            if (library.framework != framework.id || library.framework_version != framework.version) continue;
            for (const auto& match : frameworks::cases_for_step(library, step.indicator_id, step.from, step.to))
                matches.emplace_back(&library, match);
        }
        std::stable_sort(matches.begin(), matches.end(),
                         [](const auto& a, const auto& b) { return a.second.level < b.second.level; });
        StepCases found{step.id, {}};
        for (const auto& match : matches) {
            if (found.cases.size() >= per_step) break;
            const auto* item = match.second.item;
            const auto it = std::find_if(out.cited.begin(), out.cited.end(),
                                         [&](const CitedCase& cited) { return cited.item == item; });
            found.cases.push_back(static_cast<std::size_t>(it - out.cited.begin()));
            if (it == out.cited.end()) out.cited.push_back({match.first, item});
        }
        if (!found.cases.empty()) out.steps.push_back(std::move(found));
    }
    return out;
}

}  // namespace socle::scoring
