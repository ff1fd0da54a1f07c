#pragma once
// What the room concluded on one indicator, by the rule of
// docs/methodology.md: the agreed value, else from the votes (more than
// half "not applicable" or "don't know" decides it; otherwise the lower
// median of the level votes). The scoring rates with it, and the next
// round remembers it as the last round's result (next_round.h).
#include <optional>
#include <vector>

#include "assessment/assessment.h"

namespace socle::assessment {

// nullopt when nothing was said (no agreed value and no vote).
std::optional<Vote> room_result(const IndicatorResponse& response);

// Lower median: for an even count, the lower of the two middle values.
// LogicError on no values.
int lower_median(std::vector<int> values);

}  // namespace socle::assessment
