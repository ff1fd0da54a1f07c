#pragma once
// Printable vote sheets for rooms without laptops (`socle-cli sheets`): a
// Word document in the session's language, written with the report's
// document machinery (detail/docx_*.h), with a line for the participant's
// name, institution and role, then per domain one block per indicator that
// applies (the profile's skip logic): the question, the levels by name and
// descriptor each with a tick box, "not applicable" and "don't know", and
// a line for notes. The matching CSV template (indicator,participant,vote,
// note; one row per indicator) is what the sheets are typed into, and
// `socle-cli import-votes` takes it back.
#include <filesystem>
#include <string>

#include "assessment/assessment.h"

namespace socle::exports {

struct VoteSheetOptions {
    std::string lang;  // the session's (assessment.metadata.language) when empty
};

// Writes the sheets atomically. Throws common::IoError naming `out`.
void write_vote_sheets(const assessment::Assessment& assessment, const std::filesystem::path& out,
                       const VoteSheetOptions& options = {});

// The CSV template's text (UTF-8 with a byte-order mark, as Socle's CSV files).
std::string vote_sheet_template_csv(const assessment::Assessment& assessment);

}  // namespace socle::exports
