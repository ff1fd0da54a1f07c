// Peer comparison and rounds: the builder that keeps only figures, the
// statistics, positions and round-to-round changes (docs/methodology.md).
#include "scoring/comparison.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "common/i18n.h"
#include "common/path_text.h"
#include "common/text.h"
#include "scoring/detail/comparison_crosswalk.h"

namespace socle::scoring {

std::string_view mode_key(ComparisonMode mode) { return mode == ComparisonMode::Rounds ? "rounds" : "peers"; }

std::optional<ComparisonMode> parse_mode(std::string_view key) {
    if (key == "peers") return ComparisonMode::Peers;
    if (key == "rounds") return ComparisonMode::Rounds;
    return std::nullopt;
}

std::string_view position_key(Position position) {
    switch (position) {
    case Position::Below: return "below";
    case Position::At: return "at";
    case Position::Above: return "above";
    }
    return "at";
}

std::string_view position_label(Position position) {
    switch (position) {
    case Position::Below: return N_("below the median");
    case Position::At: return N_("at the median");
    case Position::Above: return N_("above the median");
    }
    return N_("at the median");
}

std::string assessment_label(const ComparedAssessment& a) {
    std::string label = a.country;
    if (label.empty()) label = !a.title.empty() ? a.title : common::path_to_utf8(common::path_from_utf8(a.file).stem());
    if (!a.round.empty()) label += (label.empty() ? "" : ", ") + a.round;
    if (!a.date.empty()) label += (label.empty() ? "(" : " (") + a.date + ")";
    return label;
}

bool ComparedRow::matched() const { return std::all_of(present.begin(), present.end(), [](bool p) { return p; }); }

bool ComparedRow::target_met(std::size_t assessment) const {
    const auto& level = levels.at(assessment);
    const auto& target = targets.at(assessment);
    return level && target && *level + 1e-9 >= *target;
}

namespace {

const ComparedRow* find_row(const std::vector<ComparedRow>& rows, std::string_view id) {
    for (const auto& row : rows)
        if (row.id == id) return &row;
    return nullptr;
}

// Grows every per-assessment vector of a row to `count` entries.
void fit(ComparedRow& row, std::size_t count) {
    row.present.resize(count, false);
    row.levels.resize(count);
    row.targets.resize(count);
    row.completeness.resize(count);
    row.statuses.resize(count, IndicatorStatus::Unanswered);
    row.not_re_examined.resize(count, false);
}

template <typename T>
std::vector<T> permuted(const std::vector<T>& values, const std::vector<std::size_t>& order) {
    std::vector<T> out;
    out.reserve(order.size());
    for (std::size_t i : order) out.push_back(values[i]);
    return out;
}

void permute(ComparedRow& row, const std::vector<std::size_t>& order) {
    row.present = permuted(row.present, order);
    row.levels = permuted(row.levels, order);
    row.targets = permuted(row.targets, order);
    row.completeness = permuted(row.completeness, order);
    row.statuses = permuted(row.statuses, order);
    row.not_re_examined = permuted(row.not_re_examined, order);
}

void compute_statistics(ComparedRow& row, ComparisonMode mode) {
    std::vector<double> rated;
    for (const auto& level : row.levels)
        if (level) rated.push_back(*level);
    row.rated = static_cast<int>(rated.size());
    row.positions.assign(row.levels.size(), std::nullopt);
    if (const auto stats = quartiles(rated)) {
        row.median = stats->median;
        row.q1 = stats->q1;
        row.q3 = stats->q3;
        for (std::size_t i = 0; i < row.levels.size(); ++i)
            if (row.levels[i]) row.positions[i] = position_of(*row.levels[i], stats->median);
    }
    row.changes.clear();
    if (mode != ComparisonMode::Rounds) return;
    row.changes.assign(row.levels.size(), std::nullopt);
    for (std::size_t i = 1; i < row.levels.size(); ++i)
        if (row.levels[i] && row.levels[i - 1]) row.changes[i] = *row.levels[i] - *row.levels[i - 1];
}

std::vector<UnmatchedId> unmatched_of(const std::vector<ComparedRow>& rows, bool domain) {
    std::vector<UnmatchedId> out;
    for (const auto& row : rows) {
        if (row.matched()) continue;
        UnmatchedId id{row.id, domain, {}, std::nullopt};
        for (std::size_t i = 0; i < row.present.size(); ++i)
            if (row.present[i]) id.present_in.push_back(i);
        out.push_back(std::move(id));
    }
    return out;
}

RoundChanges changes_between(const Comparison& comparison, std::size_t to) {
    RoundChanges changes;
    changes.from = to - 1;
    changes.to = to;
    const auto& before = comparison.assessments[to - 1];
    const auto& after = comparison.assessments[to];
    if (before.level && after.level) changes.overall_change = *after.level - *before.level;
    for (const auto& row : comparison.indicators) {
        const auto& was = row.levels[to - 1];
        const auto& now = row.levels[to];
        if (was && now && *now > *was) changes.moved_up.push_back(row.id);
        if (was && now && *now < *was) changes.moved_down.push_back(row.id);
        if (!was && now) changes.newly_rated.push_back(row.id);
        if (row.not_re_examined[to]) changes.not_re_examined.push_back(row.id);
        else if (was && !now) changes.no_longer_rated.push_back(row.id);
        if (row.target_met(to) && !row.target_met(to - 1)) changes.targets_reached.push_back(row.id);
    }
    return changes;
}

// Rounds are ordered by date; undated assessments go last; ties keep the
// file name order, then the order given.
std::vector<std::size_t> comparison_order(const std::vector<ComparedAssessment>& assessments, ComparisonMode mode) {
    std::vector<std::size_t> order(assessments.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (mode != ComparisonMode::Rounds) return order;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = assessments[a];
        const auto& y = assessments[b];
        if (x.date.empty() != y.date.empty()) return y.date.empty();
        if (x.date != y.date) return x.date < y.date;
        return x.file < y.file;
    });
    return order;
}

}  // namespace

