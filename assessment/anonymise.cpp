// Anonymising an assessment: see anonymise.h for what goes and what stays.
#include "assessment/anonymise.h"

#include <map>
#include <string>

namespace socle::assessment {

namespace {

class Eraser {
public:
    void clear(std::string& text) {
        if (text.empty()) return;
        text.clear();
        ++summary.texts_removed;
    }
    void clear(std::vector<std::string>& texts) {
        for (auto& text : texts) clear(text);
        texts.clear();
    }
    AnonymiseSummary summary;
};

// Renumbers participants p1..pN and moves every vote to its new id.
void anonymise_participants(Assessment& assessment, Eraser& eraser) {
    std::map<std::string, std::string> new_ids;
    int number = 0;
    for (auto& participant : assessment.participants) {
        const std::string renamed = "p" + std::to_string(++number);
        new_ids[participant.id] = renamed;
        if (participant.id != renamed) ++eraser.summary.texts_removed;
        participant.id = renamed;
        eraser.clear(participant.name);
        eraser.clear(participant.role);
        eraser.clear(participant.institution);
        participant.anonymous = true;
    }
    eraser.summary.participants = number;
    for (auto& [indicator, response] : assessment.responses) {
        std::map<std::string, Vote> votes;
        for (const auto& [participant, vote] : response.votes) {
            const auto it = new_ids.find(participant);
            // A vote always names a declared participant (the reader checks);
            // keep an unexpected one under a neutral id rather than drop it.
            votes.emplace(it != new_ids.end() ? it->second : "p" + std::to_string(++number), vote);
        }
        response.votes = std::move(votes);
    }
}

}  // namespace

AnonymiseSummary anonymise(Assessment& assessment) {
    Eraser eraser;
    anonymise_participants(assessment, eraser);
    eraser.clear(assessment.metadata.facilitator);
    eraser.clear(assessment.metadata.notes);
    for (auto& [indicator, response] : assessment.responses) {
        eraser.clear(response.rationale);
        eraser.clear(response.evidence);
        eraser.clear(response.links);
        eraser.clear(response.notes);
    }
    for (auto& system : assessment.systems.systems) eraser.clear(system.notes);
    for (auto& flow : assessment.systems.flows) eraser.clear(flow.notes);
    for (auto& [step, choice] : assessment.roadmap.steps) {
        eraser.clear(choice.owner);
        eraser.clear(choice.exclusion_reason);
    }
    assessment.anonymised = true;
    return eraser.summary;
}

}  // namespace socle::assessment
