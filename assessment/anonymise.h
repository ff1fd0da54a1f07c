#pragma once
// Anonymising an assessment before it is shared with peers: everything that
// names or quotes a person goes, the figures stay (docs/assessment-format.md,
// "Anonymised files").
//
// Removed: participants' names, roles and institutions (an institution next
// to one person's votes identifies that person in a small room; the
// metadata's list of taking-part institutions stays); participant ids, which
// teams often write as names, are renumbered p1..pN in list order; the
// facilitator and the metadata notes; every indicator's rationale, evidence,
// links and notes; the notes of systems and flows; roadmap step owners and
// exclusion reasons (free text that may name people).
// Kept: title, country, round, dates, language, institutions, the profile,
// every vote (so the counts and the spread), agreed values, targets,
// confidence, systems and flows without their notes, roadmap pins,
// exclusions and domain leads, and the framework snapshot.
#include "assessment/assessment.h"

namespace socle::assessment {

struct AnonymiseSummary {
    int participants = 0;   // participants made anonymous
    int texts_removed = 0;  // non-empty text fields cleared (names, notes, evidence, ...)
};

// Anonymises in place and sets `anonymised`, which the file records.
AnonymiseSummary anonymise(Assessment& assessment);

}  // namespace socle::assessment
