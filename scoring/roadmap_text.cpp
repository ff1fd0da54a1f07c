#include "scoring/roadmap_text.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

#include "common/i18n.h"
#include "common/text.h"

namespace socle::scoring {

namespace {

using Values = std::initializer_list<std::pair<std::string_view, std::string>>;

// The template in the reader's language with each "{name}" replaced by its
// value, in one pass: a value holding braces (a system's name) stays as it is.
std::string fill(const Translate& translate, std::string_view english, Values values) {
    const std::string text = translate ? translate(english) : std::string(english);
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto open = text.find('{', at);
        const auto close = open == std::string::npos ? std::string::npos : text.find('}', open);
        if (close == std::string::npos) break;
        out.append(text, at, open - at);
        const std::string_view name(text.data() + open + 1, close - open - 1);
        const std::string* value = nullptr;
        for (const auto& [key, given] : values)
            if (key == name) value = &given;
        if (value) out += *value;
        else out.append(text, open, close - open + 1);
        at = close + 1;
    }
    out.append(text, std::min(at, text.size()), std::string::npos);
    return out;
}

std::string word(const Translate& translate, std::string_view english) {
    return translate ? translate(english) : std::string(english);
}

std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ") {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

std::string system_name(const assessment::Assessment& assessment, const std::string& id) {
    for (const auto& system : assessment.systems.systems)
        if (system.id == id) return system.name.empty() ? id : system.name;
    return id;
}

// An indicator as the room knows it: its code and its domain's name in the
// session language ("D4.2 (Identification and registries)").
std::string indicator_name(const assessment::Assessment& assessment, const std::string& id) {
    const auto& framework = assessment.framework();
    const auto* indicator = framework.find_indicator(id);
    const auto* domain = indicator ? framework.find_domain(indicator->domain_id) : nullptr;
    if (!domain) return id;
    const std::string name = framework.text(domain->name, assessment.metadata.language);
    return name.empty() ? id : id + " (" + name + ")";
}

// A step in words, never its id "D4.2:3" (which only the file and the CLI's
// JSON use): "D4.2 (Identification and registries) to level 3".
std::string step_name(const assessment::Assessment& assessment, const std::string& step_id, const Translate& translate) {
    const auto colon = step_id.rfind(':');
    if (colon == std::string::npos) return step_id;
    return fill(translate, N_("{indicator} to level {level}"),
                {{"indicator", indicator_name(assessment, step_id.substr(0, colon))}, {"level", step_id.substr(colon + 1)}});
}

std::string step_names(const assessment::Assessment& assessment, const std::vector<std::string>& ids,
                       const Translate& translate) {
    std::vector<std::string> names;
    for (const auto& id : ids) names.push_back(step_name(assessment, id, translate));
    return joined(names, "; ");
}

// Phases by their names; a default name ("0-6 months") is translated, a
// team's own name or an unknown id is shown as it is.
std::string phase_name(const RoadmapPlan& plan, const std::string& id, const Translate& translate) {
    const auto* phase = plan.find_phase(id);
    return phase ? word(translate, phase->settings.name) : id;
}

std::string phase_names(const RoadmapPlan& plan, const std::vector<std::string>& ids, const Translate& translate) {
    std::vector<std::string> names;
    for (const auto& id : ids) names.push_back(phase_name(plan, id, translate));
    return joined(names);
}

std::string rule_text(const PrerequisiteRule& rule, const Translate& translate) {
    return fill(translate, N_("{indicator} to level {to_level} needs {prerequisite} at level {level}"),
                {{"indicator", rule.indicator_id},
                 {"to_level", std::to_string(rule.to_level)},
                 {"prerequisite", rule.prerequisite_id},
                 {"level", std::to_string(rule.level)}});
}

std::string flows_text(const assessment::Assessment& assessment, const StepReason& reason, const Translate& translate) {
    std::vector<std::string> named;
    for (const auto& flow : reason.flows)
        named.push_back(system_name(assessment, flow.from) + " → " + system_name(assessment, flow.to));
    const std::string listed = joined(named, "; ");
    const int more = reason.flow_count - static_cast<int>(reason.flows.size());
    if (more <= 0) return listed;
    return fill(translate, N_("{flows} and {count} more flows"), {{"flows", listed}, {"count", std::to_string(more)}});
}

}  // namespace

std::string step_label(std::string_view step_id) {
    const auto colon = step_id.rfind(':');
    if (colon == std::string_view::npos) return std::string(step_id);
    return std::string(step_id.substr(0, colon)) + " \u2192 " + std::string(step_id.substr(colon + 1));
}