const ComparedRow* Comparison::find_domain(std::string_view id) const { return find_row(domains, id); }
const ComparedRow* Comparison::find_indicator(std::string_view id) const { return find_row(indicators, id); }

const frameworks::Domain* Comparison::domain_model(std::string_view id) const {
    for (auto it = frameworks.rbegin(); it != frameworks.rend(); ++it)
        if (const auto* domain = (*it)->find_domain(id)) return domain;
    return nullptr;
}

const frameworks::Indicator* Comparison::indicator_model(std::string_view id) const {
    for (auto it = frameworks.rbegin(); it != frameworks.rend(); ++it)
        if (const auto* indicator = (*it)->find_indicator(id)) return indicator;
    return nullptr;
}

ComparedRow& ComparisonBuilder::Rows::row(const std::string& id, const std::string& domain_id) {
    const auto [it, added] = index.try_emplace(id, rows.size());
    if (added) {
        rows.emplace_back();
        rows.back().id = id;
        rows.back().domain_id = domain_id;
    }
    return rows[it->second];
}

std::string framework_title(const frameworks::Framework& framework) {
    const std::string& title = framework.text(framework.title, "en");
    return title.empty() ? framework.id : title;
}

bool ComparisonBuilder::add(const assessment::Assessment& assessment, std::string file) {
    return add(assessment, score_assessment(assessment), std::move(file));
}

bool ComparisonBuilder::add(const assessment::Assessment& assessment, const AssessmentScores& scores, std::string file) {
    if (assessments_.empty()) {
        framework_id_ = scores.framework_id;
        framework_title_ = scoring::framework_title(assessment.framework());
    } else if (scores.framework_id != framework_id_) {
        diagnostics_.error(file, 0, 0,
                           "made with the framework '" + scoring::framework_title(assessment.framework()) + "', the others with '" +
                               framework_title_ + "': only assessments of one framework can be compared");
        return false;
    }
    levels_ = std::max(levels_, scores.levels);
    const auto& framework = assessment.framework_ptr();
    if (std::none_of(frameworks_.begin(), frameworks_.end(),
                     [&](const auto& known) { return known->sha256 == framework->sha256; }))
        frameworks_.push_back(framework);
    const auto& meta = assessment.metadata;
    ComparedAssessment info;
    info.file = std::move(file);
    info.title = meta.title;
    info.country = meta.country;
    info.round = meta.round;
    info.date = meta.start_date.empty() ? meta.end_date : meta.start_date;
    info.framework_version = scores.framework_version;
    info.method = assessment.method;
    info.anonymised = assessment.anonymised;
    info.level = scores.overall.level;
    info.index = scores.overall.index;
    info.completeness = scores.overall.completeness;
    info.rated = scores.overall.rated;
    info.applicable = scores.overall.applicable;

    const std::size_t k = assessments_.size();
    for (const auto& domain : scores.domains) {
        auto& row = domains_.row(domain.id, domain.id);
        fit(row, k + 1);
        row.present[k] = true;
        row.levels[k] = domain.level;
        row.targets[k] = domain.target_level;
        row.completeness[k] = domain.completeness;
    }
    for (const auto& indicator : scores.indicators) {
        auto& row = indicators_.row(indicator.id, indicator.domain_id);
        fit(row, k + 1);
        row.present[k] = true;
        if (indicator.level) row.levels[k] = *indicator.level;
        row.targets[k] = indicator.target;
        row.statuses[k] = indicator.status;
        row.not_re_examined[k] = indicator.not_re_examined();
    }
    assessments_.push_back(std::move(info));
    return true;
}

