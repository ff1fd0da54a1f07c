#pragma once
// Training mode's bookkeeping, without windows (docs/training.md, "On the
// desktop"): which built-in case an assessment was made from, a team's fresh
// assessment of a case, and the debrief's rows from several teams' files.
// A .socle knows it is a training file by its notes ("training case
// veridia-sp-dmf 1.0.0", assessment/training_assessment.h): opening one
// switches the walkthrough to training mode.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <wx/string.h>

#include "assessment/assessment.h"
#include "common/diagnostics.h"
#include "frameworks/training_case.h"
#include "scoring/training_check.h"

namespace socle::desktop {

class AppContext;

// The built-in case the assessment's notes name, when it rates that case's
// framework; nullptr for an ordinary assessment.
const frameworks::TrainingCase* training_case_of(const assessment::Assessment& assessment);

// A case's text in the session language (English when it lacks that one).
const std::string& case_text(const frameworks::LocalizedText& text, const std::string& lang);

// The languages every text of the case comes in (those of its title).
std::vector<std::string> case_languages(const frameworks::TrainingCase& training_case);

// A team's fresh assessment of the case in `lang`; the team's name is added
// to the title. Problems (a framework Socle lacks, a key the format does not
// have) come back as diagnostics, with no assessment.
struct TrainingSession {
    std::optional<assessment::Assessment> assessment;
    common::Diagnostics diagnostics;
};
TrainingSession new_training_session(AppContext& context, const frameworks::TrainingCase& training_case,
                                     const std::string& lang, const std::string& team);

// The debrief: several teams' files of one case against its key.
struct DebriefTeam {
    std::string name;  // the file's name without .socle
    std::filesystem::path file;
    scoring::TrainingCheck check;
};
struct Debrief {
    const frameworks::TrainingCase* training_case = nullptr;
    std::vector<DebriefTeam> teams;
    // Files not taken: unreadable, not a training file, or of another case
    // than the first one's (one line each, naming the file).
    std::vector<wxString> refused;
};
Debrief build_debrief(AppContext& context, const std::vector<std::filesystem::path>& files);

}  // namespace socle::desktop
