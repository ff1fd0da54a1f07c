// Anonymising an assessment: see anonymise.h for what goes and what stays.
#include "assessment/anonymise.h"

#include <algorithm>
#include <map>
#include <random>
#include <string>

#include "common/text.h"

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

std::string institution_key(const std::string& institution) {
    return common::to_lower_ascii(common::fold_whitespace(institution));
}

// Institutions held by fewer than k participants become kOtherInstitutions;
// the others are written in their most common spelling, so that "Ministry of
// Labour" and "ministry of  labour" are one institution of two people.
void generalise_institutions(std::vector<Participant>& participants, int k, AnonymiseSummary& summary) {
    std::map<std::string, std::map<std::string, int>> spellings;  // key -> spelling -> participants
    for (const auto& participant : participants)
        if (!participant.institution.empty())
            ++spellings[institution_key(participant.institution)][common::fold_whitespace(participant.institution)];
    for (auto& participant : participants) {
        if (participant.institution.empty()) continue;
        const auto& forms = spellings[institution_key(participant.institution)];
        int holders = 0;
        const std::pair<const std::string, int>* common_form = nullptr;
        for (const auto& form : forms) {
            holders += form.second;
            if (!common_form || form.second > common_form->second) common_form = &form;
        }
        if (holders >= k) {
            participant.institution = common_form->first;
            continue;
        }
        participant.institution = std::string(kOtherInstitutions);
        ++summary.institutions_generalised;
    }
}

// Shuffles participants, renumbers them p1..pN and moves every vote to its
// new id.
void anonymise_participants(Assessment& assessment, const AnonymiseOptions& options, Eraser& eraser) {
    std::mt19937_64 random(options.seed ? *options.seed : std::random_device{}());
    std::shuffle(assessment.participants.begin(), assessment.participants.end(), random);
    generalise_institutions(assessment.participants, std::max(options.k, 1), eraser.summary);
    std::map<std::string, std::string> new_ids;
    int number = 0;
    for (auto& participant : assessment.participants) {
        const std::string renamed = "p" + std::to_string(++number);
        new_ids[participant.id] = renamed;
        if (participant.id != renamed) ++eraser.summary.texts_removed;
        participant.id = renamed;
        eraser.clear(participant.name);
        eraser.clear(participant.role);
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

// The evidence register keeps how many documents of which type, when (the
// year) and what they support; what names a document or a person goes. The
// ids are renumbered doc1..docN: an id may have been typed as a title.
void anonymise_evidence(std::vector<EvidenceDocument>& documents, Eraser& eraser) {
    int number = 0;
    for (auto& document : documents) {
        const std::string renamed = "doc" + std::to_string(++number);
        if (document.id != renamed) ++eraser.summary.texts_removed;
        document.id = renamed;
        eraser.clear(document.title);
        eraser.clear(document.issuer);
        eraser.clear(document.seen_by);
        eraser.clear(document.kept_at);
        eraser.clear(document.sha256);  // a hash finds the very file again
        if (document.date.size() > 4) document.date.resize(4);
    }
}

}  // namespace

AnonymiseSummary anonymise(Assessment& assessment, const AnonymiseOptions& options) {
    Eraser eraser;
    anonymise_participants(assessment, options, eraser);
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
    anonymise_evidence(assessment.evidence, eraser);
    assessment.anonymised = true;
    return eraser.summary;
}

}  // namespace socle::assessment
