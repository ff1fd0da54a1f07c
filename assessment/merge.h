#pragma once
// Three-way merge of an assessment that two teams edited offline from one
// BASE copy (MINE and THEIRS). It works field by field: every metadata
// field, profile answer, participant field, vote, indicator response field
// (agreed value, rationale, target, confidence, evidence, links, notes),
// system and flow field and roadmap choice is its own field.
//
// For each field: a change on one side only is taken; the same change on
// both sides is taken once; different changes on both sides are a conflict:
// the output keeps MINE's value and the conflict is listed with the base,
// mine and theirs values, so nothing is lost silently. Participants, systems
// and flows also merge as whole items: one removed on one side and left
// untouched on the other is removed; one removed on one side and changed on
// the other is a conflict, and the changed item is kept (a deletion is
// easier to redo than lost work). A participant removed while votes of
// theirs remain, or a system removed while flows still use it, is kept and
// reported. See docs/assessment-format.md, "Merging".
#include <optional>
#include <string>
#include <vector>

#include "assessment/assessment.h"

namespace socle::assessment {

struct MergeConflict {
    std::string field;  // "indicator[D1.1].evidence", "participant[p2]", "metadata.title", ...
    // The values, absent when the field (or item) is absent on that side.
    std::optional<std::string> base, mine, theirs;
};

struct MergeResult {
    // None when the merge is refused (see refusal).
    std::optional<Assessment> merged;
    std::vector<MergeConflict> conflicts;
    std::string refusal;  // why there is no merge: MINE and THEIRS use different frameworks
    int from_mine = 0;    // fields changed only in MINE (or conflicting, kept from MINE)
    int from_theirs = 0;  // fields changed only in THEIRS
    int from_both = 0;    // fields changed the same way on both sides

    bool clean() const { return merged && conflicts.empty(); }
};

MergeResult merge_assessments(const Assessment& base, const Assessment& mine, const Assessment& theirs);

}  // namespace socle::assessment
