#include "scoring/score_explanation.h"

namespace socle::scoring {

std::optional<Explanation> explain_domain(const AssessmentScores& scores, std::string_view domain_id) {
    const DomainScore* domain = scores.find_domain(domain_id);
    if (!domain) return std::nullopt;
    Explanation result;
    result.id = domain->id;
    result.levels = scores.levels;
    for (const auto& indicator : scores.indicators) {
        if (indicator.domain_id != domain->id) continue;
        ExplanationTerm term;
        term.id = indicator.id;
        term.status = indicator.status;
        term.source = indicator.source;
        term.weight = indicator.weight;
        term.target = indicator.target;
        term.applicable =
            indicator.status != IndicatorStatus::NotRelevant && indicator.status != IndicatorStatus::NotApplicable;
        term.counted = indicator.status == IndicatorStatus::Rated;
        if (indicator.level) term.level = *indicator.level;
        if (term.counted) {
            term.weighted = indicator.weight * *indicator.level;
            result.sum_weighted += *term.weighted;
            result.sum_weights += indicator.weight;
            result.sum_weighted_target += indicator.weight * indicator.target;
        }
        result.terms.push_back(std::move(term));
    }
    // The results are the score's own, not recomputed here.
    result.level = domain->level;
    result.stage = domain->stage;
    result.index = domain->index;
    result.target_level = domain->target_level;
    result.weakest = domain->weakest;
    result.weakest_id = domain->weakest_indicator;
    result.rated = domain->rated;
    result.applicable = domain->applicable;
    result.completeness = domain->completeness;
    return result;
}

Explanation explain_overall(const AssessmentScores& scores) {
    Explanation result;
    result.levels = scores.levels;
    for (const auto& domain : scores.domains) {
        ExplanationTerm term;
        term.id = domain.id;
        term.weight = domain.weight;
        term.level = domain.level;
        term.counted = domain.level.has_value();
        term.applicable = domain.applicable > 0;
        term.status = term.counted ? IndicatorStatus::Rated : IndicatorStatus::Unanswered;
        if (term.counted) {
            term.weighted = domain.weight * *domain.level;
            result.sum_weighted += *term.weighted;
            result.sum_weights += domain.weight;
        }
        result.terms.push_back(std::move(term));
    }
    result.level = scores.overall.level;
    result.stage = scores.overall.stage;
    result.index = scores.overall.index;
    result.rated = scores.overall.rated;
    result.applicable = scores.overall.applicable;
    result.completeness = scores.overall.completeness;
    return result;
}

}  // namespace socle::scoring
