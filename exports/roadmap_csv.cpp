#include "exports/roadmap_csv.h"

#include "common/csv.h"
#include "common/text.h"
#include "scoring/roadmap_text.h"

namespace socle::exports {

std::string roadmap_csv(const assessment::Assessment& assessment, const scoring::RoadmapPlan& plan,
                        common::CsvCells cells) {
    std::string out = common::csv_line({"step", "indicator", "domain", "from", "to", "phase", "start_month",
                                        "end_month", "effort", "points", "owner", "after", "pinned", "why", "action"});
    for (const auto& step : plan.steps) {
        std::string start, end;
        for (const auto& phase : plan.phases)
            if (phase.settings.id == step.phase) {
                start = std::to_string(phase.settings.start_month);
                end = std::to_string(phase.settings.end_month);
            }
        std::string after;
        for (const auto& id : step.after) after += (after.empty() ? "" : " ") + id;
        out += common::csv_line({step.id, step.indicator_id, step.domain_id, std::to_string(step.from),
                                 std::to_string(step.to), step.phase.empty() ? "beyond" : step.phase, start, end,
                                 std::string(frameworks::effort_key(step.effort)), common::format_number(step.points),
                                 step.owner, after, step.pinned ? "yes" : "no",
                                 scoring::step_why(assessment, plan, step), scoring::step_action(assessment, step)},
                                cells);
    }
    return out;
}

}  // namespace socle::exports
