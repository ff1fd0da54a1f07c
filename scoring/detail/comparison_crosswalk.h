#pragma once
// Internal to the comparison (scoring/comparison*.cpp): matching the
// indicators of assessments made with older versions of a framework to the
// newest version through crosswalks (docs/methodology.md, "Comparison").
#include <string>
#include <vector>

#include "frameworks/crosswalk.h"
#include "scoring/comparison.h"

namespace socle::scoring::detail {

struct CrosswalkOutcome {
    std::vector<frameworks::Crosswalk> used;  // one per older version matched
    std::vector<CrosswalkMatch> matches;
};

// `rows` are the indicator rows with one slot per assessment, `versions`
// the framework version of each assessment (same order), `newest` the
// newest framework version among them. For every older version that a
// crosswalk of `crosswalks` joins to the newest, the slots of its
// assessments move from the old ids to the new ones (split, merged,
// renamed); rows left with no assessment are dropped and the rows take the
// newest version's order. Rows are untouched when no crosswalk applies.
CrosswalkOutcome match_through_crosswalks(std::vector<ComparedRow>& rows, const std::vector<std::string>& versions,
                                          const std::string& framework_id, const frameworks::Framework& newest,
                                          const std::vector<frameworks::Crosswalk>& crosswalks);

// Marks the unmatched indicators that a crosswalk of `used` calls new or
// retired.
void explain_unmatched(std::vector<UnmatchedId>& unmatched, const std::vector<frameworks::Crosswalk>& used);

}  // namespace socle::scoring::detail
