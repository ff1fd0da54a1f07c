#pragma once
// What a dashboard puts first: the largest gaps to target, the indicators
// the room disagrees on most, and how far the walkthrough has come. Pure
// views over AssessmentScores; the order is deterministic (ties keep the
// framework order) so the same file always shows the same lists.
#include <cstddef>
#include <string_view>
#include <vector>

#include "scoring/assessment_scores.h"

namespace socle::scoring {

// Rated indicators below target, largest gap first; among equal gaps the
// heavier one (indicator weight x domain weight) first.
std::vector<const IndicatorScore*> largest_gaps(const AssessmentScores& scores, std::size_t max_items);

// Indicators whose votes disagree (spread >= 2), widest spread first.
std::vector<const IndicatorScore*> strongest_disagreements(const AssessmentScores& scores, std::size_t max_items);

// How far the walkthrough has come. Every screen shows progress as rated of
// applicable (the completeness ratio), so the status bar, the navigator and
// the dashboard never give two counts for one file.
struct Progress {
    int indicators = 0;  // all indicators counted
    int relevant = 0;    // not switched off by the profile
    int answered = 0;    // relevant and with any status but "unanswered"
    int applicable = 0;  // relevant and not "not applicable"
    int rated = 0;
    int disagreements = 0;  // level votes two or more levels apart
    int resolved = 0;       // of those, the ones the room has agreed a level on
};

// Over the whole framework, or one domain when domain_id is given.
Progress progress(const AssessmentScores& scores, std::string_view domain_id = {});

}  // namespace socle::scoring
