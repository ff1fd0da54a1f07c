#pragma once
// Peer comparison and progress over time (docs/methodology.md, "Comparison").
// Several assessments of one framework are scored and set side by side, per
// domain and per indicator, matched by the framework's stable ids so that
// assessments made with different versions of the framework still line up
// (through the crosswalk from an older version to the newest when one joins
// them, split and merged ids too); an id that only some of them know is
// reported, never dropped. Two modes:
// peers (countries or institutions, in the order given) and rounds (one team
// over time, ordered by date, with the changes from round to round).
//
// Memory: a ComparisonBuilder keeps only the figures and the few metadata
// fields a comparison shows, never the assessments themselves, so comparing
// a folder of 1,000 files holds one assessment at a time.
#include <atomic>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "assessment/assessment.h"
#include "assessment/assessment_io.h"
#include "common/diagnostics.h"
#include "frameworks/crosswalk.h"
#include "scoring/assessment_scores.h"

namespace socle::scoring {

enum class ComparisonMode { Peers, Rounds };
std::string_view mode_key(ComparisonMode mode);  // "peers", "rounds"
std::optional<ComparisonMode> parse_mode(std::string_view key);

// Where an assessment stands against the median of all compared assessments
// that rate the same domain or indicator.
enum class Position { Below, At, Above };
std::string_view position_key(Position position);    // "below", "at", "above"
std::string_view position_label(Position position);  // English, N_() marked

// "At" the median means within this many levels of it (inclusive).
inline constexpr double kPositionThreshold = 0.25;

// What a comparison keeps of one assessment.
struct ComparedAssessment {
    std::string file;  // as given (or found in a folder); empty when built in memory
    std::string title;
    std::string country;
    std::string round;
    std::string date;  // start date (ISO 8601), else end date; may be empty
    std::string framework_version;
    int method = 1;  // scoring method of the ratings (Assessment::method)
    bool anonymised = false;
    std::optional<double> level;  // overall level
    std::optional<double> index;
    std::optional<double> completeness;  // rated / applicable indicators
    int rated = 0;
    int applicable = 0;
};

// A short name for tables and chart legends: "Lao PDR, baseline (2026-03-18)";
// the title, else the file name, when there is no country.
std::string assessment_label(const ComparedAssessment& assessment);

// One domain or indicator across the compared assessments. Every vector has
// one entry per assessment, in comparison order.
struct ComparedRow {
    std::string id;
    std::string domain_id;  // an indicator's domain; a domain's own id
    std::vector<bool> present;  // the id exists in that assessment's framework
    // Indicators: the current level; domains: the weighted mean level.
    // None when not rated (or when the id is absent).
    std::vector<std::optional<double>> levels;
    // Indicators: the target in force; domains: the target level of the rated
    // indicators. None when absent (domains: when not rated).
    std::vector<std::optional<double>> targets;
    std::vector<std::optional<double>> completeness;  // domains only (none for indicators)
    std::vector<IndicatorStatus> statuses;             // indicators only (Unanswered when absent)
    // Indicators only: not yet rated anew in a round started from the last
    // one (status Unanswered; the last round's result is not a level here).
    std::vector<bool> not_re_examined;
    int rated = 0;  // how many assessments have a level
    std::optional<double> median, q1, q3;  // over the levels present
    std::vector<std::optional<Position>> positions;  // none without a level
    // Rounds mode: level minus the previous round's level (none for the
    // first round or when either is not rated). Empty in peers mode.
    std::vector<std::optional<double>> changes;

    bool matched() const;  // present in every assessment
    // Level at or above target (false when not rated).
    bool target_met(std::size_t assessment) const;
};

// What changed between two consecutive rounds (indicator ids, framework order).
struct RoundChanges {
    std::size_t from = 0;  // index of the earlier assessment
    std::size_t to = 0;    // index of the later one (from + 1)
    std::optional<double> overall_change;
    std::vector<std::string> moved_up;
    std::vector<std::string> moved_down;
    std::vector<std::string> targets_reached;  // met in `to`, not met (or not rated) in `from`
    std::vector<std::string> newly_rated;      // rated in `to`, not in `from`
    std::vector<std::string> no_longer_rated;  // rated in `from`, not in `to` (and not waiting, below)
    // Not re-examined in `to` (started from an earlier round, not rated
    // anew yet): no change is read into them.
    std::vector<std::string> not_re_examined;
};

// An id that only some of the assessments' frameworks know.
struct UnmatchedId {
    std::string id;
    bool domain = false;
    std::vector<std::size_t> present_in;  // assessment indices
    // New or Retired when a crosswalk the comparison went through says so.
    std::optional<frameworks::CrosswalkKind> crosswalk;
};

// An indicator of the newest framework version whose level, in the
// assessments of an older version, comes from other ids through the
// crosswalk: a split id stands for each of its parts, merged ids for their
// successor (the lowest of their levels, as a migration carries it), a
// renamed id for its new id. Kept ids match by themselves and are not listed.
struct CrosswalkMatch {
    std::string id;  // in the newest version
    frameworks::CrosswalkKind kind = frameworks::CrosswalkKind::Split;
    std::vector<std::string> old_ids;
    std::string from_version;
    std::string to_version;
};

struct Comparison {
    ComparisonMode mode = ComparisonMode::Peers;
    std::string framework_id;
    int levels = 0;  // size of the scale (the largest seen)
    std::vector<ComparedAssessment> assessments;
    // Rows in the framework order of the first assessment added, then ids
    // the others add, in the order they appear.
    std::vector<ComparedRow> domains;
    std::vector<ComparedRow> indicators;
    std::vector<UnmatchedId> unmatched;  // domains first, then indicators
    // Versions older than the newest were matched through these crosswalks
    // (one per older version; none when all share a version or no built-in
    // crosswalk joins them), and the rows they matched.
    std::vector<frameworks::Crosswalk> crosswalks;
    std::vector<CrosswalkMatch> crosswalked;
    std::vector<RoundChanges> changes;   // rounds mode: one per consecutive pair
    // Rounds mode: the distinct countries when the files name more than one
    // (rounds are meant to be one country's; the views warn). Empty otherwise.
    std::vector<std::string> mixed_countries;
    // The assessments' ratings were made under different scoring methods
    // (docs/methodology.md, "What changed from 1.0 and why"): the views warn.
    bool mixed_methods = false;
    // The distinct framework versions seen (shared, not copied), for names
    // and questions in reports.
    std::vector<std::shared_ptr<const frameworks::Framework>> frameworks;

