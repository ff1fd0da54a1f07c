#include "assessment/room_result.h"

#include <algorithm>

#include "common/error.h"

namespace socle::assessment {

int lower_median(std::vector<int> values) {
    if (values.empty()) throw common::LogicError("median of no values");
    const std::size_t lower_middle = (values.size() - 1) / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(lower_middle), values.end());
    return values[lower_middle];
}

std::optional<Vote> room_result(const IndicatorResponse& response) {
    if (response.agreed) return response.agreed;
    if (response.votes.empty()) return std::nullopt;
    std::vector<int> levels;
    int not_applicable = 0;
    int unknown = 0;
    for (const auto& [participant, vote] : response.votes) {
        switch (vote.kind) {
            case VoteKind::Level: levels.push_back(vote.level); break;
            case VoteKind::NotApplicable: ++not_applicable; break;
            case VoteKind::Unknown: ++unknown; break;
        }
    }
    const int voters = static_cast<int>(response.votes.size());
    if (2 * not_applicable > voters) return Vote::not_applicable();
    // Votes split between "not applicable" and "don't know" with no level:
    // the room does not know enough to rate it.
    if (2 * unknown > voters || levels.empty()) return Vote::unknown();
    return Vote::at(lower_median(std::move(levels)));
}

}  // namespace socle::assessment
