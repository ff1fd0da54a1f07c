#pragma once
// A team's levels against a training case's expert key (docs/training.md,
// "How a course runs it", the debrief): per indicator how far the team is
// from the key and the descriptor sentence that separates the two levels;
// per domain and overall, how many indicators fall in each class.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment/assessment.h"
#include "frameworks/training_case.h"

namespace socle::scoring {

enum class KeyDistance { Exact, OneOff, Further, NotRated };
std::string_view key_distance_key(KeyDistance distance);  // "exact", "one_off", "further", "not_rated"

struct KeyCheck {
    std::string indicator_id;
    std::string domain_id;
    std::optional<int> team_level;  // the agreed level; none when not agreed (or agreed N/A or unknown)
    int key_level = 0;
    KeyDistance distance = KeyDistance::NotRated;
    // The descriptor of the level just above the lower of the team's level
    // and the key's (the key's alone when not rated; the top level's when
    // that is the top), in the session language: the conditions that one
    // side saw met and the other did not.
    int separating_level = 0;
    std::string separating_sentence;
    // The lowest and highest level voted, when there are level votes.
    std::optional<int> votes_min;
    std::optional<int> votes_max;
};

struct KeyCounts {
    int exact = 0;
    int one_off = 0;
    int further = 0;
    int not_rated = 0;
    void add(KeyDistance distance);
    int total() const { return exact + one_off + further + not_rated; }
};

struct DomainKeyCounts {
    std::string domain_id;
    KeyCounts counts;
};

struct TrainingCheck {
    std::vector<KeyCheck> indicators;  // in framework order, those the case keys
    std::vector<DomainKeyCounts> domains;
    KeyCounts overall;
};

// The assessment must be of the case's framework (same id); indicators the
// case does not key are left out.
TrainingCheck check_against_key(const assessment::Assessment& assessment, const frameworks::TrainingCase& training_case);

}  // namespace socle::scoring
