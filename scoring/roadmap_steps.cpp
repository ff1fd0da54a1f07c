// Builds the roadmap's steps and the "waits for" edges between them. The
// scheduling into phases is in roadmap_schedule.cpp.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "frameworks/system_category.h"
#include "scoring/detail/roadmap_graph.h"

namespace socle::scoring {

std::string step_id(std::string_view indicator_id, int to_level) {
    return std::string(indicator_id) + ":" + std::to_string(to_level);
}

double RoadmapSettings::points(frameworks::Effort effort) const {
    switch (effort) {
        case frameworks::Effort::Small: return small_points;
        case frameworks::Effort::Medium: return medium_points;
        case frameworks::Effort::Large: return large_points;
    }
    return medium_points;
}

namespace detail {

namespace {

using frameworks::SystemCategory;

// Scores by indicator id: AssessmentScores::find_indicator looks through the
// list, and the steps look up one score per prerequisite (a framework may
// have tens of thousands of indicators).
class ScoreIndex {
public:
    explicit ScoreIndex(const AssessmentScores& scores) {
        for (const auto& score : scores.indicators) by_id_.emplace(score.id, &score);
    }
    const IndicatorScore* find(std::string_view id) const {
        const auto it = by_id_.find(id);
        return it == by_id_.end() ? nullptr : it->second;
    }

private:
    std::map<std::string_view, const IndicatorScore*> by_id_;
};

// The level each indicator must reach: its target, raised where a
// prerequisite of a planned step needs more. An indicator whose level is
// raised may now need its own prerequisites, so it goes back on the list;
// each indicator is raised at most once per level of the scale. (Passes
// over the whole framework until nothing changed took one pass per link of
// a prerequisite chain written last-first: quadratic in its length.)
std::map<std::string, int> required_levels(const assessment::Assessment& assessment, const AssessmentScores& scores) {
    const ScoreIndex index(scores);
    std::map<std::string, int> required;
    std::vector<const IndicatorScore*> pending;
    for (const auto& score : scores.indicators) {
        if (!score.level) continue;
        required[score.id] = std::max(*score.level, score.target);
        pending.push_back(&score);
    }
    while (!pending.empty()) {
        const auto* score = pending.back();
        pending.pop_back();
        const int needed_here = required[score->id];
        const auto* indicator = assessment.framework().find_indicator(score->id);
        for (const auto& prerequisite : indicator->prerequisites) {
            if (needed_here < prerequisite.to_level) continue;  // no planned step reaches it
            const auto* other = index.find(prerequisite.indicator_id);
            if (!other || !other->level) continue;
            if (required[other->id] < prerequisite.level) {
                required[other->id] = prerequisite.level;
                pending.push_back(other);
            }
        }
    }
    return required;
}

std::string owner_for(const assessment::Assessment& assessment, const frameworks::Indicator& indicator) {
    const auto& systems = assessment.systems.systems;
    for (const auto& system : systems)
        if (!system.owner.empty() && std::count(system.linked_indicators.begin(), system.linked_indicators.end(), indicator.id))
            return system.owner;
    for (const auto& system : systems)
        if (!system.owner.empty() &&
            std::find(indicator.systems.begin(), indicator.systems.end(), system.category) != indicator.systems.end())
            return system.owner;
    const auto lead = assessment.roadmap.domain_leads.find(indicator.domain_id);
    return lead == assessment.roadmap.domain_leads.end() ? "" : lead->second;
}

// Direct dependencies between categories in the map: X depends on Y when a
// flow runs from a Y system to an X system. The value keeps the flows behind
// it: the first few by system name, then how many there are in all (a
// national map may hold thousands).
constexpr std::size_t kFlowsNamed = 3;

struct CategoryFlows {
    std::vector<FlowEnds> first;
    int count = 0;
};

std::map<SystemCategory, std::map<SystemCategory, CategoryFlows>> category_dependencies(const assessment::SystemMap& map) {
    std::unordered_map<std::string_view, const assessment::InformationSystem*> systems;
    for (const auto& system : map.systems) systems.emplace(system.id, &system);
    auto find = [&](const std::string& id) -> const assessment::InformationSystem* {
        const auto it = systems.find(id);
        return it == systems.end() ? nullptr : it->second;
    };
    // Ordered by names, so the flows named are the same on every run; ids
    // are kept so the wording looks the names up again.
    using Flow = std::pair<std::pair<std::string, std::string>, FlowEnds>;
    struct ByNames {
        bool operator()(const Flow& a, const Flow& b) const { return a.first < b.first; }
    };
    std::map<SystemCategory, std::map<SystemCategory, std::set<Flow, ByNames>>> flows;
    for (const auto& flow : map.flows) {
        const auto* from = find(flow.from);
        const auto* to = find(flow.to);
        if (!from || !to || from->category == to->category) continue;
        flows[to->category][from->category].insert({{from->name, to->name}, {from->id, to->id}});
    }
    std::map<SystemCategory, std::map<SystemCategory, CategoryFlows>> depends;
    for (const auto& [consumer, providers] : flows)
        for (const auto& [provider, named] : providers) {
            auto& out = depends[consumer][provider];
            out.count = static_cast<int>(named.size());
            for (const auto& flow : named) {
                if (out.first.size() == kFlowsNamed) break;
                out.first.push_back(flow.second);
            }
        }
    return depends;
}

void add_steps(const assessment::Assessment& assessment, const AssessmentScores& scores,
               const RoadmapSettings& settings, StepGraph& graph) {
    const auto& framework = assessment.framework();
    const auto required = required_levels(assessment, scores);
    for (const auto& score : scores.indicators) {
        if (!score.level) continue;
        const auto* indicator = framework.find_indicator(score.id);
        const auto* domain = framework.find_domain(score.domain_id);
        const double gap = std::max(0, score.target - *score.level);
        for (int to = *score.level + 1; to <= required.at(score.id); ++to) {
            RoadmapStep step;
            step.id = step_id(score.id, to);
            step.indicator_id = score.id;
            step.domain_id = score.domain_id;
            step.from = to - 1;
            step.to = to;
            step.effort = indicator->steps[static_cast<std::size_t>(to - 2)].effort;
            step.points = settings.points(step.effort);
            step.priority = gap * indicator->weight * (domain ? domain->weight : 1.0);
            step.beyond_target = to > score.target;
            step.owner = owner_for(assessment, *indicator);
            graph.add_step(std::move(step));
        }
    }
}

StepReason prerequisite_reason(const PrerequisiteRule& rule) {
    StepReason reason;
    reason.kind = ReasonKind::Prerequisite;
    reason.rule = rule;
    return reason;
}

void add_sequence_and_prerequisites(const assessment::Assessment& assessment, const AssessmentScores& scores,
                                    StepGraph& graph) {
    const auto& framework = assessment.framework();
    const ScoreIndex index(scores);
    for (std::size_t s = 0; s < graph.size(); ++s) {
        const RoadmapStep step = graph.step(s);  // copy: adding edges may not move steps, but stay safe
        if (graph.find(step_id(step.indicator_id, step.from)))
            graph.add_edge(step_id(step.indicator_id, step.from), step.id, StepReason{});  // a Sequence reason
        const auto* indicator = framework.find_indicator(step.indicator_id);
        const int first = index.find(step.indicator_id)->level.value_or(0) + 1;
        for (const auto& prerequisite : indicator->prerequisites) {
            // Only the first step at or past `to_level`: later ones follow by sequence.
            if (step.to != std::max(prerequisite.to_level, first)) continue;
            const PrerequisiteRule rule{step.indicator_id, prerequisite.to_level, prerequisite.indicator_id,
                                        prerequisite.level};
            const auto* other = index.find(prerequisite.indicator_id);
            if (!other || other->status == IndicatorStatus::NotApplicable ||
                other->status == IndicatorStatus::NotRelevant)
                continue;  // the prerequisite does not apply here
            if (!other->level) {
                StepNote note;
                note.kind = NoteKind::UnknownPrerequisite;
                note.rule = rule;
                graph.note(step.id, std::move(note));
                continue;
            }
            if (*other->level >= prerequisite.level) continue;  // already met
            graph.add_edge(step_id(prerequisite.indicator_id, prerequisite.level), step.id,
                           prerequisite_reason(rule));
        }
    }
}

// A step on an indicator about system category X waits for the step of an
// indicator about a category X depends on, at the same level or the highest
// below: a consumer should not run ahead of its provider. Edges that would
// close a cycle (against a prerequisite) are left out and noted.
void add_system_dependencies(const assessment::Assessment& assessment, StepGraph& graph) {
    const auto depends = category_dependencies(assessment.systems);
    if (depends.empty()) return;
    const auto& framework = assessment.framework();
    std::map<SystemCategory, std::vector<std::string>> indicators_by_category;
    for (const auto& domain : framework.domains)
        for (const auto& indicator : domain.indicators)
            for (auto category : indicator.systems) indicators_by_category[category].push_back(indicator.id);

    for (std::size_t s = 0; s < graph.size(); ++s) {
        const RoadmapStep step = graph.step(s);
        const auto* indicator = framework.find_indicator(step.indicator_id);
        std::set<std::string> done;
        std::vector<std::string> skipped;  // one note for all the edges left out, not one each
        for (auto category : indicator->systems) {
            const auto it = depends.find(category);
            if (it == depends.end()) continue;
            for (const auto& [provider, flows] : it->second) {
                if (std::count(indicator->systems.begin(), indicator->systems.end(), provider)) continue;
                for (const auto& other : indicators_by_category[provider]) {
                    if (other == step.indicator_id || !done.insert(other).second) continue;
                    const auto target = graph.highest_step_up_to(other, step.to);
                    if (!target) continue;
                    StepReason reason;
                    reason.kind = ReasonKind::SystemDependency;
                    reason.consumer = category;
                    reason.provider = provider;
                    reason.flows = flows.first;
                    reason.flow_count = flows.count;
                    if (!graph.add_edge_unless_cycle(*target, step.id, std::move(reason))) skipped.push_back(*target);
                }
            }
        }
        if (!skipped.empty()) {
            StepNote note;
            note.kind = NoteKind::SystemOrderSkipped;
            note.steps = std::move(skipped);
            graph.note(step.id, std::move(note));
        }
    }
}

}  // namespace

StepGraph build_step_graph(const assessment::Assessment& assessment, const AssessmentScores& scores,
                           const RoadmapSettings& settings) {
    StepGraph graph;
    add_steps(assessment, scores, settings, graph);
    add_sequence_and_prerequisites(assessment, scores, graph);
    add_system_dependencies(assessment, graph);
    return graph;
}

}  // namespace detail
}  // namespace socle::scoring
