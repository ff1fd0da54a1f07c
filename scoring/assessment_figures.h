#pragma once
// Everything computed from an assessment that the views and the files show:
// the scores, the roadmap plan and the system-map analysis. The desktop's
// document computes them once per state and hands a copy to the exports, so
// the screen and the workbook show the same figures and an export does not
// compute them a second time.
#include "assessment/assessment.h"
#include "scoring/assessment_scores.h"
#include "scoring/roadmap.h"
#include "scoring/system_analysis.h"

namespace socle::scoring {

struct AssessmentFigures {
    AssessmentScores scores;
    RoadmapPlan plan;
    SystemMapAnalysis analysis;
};

AssessmentFigures compute_figures(const assessment::Assessment& assessment);

}  // namespace socle::scoring