namespace {

// The countries named, each once in comparison order, compared without case
// or extra spaces ("Lao PDR" and "lao  pdr" are one); unnamed ones (as in
// some anonymised files) are left out.
std::vector<std::string> distinct_countries(const std::vector<ComparedAssessment>& assessments) {
    std::vector<std::string> names, keys;
    for (const auto& assessment : assessments) {
        const std::string name = common::fold_whitespace(assessment.country);
        if (name.empty()) continue;
        const std::string key = common::to_lower_ascii(name);
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
        keys.push_back(key);
        names.push_back(name);
    }
    return names;
}

}  // namespace

const frameworks::Framework* ComparisonBuilder::newest_framework() const {
    const frameworks::Framework* newest = nullptr;
    for (const auto& framework : frameworks_)
        if (!newest || frameworks::version_less(newest->version, framework->version)) newest = framework.get();
    return newest;
}

Comparison ComparisonBuilder::finish(ComparisonMode mode) {
    Comparison out;
    out.mode = mode;
    out.framework_id = framework_id_;
    out.levels = levels_;
    const auto order = comparison_order(assessments_, mode);
    out.assessments = permuted(assessments_, order);
    for (const auto& compared : out.assessments)
        if (compared.method != out.assessments.front().method) out.mixed_methods = true;
    out.domains = std::move(domains_.rows);
    out.indicators = std::move(indicators_.rows);
    for (auto* rows : {&out.domains, &out.indicators})
        for (auto& row : *rows) fit(row, assessments_.size());
    if (const auto* newest = newest_framework(); newest && frameworks_.size() > 1) {
        std::vector<std::string> versions;
        for (const auto& compared : assessments_) versions.push_back(compared.framework_version);
        if (!crosswalks_) crosswalks_ = frameworks::builtin_crosswalks();
        auto matched = detail::match_through_crosswalks(out.indicators, versions, framework_id_, *newest, *crosswalks_);
        out.crosswalks = std::move(matched.used);
        out.crosswalked = std::move(matched.matches);
    }
    out.frameworks = std::move(frameworks_);
    // Oldest first: texts are read through the last one, the newest.
    std::stable_sort(out.frameworks.begin(), out.frameworks.end(),
                     [](const auto& a, const auto& b) { return frameworks::version_less(a->version, b->version); });
    for (auto* rows : {&out.domains, &out.indicators}) {
        for (auto& row : *rows) {
            permute(row, order);
            compute_statistics(row, mode);
        }
    }
    out.unmatched = unmatched_of(out.domains, true);
    for (auto& id : unmatched_of(out.indicators, false)) out.unmatched.push_back(std::move(id));
    detail::explain_unmatched(out.unmatched, out.crosswalks);
    if (mode == ComparisonMode::Rounds) {
        for (std::size_t i = 1; i < out.assessments.size(); ++i) out.changes.push_back(changes_between(out, i));
        out.mixed_countries = distinct_countries(out.assessments);
        if (out.mixed_countries.size() < 2) out.mixed_countries.clear();
    }
    *this = ComparisonBuilder{};
    return out;
}

std::optional<Quartiles> quartiles(std::vector<double> values) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const auto at = [&](double p) {
        const double h = p * static_cast<double>(values.size() - 1);
        const auto low = static_cast<std::size_t>(std::floor(h));
        const std::size_t high = std::min(low + 1, values.size() - 1);
        return values[low] + (h - static_cast<double>(low)) * (values[high] - values[low]);
    };
    return Quartiles{at(0.25), at(0.5), at(0.75)};
}

Position position_of(double level, double median) {
    // A little slack so that 2.75 against 2.5 stays "at" despite rounding noise.
    constexpr double kSlack = 1e-9;
    if (level > median + kPositionThreshold + kSlack) return Position::Above;
    if (level < median - kPositionThreshold - kSlack) return Position::Below;
    return Position::At;
}

}  // namespace socle::scoring
