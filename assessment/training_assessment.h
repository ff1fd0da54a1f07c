#pragma once
// A team's fresh assessment of a training case (docs/training.md): the
// case's country, institutions, profile answers and system map copied in
// the session language, nothing rated yet, nobody listed.
#include <memory>
#include <optional>
#include <string>

#include "assessment/assessment.h"
#include "common/diagnostics.h"
#include "frameworks/training_case.h"

namespace socle::assessment {

// The round every training assessment records, and how its notes name the
// case it was made from ("training case veridia-sp-dmf 1.0.0"), so that
// `training check` finds the key without being told.
inline constexpr const char* kTrainingRound = "training";
std::string training_case_note(const frameworks::TrainingCase& training_case);
// The case id a training note names, or "" when the notes name none.
std::string training_case_named_in(const Metadata& metadata);

struct TrainingAssessmentResult {
    std::optional<Assessment> assessment;
    common::Diagnostics diagnostics;  // a status or mechanism key the assessment format does not have
    bool ok() const { return assessment.has_value(); }
};

// framework must be the one the case names (id and version).
TrainingAssessmentResult new_training_assessment(const frameworks::TrainingCase& training_case,
                                                 std::shared_ptr<const frameworks::Framework> framework,
                                                 const std::string& lang);

}  // namespace socle::assessment
