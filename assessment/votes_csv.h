#pragma once
// Votes collected on paper or in a survey form, typed in later as CSV:
// indicator,participant,vote[,target,confidence,evidence,note,agreed,rationale,link]
// vote is a level, "na" or "unknown". Participants are matched by id, then
// by name (case-insensitive); unknown ones are added. Every bad row is
// reported with its line, and nothing changes unless every row is valid.
// Two rows with different votes of one participant for one indicator are an
// error (which one is meant cannot be guessed); a repeated identical row is
// a warning. A vote that replaces a different one already in the assessment
// is a warning. Evidence, notes and rationales of several rows are joined
// line by line; only an exact repeat of a line already there is left out.
#include <optional>
#include <string>

#include "assessment/edit_history.h"
#include "common/diagnostics.h"

namespace socle::assessment {

struct VotesImport {
    Edit edit;  // apply through EditHistory (or directly) to take the votes in
    std::size_t rows = 0;
    std::size_t votes = 0;
    std::size_t added_participants = 0;
};

std::optional<VotesImport> import_votes_csv(const Assessment& assessment, const std::string& text,
                                            const std::string& file, common::Diagnostics& diagnostics);

}  // namespace socle::assessment
