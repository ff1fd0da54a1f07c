#include "scoring/score_highlights.h"

#include <algorithm>

namespace socle::scoring {

namespace {
double domain_weight(const AssessmentScores& scores, const IndicatorScore& indicator) {
    const auto* domain = scores.find_domain(indicator.domain_id);
    return domain ? domain->weight : 1.0;
}
}  // namespace

std::vector<const IndicatorScore*> largest_gaps(const AssessmentScores& scores, std::size_t max_items) {
    std::vector<const IndicatorScore*> found;
    for (const auto& indicator : scores.indicators)
        if (indicator.status == IndicatorStatus::Rated && indicator.gap && *indicator.gap > 0) found.push_back(&indicator);
    std::stable_sort(found.begin(), found.end(), [&](const IndicatorScore* a, const IndicatorScore* b) {
        if (*a->gap != *b->gap) return *a->gap > *b->gap;
        return a->weight * domain_weight(scores, *a) > b->weight * domain_weight(scores, *b);
    });
    if (found.size() > max_items) found.resize(max_items);
    return found;
}

std::vector<const IndicatorScore*> strongest_disagreements(const AssessmentScores& scores, std::size_t max_items) {
    std::vector<const IndicatorScore*> found;
    for (const auto& indicator : scores.indicators)
        if (indicator.disagreement && indicator.status != IndicatorStatus::NotRelevant) found.push_back(&indicator);
    std::stable_sort(found.begin(), found.end(),
                     [](const IndicatorScore* a, const IndicatorScore* b) { return a->spread > b->spread; });
    if (found.size() > max_items) found.resize(max_items);
    return found;
}

Progress progress(const AssessmentScores& scores, std::string_view domain_id) {
    Progress result;
    for (const auto& indicator : scores.indicators) {
        if (!domain_id.empty() && indicator.domain_id != domain_id) continue;
        ++result.indicators;
        if (indicator.status == IndicatorStatus::NotRelevant) continue;
        ++result.relevant;
        if (indicator.status != IndicatorStatus::Unanswered) ++result.answered;
        if (indicator.status != IndicatorStatus::NotApplicable) ++result.applicable;
        if (indicator.status == IndicatorStatus::Rated) ++result.rated;
        if (indicator.disagreement) {
            ++result.disagreements;
            if (indicator.agreed) ++result.resolved;
        }
    }
    return result;
}

}  // namespace socle::scoring
