#pragma once
// Anonymising an assessment before it is shared with peers: everything that
// names or quotes a person goes, the figures stay (docs/assessment-format.md,
// "Anonymised files").
//
// Removed: participants' names and roles; participants are shuffled, then
// their ids (which teams often write as names) renumbered p1..pN, so that
// neither an id nor the list order (facilitators list the senior person
// first) points to anyone; an institution held by fewer than k participants
// becomes "Other institutions" (an institution next to one person's votes
// identifies that person in a small room), one held by k or more stays, so
// peers still see which institutions voted how; the metadata's list of
// taking-part institutions stays; the
// facilitator and the metadata notes; every indicator's rationale, evidence,
// links and notes; the notes of systems and flows; roadmap step owners and
// exclusion reasons (free text that may name people); in the evidence
// register, each document's title, issuer, who saw it, where it is kept and
// its file's SHA-256 (which finds the very file again), its date cut to the
// year and its id renumbered doc1..docN.
// Kept: title, country, round, dates, language, institutions, the profile,
// every vote (so the counts and the spread), agreed values, targets,
// confidence, systems and flows without their notes, roadmap pins,
// exclusions and domain leads, the evidence register's documents with their
// type, confidentiality, year and supported indicators (so the counts of
// documented ratings), and the framework snapshot.
#include <cstdint>
#include <optional>
#include <string_view>

#include "assessment/assessment.h"

namespace socle::assessment {

// What a participant's institution becomes when fewer than k hold it. The
// group it names may itself be smaller than k; it names no institution.
inline constexpr std::string_view kOtherInstitutions = "Other institutions";

struct AnonymiseOptions {
    // An institution is kept only when at least k participants hold it
    // (compared with case and spacing folded). 1 keeps every institution.
    int k = 3;
    // The seed of the participants' shuffle; none: a random one (tests and
    // reproducible runs set it).
    std::optional<std::uint64_t> seed;
};

struct AnonymiseSummary {
    int participants = 0;               // participants made anonymous
    int texts_removed = 0;              // non-empty text fields cleared (names, notes, evidence, ...)
    int institutions_generalised = 0;   // participants whose institution became kOtherInstitutions
};

// Anonymises in place and sets `anonymised`, which the file records.
AnonymiseSummary anonymise(Assessment& assessment, const AnonymiseOptions& options = {});

}  // namespace socle::assessment
