// Counting indicators by level and status (see level_profile.h).
#include "scoring/level_profile.h"

#include <numeric>

#include "common/text.h"

namespace socle::scoring {

int LevelCounts::rated() const { return std::accumulate(at_level.begin(), at_level.end(), 0); }

int LevelCounts::total() const { return rated() + not_applicable + unknown + not_relevant + unanswered + not_re_examined; }

int LevelCounts::low_confidence_total() const {
    return std::accumulate(low_confidence.begin(), low_confidence.end(), 0);
}

int LevelCounts::undocumented_total() const { return std::accumulate(undocumented.begin(), undocumented.end(), 0); }

bool low_confidence(const IndicatorScore& indicator) {
    return indicator.confidence == assessment::Confidence::SelfReported ||
           indicator.confidence == assessment::Confidence::Unset;
}

namespace {

void count(LevelCounts& counts, const IndicatorScore& indicator, bool documented) {
    switch (indicator.status) {
        case IndicatorStatus::Rated:
            // A level outside 1..levels cannot come out of score_assessment;
            // it is left out rather than read past the end.
            if (indicator.level && *indicator.level >= 1 &&
                *indicator.level <= static_cast<int>(counts.at_level.size())) {
                const auto at = static_cast<std::size_t>(*indicator.level - 1);
                ++counts.at_level[at];
                if (low_confidence(indicator)) ++counts.low_confidence[at];
                if (!documented) ++counts.undocumented[at];
            }
            break;
        case IndicatorStatus::NotApplicable: ++counts.not_applicable; break;
        case IndicatorStatus::Unknown: ++counts.unknown; break;
        case IndicatorStatus::NotRelevant: ++counts.not_relevant; break;
        case IndicatorStatus::Unanswered: ++(indicator.not_re_examined() ? counts.not_re_examined : counts.unanswered); break;
    }
}

// Evidence written (not blank), a link given or a document of the evidence
// register: something a reader can check.
bool documented(const assessment::Assessment& assessment, const IndicatorScore& indicator) {
    const auto& response = assessment.response(indicator.id);
    return !common::trim(response.evidence).empty() || !response.links.empty() || indicator.evidence_documents > 0;
}

}  // namespace

LevelProfile level_profile(const AssessmentScores& scores, const assessment::Assessment& assessment) {
    const auto levels = static_cast<std::size_t>(scores.levels > 0 ? scores.levels : 0);
    LevelProfile profile;
    const LevelCounts empty{std::vector<int>(levels, 0), std::vector<int>(levels, 0), std::vector<int>(levels, 0)};
    profile.overall = empty;
    for (const auto& domain : scores.domains) profile.domains.push_back({domain.id, empty});
    for (const auto& indicator : scores.indicators) {
        const bool is_documented = documented(assessment, indicator);
        count(profile.overall, indicator, is_documented);
        for (auto& domain : profile.domains)
            if (domain.id == indicator.domain_id) {
                count(domain.counts, indicator, is_documented);
                break;
            }
    }
    return profile;
}

}  // namespace socle::scoring
