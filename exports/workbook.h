#pragma once
// The workbook a ministry works from: one .xlsx file with a Summary (key
// figures, radar and bar charts, top gaps and disagreements, dependency
// findings), Domains, Indicators, Gaps, Roadmap (with a month-by-month
// timeline), Systems, Flows, Dependencies, Participants, Evidence, Method,
// Sources (the bibliography and where each indicator stands beside it) and
// Glossary (the field's terms in every language) sheets,
// in the session's language. Domain and overall figures are live formulas
// over the Indicators sheet with their computed values cached, so a reader
// that does not recalculate still shows the right numbers and an auditor
// can change a level and watch the scores follow. See docs/workbook.md.
#include <filesystem>
#include <string>
#include <vector>

#include "assessment/assessment.h"
#include "frameworks/practice_library.h"
#include "scoring/assessment_figures.h"

namespace socle::exports {

struct WorkbookOptions {
    // Language of sheet labels and framework texts; the session's
    // (assessment.metadata.language) when empty. "lo" and "tg" labels fall
    // back to English; framework texts fall back to the framework's default.
    std::string lang;
    // The good-practice libraries (frameworks::PracticeCatalog's). With
    // them, the Roadmap sheet gains a "Cases elsewhere" column after the
    // timeline: the cases each step cites (scoring/roadmap_cases.h), as in
    // the report. Libraries linked to another framework version are not used.
    std::vector<frameworks::PracticeLibrary> practices{};
};

// Writes the workbook to `out`, through a temporary file next to it that is
// renamed over `out` only once complete (an existing file is never left
// half-written). Numbers are written the same whatever the process locale.
// Throws common::IoError (naming the path) when the file cannot be written.
void write_workbook(const assessment::Assessment& assessment, const std::filesystem::path& out,
                    const WorkbookOptions& options = {});
// The same with the figures already computed (scoring::compute_figures of
// this very assessment), as the desktop has them.
void write_workbook(const assessment::Assessment& assessment, const scoring::AssessmentFigures& figures,
                    const std::filesystem::path& out, const WorkbookOptions& options = {});

}  // namespace socle::exports
