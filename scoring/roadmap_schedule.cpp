// Places the roadmap's steps into phases: a deterministic topological order
// (highest effective priority first, then id), then each step into the
// earliest phase that has room and is not before any step it waits for.
#include <algorithm>
#include <queue>

#include "scoring/detail/roadmap_graph.h"

namespace socle::scoring {

namespace detail {

void StepGraph::add_step(RoadmapStep step) {
    index_[step.id] = steps_.size();
    steps_.push_back(std::move(step));
    before_.emplace_back();
    after_.emplace_back();
}

std::optional<std::size_t> StepGraph::find(const std::string& id) const {
    const auto it = index_.find(id);
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

void StepGraph::add_edge(const std::string& from, const std::string& to, StepReason reason) {
    const auto a = find(from), b = find(to);
    if (!a || !b || *a == *b) return;
    auto& step = steps_[*b];
    reason.step_id = from;
    step.reasons.push_back(std::move(reason));
    if (std::find(before_[*b].begin(), before_[*b].end(), *a) != before_[*b].end()) return;
    before_[*b].push_back(*a);
    after_[*a].push_back(*b);
    step.after.push_back(from);
}

bool StepGraph::reaches(std::size_t from, std::size_t to) const {
    std::vector<bool> seen(steps_.size(), false);
    std::vector<std::size_t> stack{from};
    while (!stack.empty()) {
        const auto at = stack.back();
        stack.pop_back();
        if (at == to) return true;
        if (seen[at]) continue;
        seen[at] = true;
        for (auto next : after_[at]) stack.push_back(next);
    }
    return false;
}

bool StepGraph::add_edge_unless_cycle(const std::string& from, const std::string& to, StepReason reason) {
    const auto a = find(from), b = find(to);
    if (!a || !b || *a == *b || reaches(*b, *a)) return false;
    add_edge(from, to, std::move(reason));
    return true;
}

void StepGraph::note(const std::string& step, StepNote note) {
    if (const auto at = find(step)) steps_[*at].notes.push_back(std::move(note));
}

std::optional<std::string> StepGraph::highest_step_up_to(const std::string& indicator_id, int level) const {
    for (int to = level; to >= 2; --to)
        if (find(step_id(indicator_id, to))) return step_id(indicator_id, to);
    return std::nullopt;
}

}  // namespace detail

namespace {

constexpr int kBeyond = -1;

// A step's priority for ordering: its own, or that of the most urgent step
// waiting for it, so that an enabling step is not left for last. Computed
// back to front over an order where every step comes before the steps
// waiting for it (Kahn's), not by recursion: a framework's prerequisite
// chain, and so the walk's depth, is as long as its author makes it.
std::vector<double> effective_priorities(const detail::StepGraph& graph) {
    std::vector<double> priority(graph.size());
    std::vector<std::size_t> waiting(graph.size());
    std::vector<std::size_t> order;
    order.reserve(graph.size());
    for (std::size_t i = 0; i < graph.size(); ++i) {
        priority[i] = graph.step(i).priority;
        waiting[i] = graph.predecessors(i).size();
        if (waiting[i] == 0) order.push_back(i);
    }
    for (std::size_t k = 0; k < order.size(); ++k)
        for (auto next : graph.successors(order[k]))
            if (--waiting[next] == 0) order.push_back(next);
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        for (auto next : graph.successors(*it)) priority[*it] = std::max(priority[*it], priority[next]);
    return priority;
}

std::vector<std::size_t> topological_order(const detail::StepGraph& graph) {
    const auto priority = effective_priorities(graph);
    auto later = [&](std::size_t a, std::size_t b) {
        if (priority[a] != priority[b]) return priority[a] < priority[b];
        return graph.step(a).id > graph.step(b).id;
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> ready(later);
    std::vector<std::size_t> waiting(graph.size());
    for (std::size_t i = 0; i < graph.size(); ++i) {
        waiting[i] = graph.predecessors(i).size();
        if (waiting[i] == 0) ready.push(i);
    }
    std::vector<std::size_t> order;
    while (!ready.empty()) {
        const auto at = ready.top();
        ready.pop();
        order.push_back(at);
        for (auto next : graph.successors(at))
            if (--waiting[next] == 0) ready.push(next);
    }
    return order;  // the graph is acyclic by construction
}

// Puts a step into the earliest phase from `earliest` on with room for its
// points, and says so in its notes when a fuller phase pushed it later (or
// out of the horizon), so that the plan explains every placement.
void place_by_capacity(RoadmapPlan& plan, RoadmapStep& step, int earliest, int& placed) {
    std::vector<std::string> full;
    for (int p = earliest; p < static_cast<int>(plan.phases.size()); ++p) {
        auto& phase = plan.phases[static_cast<std::size_t>(p)];
        if (phase.load + step.points <= phase.settings.capacity + 1e-9) {
            placed = p;
            phase.load += step.points;
            break;
        }
        full.push_back(phase.settings.id);
    }
    if (full.empty()) return;
    StepNote note;
    note.kind = placed == kBeyond ? NoteKind::NoRoomLeft : NoteKind::PlacedLater;
    note.phases = std::move(full);
    note.points = step.points;
    step.notes.push_back(std::move(note));
}

StepNote waits_note(NoteKind kind, const std::string& step_id) {
    StepNote note;
    note.kind = kind;
    note.steps = {step_id};
    return note;
}

}  // namespace

RoadmapPlan plan_roadmap(const assessment::Assessment& assessment, const AssessmentScores& scores,
                         const RoadmapSettings& settings) {
    auto graph = detail::build_step_graph(assessment, scores, settings);
    RoadmapPlan plan;
    for (const auto& phase : settings.phases) plan.phases.push_back({phase, 0});
    auto phase_index = [&](const std::string& id) -> int {
        for (std::size_t p = 0; p < plan.phases.size(); ++p)
            if (plan.phases[p].settings.id == id) return static_cast<int>(p);
        return kBeyond;
    };

    const auto order = topological_order(graph);
    std::vector<int> placed(graph.size(), kBeyond);
    std::vector<bool> excluded(graph.size(), false);
    for (auto at : order) {
        auto& step = graph.step(at);
        const auto choice = assessment.roadmap.steps.find(step.id);
        if (choice != assessment.roadmap.steps.end()) {
            if (!choice->second.owner.empty()) step.owner = choice->second.owner;
            if (choice->second.excluded) {
                excluded[at] = true;
                plan.excluded.push_back({step.id, choice->second.exclusion_reason});
                continue;
            }
        }
        int earliest = 0;
        std::vector<std::string> unplaced;  // waits excluded or beyond the horizon: it cannot be planned
        for (auto before : graph.predecessors(at)) {
            if (excluded[before] || placed[before] == kBeyond) {
                step.notes.push_back(waits_note(excluded[before] ? NoteKind::WaitsForExcluded : NoteKind::WaitsBeyondHorizon,
                                                graph.step(before).id));
                unplaced.push_back(graph.step(before).id);
            } else {
                earliest = std::max(earliest, placed[before]);
            }
        }
        if (choice != assessment.roadmap.steps.end() && choice->second.pinned_phase) {
            const auto& pinned_id = *choice->second.pinned_phase;
            const int pinned = phase_index(pinned_id);
            if (pinned == kBeyond) {
                plan.problems.push_back({ProblemKind::PinUnknownPhase, step.id, pinned_id, {}});
            } else {
                step.pinned = true;
                // The waits it breaks: those placed in a later phase, or not at all.
                std::vector<std::string> broken;
                for (auto before : graph.predecessors(at))
                    if (!excluded[before] && placed[before] > pinned) broken.push_back(graph.step(before).id);
                broken.insert(broken.end(), unplaced.begin(), unplaced.end());
                if (!broken.empty()) plan.problems.push_back({ProblemKind::PinBeforeWait, step.id, pinned_id, broken});
                placed[at] = pinned;
                plan.phases[pinned].load += step.points;
                continue;
            }
        }
        if (!unplaced.empty()) continue;
        place_by_capacity(plan, step, earliest, placed[at]);
    }

    for (const auto& [id, choice] : assessment.roadmap.steps)
        if (choice.pinned_phase && !graph.find(id))
            plan.problems.push_back({ProblemKind::PinnedStepGone, id, *choice.pinned_phase, {}});

    // Output: by phase, then in the topological order (so within a phase a
    // step always follows what it waits for), beyond-horizon steps last.
    std::vector<std::size_t> rank(graph.size());
    for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    std::vector<std::size_t> listed;
    for (auto at : order)
        if (!excluded[at]) listed.push_back(at);
    std::stable_sort(listed.begin(), listed.end(), [&](std::size_t a, std::size_t b) {
        const int pa = placed[a] == kBeyond ? 1 << 20 : placed[a];
        const int pb = placed[b] == kBeyond ? 1 << 20 : placed[b];
        return pa != pb ? pa < pb : rank[a] < rank[b];
    });
    for (auto at : listed) {
        auto step = graph.step(at);
        if (placed[at] == kBeyond) plan.beyond_horizon.push_back(step.id);
        else step.phase = plan.phases[placed[at]].settings.id;
        plan.steps.push_back(std::move(step));
    }
    return plan;
}

const RoadmapStep* RoadmapPlan::find(std::string_view step_id) const {
    for (const auto& step : steps)
        if (step.id == step_id) return &step;
    return nullptr;
}

const PlannedPhase* RoadmapPlan::find_phase(std::string_view phase_id) const {
    for (const auto& phase : phases)
        if (phase.settings.id == phase_id) return &phase;
    return nullptr;
}

}  // namespace socle::scoring
