#pragma once
// Scores as tidy CSV tables (UTF-8, header row, one observation a row), for
// `socle-cli score --format csv` and `socle-cli export --csv`.
#include <string>

#include "assessment/assessment.h"
#include "common/csv.h"
#include "scoring/assessment_scores.h"

namespace socle::exports {

std::string indicators_csv(const assessment::Assessment& assessment, const scoring::AssessmentScores& scores,
                           common::CsvCells cells = common::CsvCells::SafeForSpreadsheets);
std::string domains_csv(const assessment::Assessment& assessment, const scoring::AssessmentScores& scores,
                        common::CsvCells cells = common::CsvCells::SafeForSpreadsheets);

}  // namespace socle::exports
