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
#include "frameworks/system_category.h"
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

// Why a step waits for another one. Reasons, notes and problems are data
// (a kind and the ids and numbers behind it), not sentences: each front-end
// words them in its own language (scoring/roadmap_text.h).
enum class ReasonKind { Sequence, Prerequisite, SystemDependency };

// "<indicator_id> to level <to_level> needs <prerequisite_id> at level <level>".
struct PrerequisiteRule {
    std::string indicator_id;
    int to_level = 0;
    std::string prerequisite_id;
    int level = 0;
};

// A flow between two systems of the map, by system id.
struct FlowEnds {
    std::string from;
    std::string to;
};

struct StepReason {
    ReasonKind kind = ReasonKind::Sequence;
    std::string step_id;  // the step waited for
    PrerequisiteRule rule;  // Prerequisite only
    // SystemDependency only: systems of `consumer` receive flows from systems
    // of `provider`; the first few flows, and how many there are in all (a
    // national map may hold thousands).
    frameworks::SystemCategory consumer = frameworks::SystemCategory::Other;
    frameworks::SystemCategory provider = frameworks::SystemCategory::Other;
    std::vector<FlowEnds> flows;
    int flow_count = 0;
};

// Why a step sits where it sits, beyond the steps it waits for.
enum class NoteKind {
    UnknownPrerequisite,  // `rule` names a prerequisite whose level is not known yet
    SystemOrderSkipped,   // the map would also put it after `steps`, but a prerequisite runs the other way
    WaitsForExcluded,     // waits for `steps[0]`, which the team excluded
    WaitsBeyondHorizon,   // waits for `steps[0]`, which is beyond the horizon
    PlacedLater,          // `phases` had no room left for its `points`
    NoRoomLeft,           // no phase has room left for its `points` (`phases` full)
};

struct StepNote {
    NoteKind kind = NoteKind::PlacedLater;
    std::vector<std::string> steps;   // step ids
    std::vector<std::string> phases;  // phase ids
    PrerequisiteRule rule;
    double points = 0;
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
    std::vector<StepNote> notes;
};

struct PlannedPhase {
    PhaseSettings settings;
    double load = 0;
};

struct ExcludedStep {
    std::string id;
    std::string reason;  // the team's own words
};

// A choice of the team the plan could not follow as asked.
enum class ProblemKind {
    PinBeforeWait,     // `step` is pinned to `phase`, before steps it waits for (`waits_for`)
    PinUnknownPhase,   // `step` is pinned to `phase`, which the settings do not have; planned as if not pinned
    PinnedStepGone,    // `step` is pinned but no longer in the plan (its indicator may have reached that level)
};

struct PlanProblem {
    ProblemKind kind = ProblemKind::PinBeforeWait;
    std::string step;
    std::string phase;  // phase id as pinned
    std::vector<std::string> waits_for;
};

struct RoadmapPlan {
    std::vector<PlannedPhase> phases;
    std::vector<RoadmapStep> steps;  // in schedule order: by phase, then placement order
    std::vector<std::string> beyond_horizon;
    std::vector<ExcludedStep> excluded;
    std::vector<PlanProblem> problems;

    const RoadmapStep* find(std::string_view step_id) const;
    const PlannedPhase* find_phase(std::string_view phase_id) const;
};

RoadmapPlan plan_roadmap(const assessment::Assessment& assessment, const AssessmentScores& scores,
                         const RoadmapSettings& settings = {});

std::string step_id(std::string_view indicator_id, int to_level);

}  // namespace socle::scoring
