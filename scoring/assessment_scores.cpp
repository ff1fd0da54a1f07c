#include "scoring/assessment_scores.h"

#include <algorithm>
#include <cmath>

#include "assessment/room_result.h"
#include "assessment/evidence_register.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/translations.h"

namespace socle::scoring {

using assessment::VoteKind;

std::string_view status_key(IndicatorStatus status) {
    switch (status) {
        case IndicatorStatus::Rated: return "rated";
        case IndicatorStatus::NotApplicable: return "not_applicable";
        case IndicatorStatus::Unknown: return "unknown";
        case IndicatorStatus::NotRelevant: return "not_relevant";
        case IndicatorStatus::Unanswered: return "unanswered";
    }
    return "unanswered";
}

std::string_view status_label(IndicatorStatus status) {
    switch (status) {
        case IndicatorStatus::Rated: return N_("Rated");
        case IndicatorStatus::NotApplicable: return N_("Not applicable");
        case IndicatorStatus::Unknown: return N_("Unknown");
        case IndicatorStatus::NotRelevant: return N_("Not relevant");
        case IndicatorStatus::Unanswered: return N_("Unanswered");
    }
    return "";
}

VoteRange vote_range(const IndicatorScore& indicator) {
    VoteRange range;
    for (std::size_t i = 0; i < indicator.votes_per_level.size(); ++i) {
        if (indicator.votes_per_level[i] == 0) continue;
        if (range.lowest == 0) range.lowest = static_cast<int>(i) + 1;
        range.highest = static_cast<int>(i) + 1;
    }
    return range;
}

std::string_view indicator_status_key(const IndicatorScore& indicator) {
    return indicator.not_re_examined() ? "not_re_examined" : status_key(indicator.status);
}

std::string not_re_examined_text(const IndicatorScore& indicator, std::string_view lang) {
    if (!indicator.not_re_examined()) return "";
    std::string last;
    switch (indicator.previous->kind) {
        case VoteKind::Level: last = std::to_string(indicator.previous->level); break;
        case VoteKind::NotApplicable: last = common::translate(N_("not applicable"), lang); break;
        case VoteKind::Unknown: last = common::translate(N_("don't know"), lang); break;
    }
    std::string text(common::translate(N_("not re-examined (last round: %s)"), lang));
    if (const auto at = text.find("%s"); at != std::string::npos) text.replace(at, 2, last);
    return text;
}

int lower_median(std::vector<int> values) { return assessment::lower_median(std::move(values)); }

int stage_of(double level) { return static_cast<int>(std::floor(level + 1e-9)); }

IndicatorScore score_indicator(const assessment::Assessment& assessment, const frameworks::Indicator& indicator) {
    const auto& response = assessment.response(indicator.id);
    const int levels = assessment.framework().level_count();
    IndicatorScore score;
    score.id = indicator.id;
    score.domain_id = indicator.domain_id;
    score.weight = indicator.weight;
    score.target = assessment.target(indicator);
    score.confidence = response.confidence;
    score.evidence_documents = assessment::count_documents_supporting(assessment, indicator.id);
    score.votes_per_level.assign(static_cast<std::size_t>(levels), 0);

    std::vector<int> level_votes;
    for (const auto& [participant, vote] : response.votes) {
        switch (vote.kind) {
            case VoteKind::Level:
                level_votes.push_back(vote.level);
                if (vote.level >= 1 && vote.level <= levels) ++score.votes_per_level[static_cast<std::size_t>(vote.level - 1)];
                break;
            case VoteKind::NotApplicable: ++score.na_votes; break;
            case VoteKind::Unknown: ++score.unknown_votes; break;
        }
    }
    score.level_votes = static_cast<int>(level_votes.size());
    if (!level_votes.empty()) {
        const auto [low, high] = std::minmax_element(level_votes.begin(), level_votes.end());
        score.spread = *high - *low;
        score.disagreement = score.spread >= 2;
    }

    if (!assessment.is_relevant(indicator)) {
        score.status = IndicatorStatus::NotRelevant;
    } else if (const auto result = assessment::room_result(response)) {
        score.agreed = response.agreed.has_value();
        if (result->kind == VoteKind::Level) {
            score.status = IndicatorStatus::Rated;
            score.level = result->level;
            score.source = score.agreed ? LevelSource::Agreed : LevelSource::Median;
        } else {
            score.status = result->kind == VoteKind::NotApplicable ? IndicatorStatus::NotApplicable
                                                                  : IndicatorStatus::Unknown;
        }
    } else {
        score.status = IndicatorStatus::Unanswered;
        // Rated last round and not yet in this one: shown as such, never as
        // a rating of this round (docs/methodology.md, "The next round").
        if (const auto* last = assessment.previous_rating(indicator.id)) score.previous = last->result;
    }
    if (score.level) score.gap = std::max(0, score.target - *score.level);
    return score;
}

namespace {

double index_of(double level, int levels) { return levels > 1 ? 100.0 * (level - 1.0) / (levels - 1) : 0.0; }

DomainScore score_domain(const frameworks::Domain& domain, const std::vector<IndicatorScore>& indicators, int levels) {
    DomainScore score;
    score.id = domain.id;
    score.weight = domain.weight;
    double weighted = 0, weighted_target = 0, weights = 0;
    for (const auto& indicator : indicators) {
        if (indicator.domain_id != domain.id) continue;
        ++score.indicators;
        const bool applicable = indicator.status != IndicatorStatus::NotRelevant &&
                                indicator.status != IndicatorStatus::NotApplicable;
        if (applicable) ++score.applicable;
        if (indicator.status != IndicatorStatus::Rated) continue;
        ++score.rated;
        weighted += indicator.weight * *indicator.level;
        weighted_target += indicator.weight * indicator.target;
        weights += indicator.weight;
        score.contributions.push_back({indicator.id, indicator.weight, *indicator.level});
        if (!score.weakest || *indicator.level < *score.weakest) {
            score.weakest = indicator.level;
            score.weakest_indicator = indicator.id;
        }
    }
    if (score.applicable > 0) score.completeness = static_cast<double>(score.rated) / score.applicable;
    if (weights > 0) {
        score.level = weighted / weights;
        score.stage = stage_of(*score.level);
        score.index = index_of(*score.level, levels);
        score.target_level = weighted_target / weights;
    }
    return score;
}

}  // namespace

AssessmentScores score_assessment(const assessment::Assessment& assessment) {
    const auto& framework = assessment.framework();
    AssessmentScores scores;
    scores.framework_id = framework.id;
    scores.framework_version = framework.version;
    scores.method = assessment.method;
    scores.levels = framework.level_count();
    scores.indicators.reserve(framework.indicator_count());
    for (const auto& domain : framework.domains)
        for (const auto& indicator : domain.indicators) scores.indicators.push_back(score_indicator(assessment, indicator));

    double weighted = 0, weights = 0;
    for (const auto& domain : framework.domains) {
        auto score = score_domain(domain, scores.indicators, scores.levels);
        scores.overall.rated += score.rated;
        scores.overall.applicable += score.applicable;
        if (score.level) {
            weighted += score.weight * *score.level;
            weights += score.weight;
            ++scores.overall.domains_scored;
        }
        scores.domains.push_back(std::move(score));
    }
    auto& overall = scores.overall;
    if (overall.applicable > 0) overall.completeness = static_cast<double>(overall.rated) / overall.applicable;
    if (weights > 0) {
        overall.level = weighted / weights;
        overall.stage = stage_of(*overall.level);
        overall.index = index_of(*overall.level, scores.levels);
    }
    return scores;
}

const IndicatorScore* AssessmentScores::find_indicator(std::string_view id) const {
    for (const auto& indicator : indicators)
        if (indicator.id == id) return &indicator;
    return nullptr;
}

const DomainScore* AssessmentScores::find_domain(std::string_view id) const {
    for (const auto& domain : domains)
        if (domain.id == id) return &domain;
    return nullptr;
}

}  // namespace socle::scoring
