#include "scoring/assessment_figures.h"

namespace socle::scoring {

AssessmentFigures compute_figures(const assessment::Assessment& assessment) {
    AssessmentFigures figures;
    figures.scores = score_assessment(assessment);
    figures.plan = plan_roadmap(assessment, figures.scores);
    figures.analysis = analyse_system_map(assessment.systems);
    return figures;
}

}  // namespace socle::scoring
