#pragma once
// Builders of the edits a user makes. Each captures the value before and
// after, so undo restores exactly what was there. They read the current
// assessment but never change it: EditHistory::apply does.
#include <optional>
#include <string>

#include "assessment/edit_history.h"
#include "common/error.h"

namespace socle::assessment::edits {

// An edit the model refuses because of what it would record (N/A on an
// always-applicable indicator); what() says why, for the user. Front-ends
// check refusal_of() first and show the message instead of editing.
class EditRefused : public common::Error {
public:
    using common::Error::Error;
};

// Replaces everything recorded for one indicator (the building block of the
// per-field edits below). An empty response removes the entry.
Edit set_response(const Assessment& assessment, const std::string& indicator_id, IndicatorResponse response,
                  std::string description);

Edit set_vote(const Assessment& assessment, const std::string& indicator_id, const std::string& participant_id,
              std::optional<Vote> vote);
Edit set_agreed(const Assessment& assessment, const std::string& indicator_id, std::optional<Vote> agreed,
                std::string rationale);
Edit set_target(const Assessment& assessment, const std::string& indicator_id, std::optional<int> target);
Edit set_confidence(const Assessment& assessment, const std::string& indicator_id, Confidence confidence);
Edit set_evidence(const Assessment& assessment, const std::string& indicator_id, std::string evidence);
Edit set_notes(const Assessment& assessment, const std::string& indicator_id, std::string notes);

Edit set_metadata(const Assessment& assessment, Metadata metadata);
Edit set_profile_answer(const Assessment& assessment, const std::string& question_id, std::string answer);
// The team's core schemes and systems (set-up).
Edit set_core_names(const Assessment& assessment, CoreNames core);

Edit add_participant(const Assessment& assessment, Participant participant);
Edit update_participant(const Assessment& assessment, Participant participant);
// Removes the participant and their votes (undo brings both back).
Edit remove_participant(const Assessment& assessment, const std::string& participant_id);

// Replaces participants and responses together (imports, removals).
Edit set_participants_and_responses(const Assessment& assessment, std::vector<Participant> participants,
                                    std::map<std::string, IndicatorResponse> responses, std::string description);

// The system map. set_system_map replaces it whole (CSV imports); the
// others check their input against the map and throw LogicError on a bug
// (unknown id, id already used, a flow to an unknown system).
Edit set_system_map(const Assessment& assessment, SystemMap map, std::string description);
Edit add_system(const Assessment& assessment, InformationSystem system);
// Replaces the system with id `system_id`; when system.id differs, the
// system is renamed and its flows follow.
Edit update_system(const Assessment& assessment, const std::string& system_id, InformationSystem system);
// Removes the system and every flow to or from it (undo brings all back).
Edit remove_system(const Assessment& assessment, const std::string& system_id);
// Flows are addressed by their index in map.flows. add_flow gives a flow
// without an id a fresh one (fresh_flow_id); update_flow keeps the flow's
// id whatever it is given; set_system_map gives fresh ids to flows without.
Edit add_flow(const Assessment& assessment, DataFlow flow);
Edit update_flow(const Assessment& assessment, std::size_t index, DataFlow flow);
Edit remove_flow(const Assessment& assessment, std::size_t index);
Edit set_roadmap_choices(const Assessment& assessment, RoadmapChoices choices, std::string description);

// The evidence register (edits_evidence.cpp). Each checks the document
// with document_problems() and throws EditRefused with the first problem
// (a front-end checks first and shows them); an unknown document id is a
// LogicError. A document's id never changes.
Edit add_document(const Assessment& assessment, EvidenceDocument document);
Edit update_document(const Assessment& assessment, EvidenceDocument document);
Edit remove_document(const Assessment& assessment, const std::string& document_id);
// Links (or unlinks) a document and an indicator; linking twice is a no-op edit.
Edit link_document(const Assessment& assessment, const std::string& document_id, const std::string& indicator_id);
Edit unlink_document(const Assessment& assessment, const std::string& document_id, const std::string& indicator_id);

// A participant id not yet used ("p1", "p2", ...).
std::string next_participant_id(const Assessment& assessment);

}  // namespace socle::assessment::edits
