#pragma once
// Votes scored beforehand in a survey form (the XLSForm of
// `socle-cli xlsform`, filled in KoboToolbox or ODK Collect) and exported
// as CSV by KoboToolbox or ODK Central. Headers are the form's field names,
// plain ("Q1_1") or with their group in front ("Q1/Q1_1" from Kobo,
// "Q1-Q1_1" from ODK Central), or the indicator ids themselves; "," or ";"
// separates the fields; metadata columns ("_uuid", "_submission_time",
// "SubmissionDate", "KEY", "meta/instanceID", ...) are left out. Values are
// the choices' names (XML values): a level, "na" or "unknown"; an empty
// cell is a question not asked or not answered.
//
// One submission is one participant, found by name (case-insensitive) or
// added with their institution and role. A participant who submitted more
// than once: the latest submission counts (by submission time, else the
// later line) and each earlier one is reported with its line. All or
// nothing: every bad cell is an error with its line and column, and the
// edit exists only when there is none.
#include <optional>
#include <string>
#include <string_view>

#include "assessment/votes_csv.h"
#include "common/diagnostics.h"

namespace socle::assessment {

struct FieldSubmissionsImport {
    VotesImport votes;            // the edit, and rows (= submissions), votes, added participants
    std::size_t set_aside = 0;    // earlier submissions of participants who submitted again
};

// True when the CSV's header has no "indicator" column, so it is not the
// votes table of import_votes_csv but a form's export.
bool looks_like_field_submissions(std::string_view text);

std::optional<FieldSubmissionsImport> import_field_submissions_csv(const Assessment& assessment,
                                                                   const std::string& text, const std::string& file,
                                                                   common::Diagnostics& diagnostics);

}  // namespace socle::assessment
