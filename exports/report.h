#pragma once
// The report a ministry signs: one editable Word document (.docx, Office
// Open XML) in the session's language with a cover, a table of contents, an
// executive summary (level profile, strongest and weakest domains, gaps,
// disagreements, caveats, priority actions), native charts, one chapter per
// domain, the system map's findings, the roadmap by phase, the participants,
// a method annex with this assessment's own worked example, and a sign-off
// table. See docs/report.md.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "assessment/assessment.h"
#include "frameworks/practice_library.h"
#include "scoring/assessment_figures.h"

namespace socle::exports {

struct ReportOptions {
    // Language of the report's words and framework texts; the session's
    // (assessment.metadata.language) when empty. Words without a catalog
    // entry (Lao, Tajik) stay English; framework texts come out in the
    // language whenever the framework has them.
    std::string lang;
    // Leave every person's name out (assessment::anonymise on a copy: names,
    // roles, facilitator, free-text notes and evidence go; figures stay).
    bool anonymise = false;
    // "Draft" on the cover unless the team says the report is final.
    bool final = false;
    // The good-practice libraries (frameworks::PracticeCatalog's, the
    // built-in one first). With them, each roadmap step names the cases that
    // show its indicator a level or so above the room's, and an "Annex:
    // cases cited" gives each case once with its sources. Only libraries
    // linked to the assessment's framework version are used; none, no annex.
    std::vector<frameworks::PracticeLibrary> practices{};
};

// Writes the report to `out` atomically (an existing file is replaced only
// once the new one is complete). Throws common::IoError naming the path
// when it cannot be written.
void write_report(const assessment::Assessment& assessment, const std::filesystem::path& out,
                  const ReportOptions& options = {});
// The same with the figures already computed for this very assessment (the
// desktop has them); with anonymise they are computed again on the copy.
void write_report(const assessment::Assessment& assessment, const scoring::AssessmentFigures& figures,
                  const std::filesystem::path& out, const ReportOptions& options = {});

// The BCP 47 tag Word wants for a session language: "fr" -> "fr-FR",
// "lo" -> "lo-LA"; a tag with a region is kept.
std::string report_language_tag(const std::string& lang);

}  // namespace socle::exports