std::string step_action(const assessment::Assessment& assessment, const RoadmapStep& step) {
    const auto& framework = assessment.framework();
    const auto* indicator = framework.find_indicator(step.indicator_id);
    if (!indicator || step.from < 1 || step.from > static_cast<int>(indicator->steps.size())) return "";
    return framework.text(indicator->steps[static_cast<std::size_t>(step.from - 1)].action, assessment.metadata.language);
}

std::string reason_text(const assessment::Assessment& assessment, const StepReason& reason, const Translate& translate) {
    switch (reason.kind) {
        case ReasonKind::Sequence:
            return fill(translate, N_("Waits for {step}: the level before comes first."), {{"step", step_name(assessment, reason.step_id, translate)}});
        case ReasonKind::Prerequisite:
            return fill(translate, N_("Waits for {step}: {rule}."),
                        {{"step", step_name(assessment, reason.step_id, translate)}, {"rule", rule_text(reason.rule, translate)}});
        case ReasonKind::SystemDependency:
            return fill(translate, N_("Waits for {step}: in the system map, {consumer} depends on {provider} ({flows})."),
                        {{"step", step_name(assessment, reason.step_id, translate)},
                         {"consumer", word(translate, frameworks::category_label(reason.consumer))},
                         {"provider", word(translate, frameworks::category_label(reason.provider))},
                         {"flows", flows_text(assessment, reason, translate)}});
    }
    return {};
}

std::string note_text(const assessment::Assessment& assessment, const RoadmapPlan& plan, const StepNote& note, const Translate& translate) {
    const std::string first = note.steps.empty() ? std::string() : step_name(assessment, note.steps.front(), translate);
    const std::string points = common::format_number(note.points);
    switch (note.kind) {
        case NoteKind::UnknownPrerequisite:
            return fill(translate, N_("{rule}, whose level is not known yet: check it before this step."),
                        {{"rule", rule_text(note.rule, translate)}});
        case NoteKind::SystemOrderSkipped:
            return fill(translate, N_("The system map would also put it after {steps}, but a prerequisite runs the other way."),
                        {{"steps", step_names(assessment, note.steps, translate)}});
        case NoteKind::WaitsForExcluded:
            return fill(translate, N_("Waits for {step}, which the team excluded."), {{"step", first}});
        case NoteKind::WaitsBeyondHorizon:
            return fill(translate, N_("Waits for {step}, which is beyond the horizon."), {{"step", first}});
        case NoteKind::PlacedLater:
            return fill(translate, N_("Placed later: {phases} had no room left for it (effort points: {points})."),
                        {{"phases", phase_names(plan, note.phases, translate)}, {"points", points}});
        case NoteKind::NoRoomLeft:
            return fill(translate, N_("No phase has room left for it (effort points: {points}; full: {phases})."),
                        {{"phases", phase_names(plan, note.phases, translate)}, {"points", points}});
    }
    return {};
}

std::string problem_text(const assessment::Assessment& assessment, const RoadmapPlan& plan, const PlanProblem& problem, const Translate& translate) {
    switch (problem.kind) {
        case ProblemKind::PinBeforeWait:
            return fill(translate, N_("Step {step} is pinned to {phase}, before steps it waits for: {steps}."),
                        {{"step", step_name(assessment, problem.step, translate)},
                         {"phase", phase_name(plan, problem.phase, translate)},
                         {"steps", step_names(assessment, problem.waits_for, translate)}});
        case ProblemKind::PinUnknownPhase:
            return fill(translate, N_("Step {step} is pinned to an unknown phase, {phase}: it was planned as if not pinned."),
                        {{"step", step_name(assessment, problem.step, translate)}, {"phase", problem.phase}});
        case ProblemKind::PinnedStepGone:
            return fill(translate,
                        N_("Step {step} is pinned but no longer in the plan: its indicator may have reached that level."),
                        {{"step", step_name(assessment, problem.step, translate)}});
    }
    return {};
}

std::string step_why(const assessment::Assessment& assessment, const RoadmapPlan& plan, const RoadmapStep& step,
                     const Translate& translate) {
    std::vector<std::string> parts;
    for (const auto& reason : step.reasons)
        if (reason.kind != ReasonKind::Sequence) parts.push_back(reason_text(assessment, reason, translate));
    for (const auto& note : step.notes) parts.push_back(note_text(assessment, plan, note, translate));
    return joined(parts, " ");
}

}  // namespace socle::scoring
