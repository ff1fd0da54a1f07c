#pragma once
// The roadmap's steps and their "waits for" edges, before scheduling.
// Internal to scoring/: roadmap_steps.cpp builds it, roadmap_schedule.cpp
// places it into phases.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "scoring/roadmap.h"

namespace socle::scoring::detail {

class StepGraph {
public:
    void add_step(RoadmapStep step);
    std::size_t size() const { return steps_.size(); }
    const RoadmapStep& step(std::size_t index) const { return steps_[index]; }
    RoadmapStep& step(std::size_t index) { return steps_[index]; }
    std::optional<std::size_t> find(const std::string& id) const;

    // `to` waits for `from`. Duplicate edges are merged (reasons kept).
    void add_edge(const std::string& from, const std::string& to, StepReason reason);
    // As add_edge, unless `to` already reaches `from` (the edge would close a
    // cycle); returns whether the edge was added.
    bool add_edge_unless_cycle(const std::string& from, const std::string& to, StepReason reason);
    void note(const std::string& step, StepNote note);

    // The step of an indicator with the highest level reached that is <= level.
    std::optional<std::string> highest_step_up_to(const std::string& indicator_id, int level) const;

    const std::vector<std::size_t>& predecessors(std::size_t index) const { return before_[index]; }
    const std::vector<std::size_t>& successors(std::size_t index) const { return after_[index]; }

private:
    bool reaches(std::size_t from, std::size_t to) const;
    std::vector<RoadmapStep> steps_;
    std::map<std::string, std::size_t> index_;
    std::vector<std::vector<std::size_t>> before_;
    std::vector<std::vector<std::size_t>> after_;
};

StepGraph build_step_graph(const assessment::Assessment& assessment, const AssessmentScores& scores,
                           const RoadmapSettings& settings);

}  // namespace socle::scoring::detail
