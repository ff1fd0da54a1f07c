#pragma once
// The roadmap as a tidy CSV table, one step a row, in plan order.
#include <string>

#include "assessment/assessment.h"
#include "scoring/roadmap.h"

namespace socle::exports {

std::string roadmap_csv(const assessment::Assessment& assessment, const scoring::RoadmapPlan& plan);

// The action text of a step in the session language (framework fallback).
std::string step_action(const assessment::Assessment& assessment, const scoring::RoadmapStep& step);
// A step's "why": its reasons joined in one readable line.
std::string step_reasons(const scoring::RoadmapStep& step);

}  // namespace socle::exports