    const ComparedRow* find_domain(std::string_view id) const;
    const ComparedRow* find_indicator(std::string_view id) const;
    // The id's model in the newest framework version that has it (the last
    // one seen), null when none has it.
    const frameworks::Domain* domain_model(std::string_view id) const;
    const frameworks::Indicator* indicator_model(std::string_view id) const;
    // A framework to read texts through (the last one seen).
    const frameworks::Framework& text_framework() const { return *frameworks.back(); }
};

// A framework as a facilitator knows it, for messages: its English title
// ("Social Protection Digital Maturity"), its id only when it has no title.
std::string framework_title(const frameworks::Framework& framework);

// Collects assessments one at a time, keeping only their figures.
class ComparisonBuilder {
public:
    // Scores the assessment and keeps its figures. An assessment of another
    // framework (by id) is refused with an error in diagnostics(); `file` is
    // what the comparison and the diagnostics call it.
    bool add(const assessment::Assessment& assessment, std::string file = {});
    // The same with scores computed elsewhere (they must be of `assessment`).
    bool add(const assessment::Assessment& assessment, const AssessmentScores& scores, std::string file);

    std::size_t size() const { return assessments_.size(); }
    // The framework of the first assessment added (empty before).
    const std::string& framework_id() const { return framework_id_; }
    // Its title, for messages (framework_title below).
    const std::string& framework_title() const { return framework_title_; }
    const common::Diagnostics& diagnostics() const { return diagnostics_; }

    // The crosswalks to match versions with; the built-in ones
    // (frameworks::builtin_crosswalks) when none are set.
    void set_crosswalks(std::vector<frameworks::Crosswalk> crosswalks) { crosswalks_ = std::move(crosswalks); }

    // Matches older versions to the newest through the crosswalks, orders
    // (rounds mode: by date, then file), computes the statistics and the
    // changes. The builder is left empty.
    Comparison finish(ComparisonMode mode);

private:
    struct Rows {
        std::vector<ComparedRow> rows;
        std::unordered_map<std::string, std::size_t> index;
        ComparedRow& row(const std::string& id, const std::string& domain_id);
    };
    std::string framework_id_;
    std::string framework_title_;
    int levels_ = 0;
    std::vector<ComparedAssessment> assessments_;
    std::vector<std::shared_ptr<const frameworks::Framework>> frameworks_;
    Rows domains_;
    Rows indicators_;
    std::optional<std::vector<frameworks::Crosswalk>> crosswalks_;
    const frameworks::Framework* newest_framework() const;  // by version; null before any add
    common::Diagnostics diagnostics_;
};

// Files named on a command line: a folder stands for every *.socle file in
// it (not its subfolders), sorted by name. A missing path or a folder
// without .socle files is an error in `diagnostics`.
std::vector<std::filesystem::path> expand_inputs(const std::vector<std::filesystem::path>& inputs,
                                                 common::Diagnostics& diagnostics);

struct ComparisonResult {
    std::optional<Comparison> comparison;
    common::Diagnostics diagnostics;
    // The only problem is that fewer than two assessments were given (a
    // window then waits for more instead of refusing the files).
    bool too_few = false;
    bool cancelled = false;  // stopped on request (ComparisonProgress::cancel)
    // Files found in a folder but made with another framework than the first
    // assessment's: left out with a warning instead of blocking the rest.
    // A file named on its own of another framework is still an error.
    std::vector<std::filesystem::path> skipped;
    bool ok() const { return comparison.has_value(); }
};

// Shared between a comparison running on a worker thread and whoever shows
// its progress and may cancel it.
struct ComparisonProgress {
    std::atomic<std::size_t> done{0};   // files loaded so far
    std::atomic<std::size_t> total{0};  // files to load, once folders are expanded
    std::atomic<bool> cancel{false};    // checked before each file
};

// Loads, scores and compares the files (folders expanded), one file in memory
// at a time, parsing each framework snapshot once. Any file that does not
// load, or fewer than two assessments, fails the comparison with diagnostics:
// a comparison never silently leaves an assessment out. `cache` may hold
// frameworks already parsed (the desktop's); `progress`, when given, counts
// the files and can stop the run.
ComparisonResult compare_files(const std::vector<std::filesystem::path>& inputs, ComparisonMode mode,
                               assessment::FrameworkCache cache = {}, ComparisonProgress* progress = nullptr);

// The statistics, exposed for tests (see docs/methodology.md).
struct Quartiles {
    double q1 = 0;
    double median = 0;
    double q3 = 0;
};
// Linear interpolation between order statistics (Excel QUARTILE.INC, R type 7).
std::optional<Quartiles> quartiles(std::vector<double> values);
Position position_of(double level, double median);

}  // namespace socle::scoring
