#pragma once
// How a domain's (or the overall) figure was computed, term by term, for
// the "How is this computed?" views: every indicator of the domain with its
// status, level, weight and product, the sums the mean is made of, and the
// result. Read from AssessmentScores only, so the terms shown are exactly
// the ones the score used (docs/methodology.md, "Domain figures").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scoring/assessment_scores.h"

namespace socle::scoring {

// One indicator (or, for the overall figure, one domain) as a term.
struct ExplanationTerm {
    std::string id;
    IndicatorStatus status = IndicatorStatus::Rated;  // Rated for a scored domain
    LevelSource source = LevelSource::None;  // indicators: agreed or median
    bool counted = false;   // enters the weighted mean
    bool applicable = false;  // counts in the completeness denominator
    double weight = 1.0;
    std::optional<double> level;     // c_i (or a domain's L)
    std::optional<double> weighted;  // weight x level, when counted
    int target = 0;                  // indicators only
};

struct Explanation {
    std::string id;  // domain id; empty for the overall figure
    int levels = 0;
    std::vector<ExplanationTerm> terms;  // framework order
    double sum_weighted = 0;  // sum of weight x level over the counted terms
    double sum_weights = 0;   // sum of weight over the counted terms
    double sum_weighted_target = 0;  // domains: sum of weight x target
    std::optional<double> level;
    std::optional<int> stage;
    std::optional<double> index;
    std::optional<double> target_level;
    std::optional<int> weakest;
    std::string weakest_id;
    int rated = 0;
    int applicable = 0;
    std::optional<double> completeness;
};

// The explanation of one domain; nullopt when the id is unknown.
std::optional<Explanation> explain_domain(const AssessmentScores& scores, std::string_view domain_id);
// The overall figure: the domains as terms, with their weights and levels.
Explanation explain_overall(const AssessmentScores& scores);

}  // namespace socle::scoring
