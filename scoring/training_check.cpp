#include "scoring/training_check.h"

#include <algorithm>
#include <cstdlib>

namespace socle::scoring {

std::string_view key_distance_key(KeyDistance distance) {
    switch (distance) {
        case KeyDistance::Exact: return "exact";
        case KeyDistance::OneOff: return "one_off";
        case KeyDistance::Further: return "further";
        case KeyDistance::NotRated: return "not_rated";
    }
    return "not_rated";
}

void KeyCounts::add(KeyDistance distance) {
    switch (distance) {
        case KeyDistance::Exact: ++exact; break;
        case KeyDistance::OneOff: ++one_off; break;
        case KeyDistance::Further: ++further; break;
        case KeyDistance::NotRated: ++not_rated; break;
    }
}

namespace {

KeyDistance distance_between(const std::optional<int>& team, int key) {
    if (!team) return KeyDistance::NotRated;
    const int gap = std::abs(*team - key);
    return gap == 0 ? KeyDistance::Exact : gap == 1 ? KeyDistance::OneOff : KeyDistance::Further;
}

KeyCheck check_one(const assessment::Assessment& assessment, const frameworks::Indicator& indicator, int key_level) {
    const auto& framework = assessment.framework();
    KeyCheck check;
    check.indicator_id = indicator.id;
    check.domain_id = indicator.domain_id;
    check.key_level = key_level;
    const auto& response = assessment.response(indicator.id);
    if (response.agreed && response.agreed->kind == assessment::VoteKind::Level) check.team_level = response.agreed->level;
    check.distance = distance_between(check.team_level, key_level);

    const int lower = check.team_level ? std::min(*check.team_level, key_level) : key_level;
    const int levels = std::min(framework.level_count(), static_cast<int>(indicator.descriptors.size()));
    check.separating_level = std::min(lower + 1, levels);
    if (check.separating_level >= 1)
        check.separating_sentence =
            framework.text(indicator.descriptors[static_cast<std::size_t>(check.separating_level - 1)],
                           assessment.metadata.language);

    for (const auto& [participant, vote] : response.votes) {
        if (vote.kind != assessment::VoteKind::Level) continue;
        check.votes_min = std::min(check.votes_min.value_or(vote.level), vote.level);
        check.votes_max = std::max(check.votes_max.value_or(vote.level), vote.level);
    }
    return check;
}

}  // namespace

TrainingCheck check_against_key(const assessment::Assessment& assessment,
                                const frameworks::TrainingCase& training_case) {
    TrainingCheck result;
    for (const auto& domain : assessment.framework().domains) {
        DomainKeyCounts counts{domain.id, {}};
        for (const auto& indicator : domain.indicators) {
            const auto* keyed = training_case.find_indicator(indicator.id);
            if (!keyed) continue;
            auto check = check_one(assessment, indicator, keyed->key_level);
            counts.counts.add(check.distance);
            result.overall.add(check.distance);
            result.indicators.push_back(std::move(check));
        }
        if (counts.counts.total() > 0) result.domains.push_back(std::move(counts));
    }
    return result;
}

}  // namespace socle::scoring
