#pragma once
// The level profile: how many indicators sit at each level, and how many are
// not applicable, unknown, switched off by the profile or still unanswered,
// overall and per domain. It is the headline of a report (a mean level hides
// a domain with half its indicators at level 1 and half at level 5); the
// report, and later the dashboard, read it from here. A count, not a mean:
// weights do not enter it.
#include <string>
#include <vector>

#include "scoring/assessment_scores.h"

namespace socle::scoring {

struct LevelCounts {
    std::vector<int> at_level;  // [level - 1] -> rated indicators at that level
    // Of those, [level - 1] -> how many rest on weak ground, flagged beside
    // the level wherever the profile is shown: low confidence (self-reported,
    // or no confidence recorded) and undocumented (no evidence written, no
    // link and no document of the evidence register). One indicator can be both.
    std::vector<int> low_confidence;
    std::vector<int> undocumented;
    int not_applicable = 0;
    int unknown = 0;
    int not_relevant = 0;
    int unanswered = 0;
    // Rated last round, not yet in this one (next round): counted apart,
    // never as a level of this round nor as unanswered.
    int not_re_examined = 0;
    int rated() const;
    int total() const;  // every indicator counted, whatever its status
    int low_confidence_total() const;
    int undocumented_total() const;
};

struct LevelProfile {
    LevelCounts overall;
    struct Domain {
        std::string id;
        LevelCounts counts;
    };
    std::vector<Domain> domains;  // framework order
};

// `assessment` is the one scored: its responses say which ratings are
// documented (evidence, a link or a register document).
LevelProfile level_profile(const AssessmentScores& scores, const assessment::Assessment& assessment);

// Whether a rated indicator's level counts as low confidence (see above).
bool low_confidence(const IndicatorScore& indicator);

}  // namespace socle::scoring
