#include "assessment/merge_many.h"

#include "common/error.h"

namespace socle::assessment {

ManyMergeResult merge_many(const Assessment& base, const std::vector<const Assessment*>& copies) {
    if (copies.size() < 2) throw common::LogicError("merge_many needs at least two copies");
    ManyMergeResult result;
    Assessment so_far = *copies[0];
    for (std::size_t k = 1; k < copies.size(); ++k) {
        auto step = merge_assessments(base, so_far, *copies[k]);
        if (!step.merged) {
            result.refusal = step.refusal;
            result.refused_copy = k;
            result.conflicts.clear();
            return result;
        }
        // "Mine" is everything before copy k: its count grows only with the
        // first step; later steps add to the later copies' count.
        if (k == 1) result.from_first = step.from_mine;
        result.from_later += step.from_theirs;
        result.from_several += step.from_both;
        for (auto& conflict : step.conflicts) result.conflicts.push_back({k, std::move(conflict)});
        so_far = std::move(*step.merged);
    }
    result.merged = std::move(so_far);
    return result;
}

}  // namespace socle::assessment
