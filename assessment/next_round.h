#pragma once
// Starts the next round of a diagnostic from the last one (a follow-up from
// the baseline): what the team set up carries over, the room's ratings do
// not. Every indicator starts "not re-examined", remembering the last
// round's result (Assessment::previous) until the room rates it anew.
// docs/assessment-format.md, "The next round", says what carries over.
#include <memory>
#include <optional>
#include <string>

#include "assessment/assessment.h"
#include "assessment/migrate.h"
#include "frameworks/crosswalk.h"

namespace socle::assessment {

struct NextRoundOptions {
    std::string round;  // the new round's name ("follow-up 2028")
    bool keep_participants = false;
    std::string start_date;  // ISO 8601, may be empty
    std::string end_date;
    // The last round's file name as the user knows it (recorded, never opened).
    std::string baseline_file;
    // SHA-256 of the last round's file bytes; empty: of its content as
    // Socle saves it (equal for a file saved by this version).
    std::string baseline_fingerprint;
    // A newer framework version and the crosswalk to it. Unset: the newest
    // built-in version reachable from the last round's (find_upgrade),
    // since a team starting a round expects the current framework and the
    // migration marks what changed; `stay_on_version` keeps the old one.
    struct Upgrade {
        std::shared_ptr<const frameworks::Framework> target;
        const frameworks::Crosswalk* crosswalk = nullptr;
    };
    std::optional<Upgrade> upgrade;
    bool stay_on_version = false;
};

struct NextRound {
    Assessment assessment;
    // Set when the round moved to a newer framework version.
    std::optional<Migration> migration;
};

NextRound start_next_round(const Assessment& last, const NextRoundOptions& options);

}  // namespace socle::assessment
