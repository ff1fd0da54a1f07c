// Counting indicators by level and status (see level_profile.h).
#include "scoring/level_profile.h"

#include <numeric>

namespace socle::scoring {

int LevelCounts::rated() const { return std::accumulate(at_level.begin(), at_level.end(), 0); }

int LevelCounts::total() const { return rated() + not_applicable + unknown + not_relevant + unanswered; }

namespace {

void count(LevelCounts& counts, const IndicatorScore& indicator) {
    switch (indicator.status) {
        case IndicatorStatus::Rated:
            // A level outside 1..levels cannot come out of score_assessment;
            // it is left out rather than read past the end.
            if (indicator.level && *indicator.level >= 1 &&
                *indicator.level <= static_cast<int>(counts.at_level.size()))
                ++counts.at_level[static_cast<std::size_t>(*indicator.level - 1)];
            break;
        case IndicatorStatus::NotApplicable: ++counts.not_applicable; break;
        case IndicatorStatus::Unknown: ++counts.unknown; break;
        case IndicatorStatus::NotRelevant: ++counts.not_relevant; break;
        case IndicatorStatus::Unanswered: ++counts.unanswered; break;
    }
}

}  // namespace

LevelProfile level_profile(const AssessmentScores& scores) {
    const auto levels = static_cast<std::size_t>(scores.levels > 0 ? scores.levels : 0);
    LevelProfile profile;
    profile.overall.at_level.assign(levels, 0);
    for (const auto& domain : scores.domains) profile.domains.push_back({domain.id, {std::vector<int>(levels, 0)}});
    for (const auto& indicator : scores.indicators) {
        count(profile.overall, indicator);
        for (auto& domain : profile.domains)
            if (domain.id == indicator.domain_id) {
                count(domain.counts, indicator);
                break;
            }
    }
    return profile;
}

}  // namespace socle::scoring
