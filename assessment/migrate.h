#pragma once
// Moves an assessment to a newer version of its framework through a
// crosswalk (docs/assessment-format.md, "Migration"). Kept indicators keep
// everything; revised, split and merged ones get the old agreed level as a
// provisional value ("carried from 1.0.0, re-examine") with the old notes;
// new ones start unanswered. The old assessment is not changed.
#include <memory>
#include <string>
#include <vector>

#include "assessment/assessment.h"
#include "frameworks/crosswalk.h"

namespace socle::assessment {

// What happened to one old indicator (or, for a new one, that it is new).
struct MigrationLine {
    std::string old_id;  // empty for a new indicator
    frameworks::CrosswalkKind kind = frameworks::CrosswalkKind::Kept;
    std::vector<std::string> new_ids;
    std::string what;  // one sentence: what the new file holds for it
};

struct Migration {
    Assessment assessment;
    std::vector<MigrationLine> lines;
    std::string from_version;
    std::string to_version;
};

// The crosswalk must join assessment's framework (id and version) and
// `target`; a LogicError otherwise (callers find the pair first).
Migration migrate_assessment(const Assessment& old, std::shared_ptr<const frameworks::Framework> target,
                             const frameworks::Crosswalk& crosswalk);

// The migration report: one line per old id, then the new ids.
std::string migration_report_text(const Migration& migration);

}  // namespace socle::assessment
