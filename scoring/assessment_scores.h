#pragma once
// Scores an assessment with the documented method (docs/methodology.md):
// a current level per indicator (agreed, else the lower median of the votes),
// the spread of the votes, the gap to target, and per domain and overall a
// weighted mean level, a stage (never rounded up), a 0-100 index, the
// weakest indicator and completeness. Every figure keeps what made it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment/assessment.h"

namespace socle::scoring {

enum class IndicatorStatus { Rated, NotApplicable, Unknown, NotRelevant, Unanswered };
std::string_view status_key(IndicatorStatus status);    // "rated", "not_applicable", ...
std::string_view status_label(IndicatorStatus status);  // English, N_() marked

// Where an indicator's level comes from.
enum class LevelSource { None, Agreed, Median };

struct IndicatorScore {
    std::string id;
    std::string domain_id;
    double weight = 1.0;
    IndicatorStatus status = IndicatorStatus::Unanswered;
    std::optional<int> level;  // current level c_i, when rated
    LevelSource source = LevelSource::None;
    int target = 0;
    std::optional<int> gap;  // max(0, target - level), when rated
    int spread = 0;          // highest minus lowest level vote
    bool disagreement = false;  // spread >= 2
    bool agreed = false;        // the room recorded an agreed value (a level, N/A or don't know)
    int level_votes = 0;
    int na_votes = 0;
    int unknown_votes = 0;
    std::vector<int> votes_per_level;  // [level - 1] -> count
    assessment::Confidence confidence = assessment::Confidence::Unset;
    // The last round's result, on an indicator this round has not rated
    // yet (status Unanswered): "not re-examined", never a rating.
    std::optional<assessment::Vote> previous;
    bool not_re_examined() const { return status == IndicatorStatus::Unanswered && previous.has_value(); }
    // Documents of the evidence register that support this indicator
    // (evidence_support.h says what that makes of its agreed level).
    int evidence_documents = 0;
};

// The lowest and highest level voted, {0, 0} without level votes (the
// range the disagreement warnings quote).
struct VoteRange {
    int lowest = 0;
    int highest = 0;
};
VoteRange vote_range(const IndicatorScore& indicator);

// "not_re_examined" for an indicator waiting for its re-examination, else
// status_key(status): the status files and the score JSON write.
std::string_view indicator_status_key(const IndicatorScore& indicator);
// "not re-examined (last round: 3)" (or "... not applicable", "... don't
// know") in `lang` (the po catalogs); empty when the indicator is not
// waiting for its re-examination.
std::string not_re_examined_text(const IndicatorScore& indicator, std::string_view lang);

// One rated indicator's part in a domain figure.
struct Contribution {
    std::string indicator_id;
    double weight = 1.0;
    int level = 0;
};

struct DomainScore {
    std::string id;
    double weight = 1.0;
    std::optional<double> level;  // weighted mean of rated levels
    std::optional<int> stage;     // floor(level)
    std::optional<double> index;  // 0..100
    std::optional<double> target_level;  // weighted mean target of the rated indicators
    std::optional<int> weakest;
    std::string weakest_indicator;  // first in framework order among the weakest
    std::optional<double> completeness;  // rated / applicable; none when nothing applies
    int rated = 0;
    int applicable = 0;  // relevant and not "not applicable"
    int indicators = 0;
    std::vector<Contribution> contributions;
};

struct OverallScore {
    std::optional<double> level;  // weighted mean of domain levels (domain weights)
    std::optional<int> stage;
    std::optional<double> index;
    std::optional<double> completeness;  // all rated / all applicable indicators
    int rated = 0;
    int applicable = 0;
    int domains_scored = 0;
};

struct AssessmentScores {
    std::string framework_id;
    std::string framework_version;
    int method = 1;  // the scoring method the ratings were made under (Assessment::method)
    int levels = 0;
    OverallScore overall;
    std::vector<DomainScore> domains;
    std::vector<IndicatorScore> indicators;  // framework order

    const IndicatorScore* find_indicator(std::string_view id) const;
    const DomainScore* find_domain(std::string_view id) const;
};

AssessmentScores score_assessment(const assessment::Assessment& assessment);

// The pieces, exposed for tests and for "how was this computed" views.
IndicatorScore score_indicator(const assessment::Assessment& assessment, const frameworks::Indicator& indicator);
// Lower median: for an even count, the lower of the two middle values.
int lower_median(std::vector<int> values);
// floor() that forgives floating-point noise just below a whole number, so
// a mean of exactly 3 computed as 2.9999999 is still stage 3 (never more).
int stage_of(double level);

}  // namespace socle::scoring
