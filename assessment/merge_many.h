#pragma once
// Break-out groups each rate some domains on their own copy of BASE:
// merge_many folds any number of copies into one, copy by copy, with the
// three-way rule of merge_assessments (BASE, the copies merged so far,
// the next copy). A conflict keeps the value of the earlier copies and is
// listed with the copy that disagreed, so nothing is lost without being
// listed: every value a copy changed is either in the result or in a
// conflict. Two copies give exactly merge_assessments' result.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "assessment/merge.h"

namespace socle::assessment {

struct ManyConflict {
    std::size_t copy = 0;  // index in `copies` of the copy whose value was not kept
    MergeConflict conflict;  // mine: the value of the copies before it
};

struct ManyMergeResult {
    std::optional<Assessment> merged;
    std::vector<ManyConflict> conflicts;
    std::string refusal;   // with the index of the copy refused (refused_copy)
    std::size_t refused_copy = 0;
    int from_first = 0;    // fields changed in the first copy (or conflicting, kept from it)
    int from_later = 0;    // fields taken from a later copy
    int from_several = 0;  // fields changed the same way in several copies

    bool clean() const { return merged && conflicts.empty(); }
};

// Needs at least two copies (a LogicError otherwise).
ManyMergeResult merge_many(const Assessment& base, const std::vector<const Assessment*>& copies);

}  // namespace socle::assessment
