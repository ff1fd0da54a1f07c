#pragma once
// What the evidence register makes of an indicator's agreed level: the room
// agreed on it and the team has seen at least one document that supports
// it ("documented"), or the room agreed on it on its own word ("stated").
// A level taken from the votes' median, or no level, has no support to
// speak of (docs/methodology.md, "Evidence register").
#include <string_view>

#include "scoring/assessment_scores.h"

namespace socle::scoring {

enum class Support { None, Documented, Stated };

Support support_of(const IndicatorScore& indicator);
// "documented", "stated", or "" for None (the score JSON writes null).
std::string_view support_key(Support support);

}  // namespace socle::scoring
