#include "assessment/edits.h"

#include <algorithm>

#include "common/error.h"
#include "common/text.h"

namespace socle::assessment::edits {

namespace {

// An edit that swaps one part of the assessment between two values.
template <typename T, typename Access>
Edit swap_edit(T before, T after, Access access, std::string description) {
    return Edit{std::move(description),
                [after = std::move(after), access](Assessment& a) { access(a) = after; },
                [before = std::move(before), access](Assessment& a) { access(a) = before; }};
}

void store_response(Assessment& assessment, const std::string& indicator_id, const IndicatorResponse& response) {
    if (response.empty()) assessment.responses.erase(indicator_id);
    else assessment.responses[indicator_id] = response;
}

IndicatorResponse copy_response(const Assessment& assessment, const std::string& indicator_id) {
    if (!assessment.framework().find_indicator(indicator_id))
        throw common::LogicError("unknown indicator '" + indicator_id + "'");
    return assessment.response(indicator_id);
}

void refuse_if_needed(const Assessment& assessment, const std::string& indicator_id, const std::optional<Vote>& vote) {
    if (!vote) return;
    if (const auto* indicator = assessment.framework().find_indicator(indicator_id))
        if (auto refusal = refusal_of(*indicator, *vote)) throw EditRefused(*refusal);
}

}  // namespace

Edit set_response(const Assessment& assessment, const std::string& indicator_id, IndicatorResponse response,
                  std::string description) {
    IndicatorResponse before = copy_response(assessment, indicator_id);
    return Edit{std::move(description),
                [indicator_id, after = std::move(response)](Assessment& a) { store_response(a, indicator_id, after); },
                [indicator_id, before = std::move(before)](Assessment& a) { store_response(a, indicator_id, before); }};
}

Edit set_vote(const Assessment& assessment, const std::string& indicator_id, const std::string& participant_id,
              std::optional<Vote> vote) {
    if (!assessment.find_participant(participant_id))
        throw common::LogicError("unknown participant '" + participant_id + "'");
    auto response = copy_response(assessment, indicator_id);
    refuse_if_needed(assessment, indicator_id, vote);
    if (vote) response.votes[participant_id] = *vote;
    else response.votes.erase(participant_id);
    return set_response(assessment, indicator_id, std::move(response), "vote on " + indicator_id);
}

Edit set_agreed(const Assessment& assessment, const std::string& indicator_id, std::optional<Vote> agreed,
                std::string rationale) {
    auto response = copy_response(assessment, indicator_id);
    refuse_if_needed(assessment, indicator_id, agreed);
    // The room has decided: a level carried over by a migration is no
    // longer provisional.
    if (response.agreed != agreed) response.carried_from.clear();
    response.agreed = agreed;
    response.rationale = std::move(rationale);
    return set_response(assessment, indicator_id, std::move(response), "agreed level of " + indicator_id);
}

Edit set_target(const Assessment& assessment, const std::string& indicator_id, std::optional<int> target) {
    auto response = copy_response(assessment, indicator_id);
    response.target = target;
    return set_response(assessment, indicator_id, std::move(response), "target of " + indicator_id);
}

Edit set_confidence(const Assessment& assessment, const std::string& indicator_id, Confidence confidence) {
    auto response = copy_response(assessment, indicator_id);
    response.confidence = confidence;
    return set_response(assessment, indicator_id, std::move(response), "confidence of " + indicator_id);
}

Edit set_evidence(const Assessment& assessment, const std::string& indicator_id, std::string evidence) {
    auto response = copy_response(assessment, indicator_id);
    response.evidence = std::move(evidence);
    return set_response(assessment, indicator_id, std::move(response), "evidence of " + indicator_id);
}

Edit set_notes(const Assessment& assessment, const std::string& indicator_id, std::string notes) {
    auto response = copy_response(assessment, indicator_id);
    response.notes = std::move(notes);
    return set_response(assessment, indicator_id, std::move(response), "notes of " + indicator_id);
}

Edit set_metadata(const Assessment& assessment, Metadata metadata) {
    return swap_edit(assessment.metadata, std::move(metadata), [](Assessment& a) -> Metadata& { return a.metadata; },
                     "assessment details");
}

Edit set_profile_answer(const Assessment& assessment, const std::string& question_id, std::string answer) {
    auto profile = assessment.profile;
    if (answer.empty()) profile.erase(question_id);
    else profile[question_id] = std::move(answer);
    return swap_edit(assessment.profile, std::move(profile),
                     [](Assessment& a) -> std::map<std::string, std::string>& { return a.profile; },
                     "profile answer " + question_id);
}

Edit set_core_names(const Assessment& assessment, CoreNames core) {
    return swap_edit(assessment.core, std::move(core), [](Assessment& a) -> CoreNames& { return a.core; },
                     "core schemes and systems");
}

Edit add_participant(const Assessment& assessment, Participant participant) {
    if (participant.id.empty() || assessment.find_participant(participant.id))
        throw common::LogicError("participant id '" + participant.id + "' is empty or already used");
    auto participants = assessment.participants;
    participants.push_back(std::move(participant));
    return swap_edit(assessment.participants, std::move(participants),
                     [](Assessment& a) -> std::vector<Participant>& { return a.participants; }, "add participant");
}

Edit update_participant(const Assessment& assessment, Participant participant) {
    auto participants = assessment.participants;
    const auto it = std::find_if(participants.begin(), participants.end(),
                                 [&](const Participant& p) { return p.id == participant.id; });
    if (it == participants.end()) throw common::LogicError("unknown participant '" + participant.id + "'");
    *it = std::move(participant);
    return swap_edit(assessment.participants, std::move(participants),
                     [](Assessment& a) -> std::vector<Participant>& { return a.participants; }, "edit participant");
}

Edit remove_participant(const Assessment& assessment, const std::string& participant_id) {
    if (!assessment.find_participant(participant_id))
        throw common::LogicError("unknown participant '" + participant_id + "'");
    auto participants = assessment.participants;
    std::erase_if(participants, [&](const Participant& p) { return p.id == participant_id; });
    auto responses = assessment.responses;
    for (auto it = responses.begin(); it != responses.end();) {
        it->second.votes.erase(participant_id);
        it = it->second.empty() ? responses.erase(it) : std::next(it);
    }
    return set_participants_and_responses(assessment, std::move(participants), std::move(responses),
                                          "remove participant");
}

Edit set_participants_and_responses(const Assessment& assessment, std::vector<Participant> participants,
                                    std::map<std::string, IndicatorResponse> responses, std::string description) {
    struct People {
        std::vector<Participant> participants;
        std::map<std::string, IndicatorResponse> responses;
    };
    People before{assessment.participants, assessment.responses};
    People after{std::move(participants), std::move(responses)};
    auto put = [](const People& people) {
        return [people](Assessment& a) {
            a.participants = people.participants;
            a.responses = people.responses;
        };
    };
    return Edit{std::move(description), put(after), put(before)};
}

Edit set_system_map(const Assessment& assessment, SystemMap map, std::string description) {
    assign_fresh_flow_ids(map);  // an imported map's flows have none yet
    return swap_edit(assessment.systems, std::move(map), [](Assessment& a) -> SystemMap& { return a.systems; },
                     std::move(description));
}

namespace {

void check_flow(const SystemMap& map, const DataFlow& flow) {
    if (!map.find(flow.from) || !map.find(flow.to) || flow.from == flow.to)
        throw common::LogicError("flow " + flow.from + " -> " + flow.to + " must join two different systems of the map");
}

std::vector<InformationSystem>::iterator find_system(SystemMap& map, const std::string& system_id) {
    const auto it = std::find_if(map.systems.begin(), map.systems.end(),
                                 [&](const InformationSystem& s) { return s.id == system_id; });
    if (it == map.systems.end()) throw common::LogicError("unknown system '" + system_id + "'");
    return it;
}

}  // namespace

Edit add_system(const Assessment& assessment, InformationSystem system) {
    if (!common::is_valid_id(system.id) || assessment.systems.find(system.id))
        throw common::LogicError("system id '" + system.id + "' is not valid or already used");
    auto map = assessment.systems;
    const std::string description = "add system " + system.id;
    map.systems.push_back(std::move(system));
    return set_system_map(assessment, std::move(map), description);
}

Edit update_system(const Assessment& assessment, const std::string& system_id, InformationSystem system) {
    auto map = assessment.systems;
    const auto it = find_system(map, system_id);
    if (system.id != system_id) {
        if (!common::is_valid_id(system.id) || map.find(system.id))
            throw common::LogicError("system id '" + system.id + "' is not valid or already used");
        for (auto& flow : map.flows) {
            if (flow.from == system_id) flow.from = system.id;
            if (flow.to == system_id) flow.to = system.id;
        }
    }
    *it = std::move(system);
    return set_system_map(assessment, std::move(map), "edit system " + system_id);
}

Edit remove_system(const Assessment& assessment, const std::string& system_id) {
    auto map = assessment.systems;
    map.systems.erase(find_system(map, system_id));
    std::erase_if(map.flows, [&](const DataFlow& f) { return f.from == system_id || f.to == system_id; });
    return set_system_map(assessment, std::move(map), "remove system " + system_id);
}

Edit add_flow(const Assessment& assessment, DataFlow flow) {
    check_flow(assessment.systems, flow);
    auto map = assessment.systems;
    if (flow.id.empty()) flow.id = fresh_flow_id(map, flow);
    for (const auto& other : map.flows)
        if (other.id == flow.id) throw common::LogicError("flow id '" + flow.id + "' is already used");
    const std::string description = "add flow " + flow.from + " -> " + flow.to;
    map.flows.push_back(std::move(flow));
    return set_system_map(assessment, std::move(map), description);
}

Edit update_flow(const Assessment& assessment, std::size_t index, DataFlow flow) {
    if (index >= assessment.systems.flows.size()) throw common::LogicError("no flow number " + std::to_string(index));
    check_flow(assessment.systems, flow);
    auto map = assessment.systems;
    const std::string description = "edit flow " + flow.from + " -> " + flow.to;
    flow.id = map.flows[index].id;  // the same flow, changed: a merge must still know it
    map.flows[index] = std::move(flow);
    return set_system_map(assessment, std::move(map), description);
}

Edit remove_flow(const Assessment& assessment, std::size_t index) {
    if (index >= assessment.systems.flows.size()) throw common::LogicError("no flow number " + std::to_string(index));
    auto map = assessment.systems;
    const auto& flow = map.flows[index];
    const std::string description = "remove flow " + flow.from + " -> " + flow.to;
    map.flows.erase(map.flows.begin() + static_cast<std::ptrdiff_t>(index));
    return set_system_map(assessment, std::move(map), description);
}

Edit set_roadmap_choices(const Assessment& assessment, RoadmapChoices choices, std::string description) {
    return swap_edit(assessment.roadmap, std::move(choices), [](Assessment& a) -> RoadmapChoices& { return a.roadmap; },
                     std::move(description));
}

std::string next_participant_id(const Assessment& assessment) {
    for (std::size_t n = assessment.participants.size() + 1;; ++n) {
        std::string id = "p" + std::to_string(n);
        if (!assessment.find_participant(id)) return id;
    }
}

}  // namespace socle::assessment::edits
