#pragma once
// The good-practice cases a roadmap points to: for each step, the cases that
// show its indicator just above where the room is (cases_for_step), from the
// libraries linked to the assessment's framework version; and the list of
// every case cited once, in the order the steps first cite them. Shared by
// the report's annex, the workbook's Roadmap sheet and `socle-cli roadmap`.
#include <cstddef>
#include <string>
#include <vector>

#include "frameworks/framework.h"
#include "frameworks/practice_library.h"
#include "scoring/roadmap.h"

namespace socle::scoring {

struct CitedCase {
    const frameworks::PracticeLibrary* library = nullptr;
    const frameworks::PracticeCase* item = nullptr;
};

struct StepCases {
    std::string step_id;
    std::vector<std::size_t> cases;  // indices into RoadmapCases::cited, nearest level first
};

struct RoadmapCases {
    std::vector<StepCases> steps;  // one per step of the plan that has cases, in plan order
    std::vector<CitedCase> cited;  // each case once

    // The cases of a step (empty when it has none).
    std::vector<CitedCase> for_step(const std::string& step_id) const;
};

// At most per_step cases a step (a report that cites twenty countries for one
// step is not read). A library linked to another framework, or to another
// version of it, is skipped: its indicator ids may mean something else.
RoadmapCases roadmap_cases(const RoadmapPlan& plan, const std::vector<frameworks::PracticeLibrary>& libraries,
                           const frameworks::Framework& framework, std::size_t per_step = 3);

}  // namespace socle::scoring
