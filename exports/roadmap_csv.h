#pragma once
// The roadmap as a tidy CSV table, one step a row, in plan order; the
// "why" and "action" columns are worded by scoring/roadmap_text.h (English).
#include <string>

#include "assessment/assessment.h"
#include "common/csv.h"
#include "scoring/roadmap.h"

namespace socle::exports {

std::string roadmap_csv(const assessment::Assessment& assessment, const scoring::RoadmapPlan& plan,
                        common::CsvCells cells = common::CsvCells::SafeForSpreadsheets);

}  // namespace socle::exports
