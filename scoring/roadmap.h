#pragma once
// Turns gaps into a sequenced roadmap (docs/methodology.md, "Roadmap"):
// every rated indicator below its target yields one step per level to climb;
// steps are ordered by the indicator's own sequence, the framework's
// prerequisites and the system map's dependencies, then placed into phases
// by effort capacity. Every step knows why it sits where it sits.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment/assessment.h"
#include "scoring/assessment_scores.h"

namespace socle::scoring {

struct PhaseSettings {
    std::string id;
    std::string name;
    int start_month = 0;
    int end_month = 0;
    double capacity = 0;  // effort points the phase can absorb
};

struct RoadmapSettings {
    // Effort points of a step by its size. Defaults: S 1, M 3, L 6.
    double small_points = 1;
    double medium_points = 3;
    double large_points = 6;
    // Defaults: 0-6 months (12 points), 6-18 (24), 18-36 (36): about two
    // points a month, what one coordination unit can steer at a time.
    std::vector<PhaseSettings> phases = {
        {"P1", "0-6 months", 0, 6, 12},
        {"P2", "6-18 months", 6, 18, 24},
        {"P3", "18-36 months", 18, 36, 36},
    };
    double points(frameworks::Effort effort) const;
};

// Why a step waits for another one.
enum class ReasonKind { Sequence, Prerequisite, SystemDependency };

struct StepReason {
    ReasonKind kind = ReasonKind::Sequence;
    std::string step_id;  // the step waited for
    std::string detail;   // e.g. "D6.2 to level 4 needs D1.2 at level 3", or the flows behind it
};

struct RoadmapStep {
    std::string id;  // "<indicator>:<to level>", stable across runs
    std::string indicator_id;
    std::string domain_id;
    int from = 0;
    int to = 0;
    frameworks::Effort effort = frameworks::Effort::Medium;
    double points = 0;
    double priority = 0;  // gap x indicator weight x domain weight
    std::string owner;
    std::string phase;  // phase id; empty when beyond the horizon
    bool pinned = false;
    bool beyond_target = false;  // climbs past the target because a prerequisite needs it
    std::vector<std::string> after;  // ids of the steps it waits for
    std::vector<StepReason> reasons;
    std::vector<std::string> notes;  // e.g. a prerequisite on an indicator whose level is unknown
};

struct PlannedPhase {
    PhaseSettings settings;
    double load = 0;
};

struct ExcludedStep {
    std::string id;
    std::string reason;
};

struct RoadmapPlan {
    std::vector<PlannedPhase> phases;
    std::vector<RoadmapStep> steps;  // in schedule order: by phase, then placement order
    std::vector<std::string> beyond_horizon;
    std::vector<ExcludedStep> excluded;
    std::vector<std::string> problems;  // pins that break a prerequisite, unknown pinned phases

    const RoadmapStep* find(std::string_view step_id) const;
};

RoadmapPlan plan_roadmap(const assessment::Assessment& assessment, const AssessmentScores& scores,
                         const RoadmapSettings& settings = {});

std::string step_id(std::string_view indicator_id, int to_level);

}  // namespace socle::scoring
