#pragma once
// Internal to the report export (exports/report*.cpp): the assessment, its
// figures, the document being written and the words in the report's
// language, shared by the section writers.
#include <string>
#include <string_view>

#include "assessment/assessment.h"
#include "exports/detail/docx_chart.h"
#include "exports/detail/docx_document.h"
#include "scoring/assessment_figures.h"
#include "scoring/level_profile.h"
#include "scoring/roadmap_cases.h"

namespace socle::exports::detail {

struct ReportContext {
    ReportContext(const assessment::Assessment& a, const scoring::AssessmentFigures& f, std::string language);

    const assessment::Assessment& assessment;
    const frameworks::Framework& framework;
    const scoring::AssessmentFigures& figures;
    const scoring::AssessmentScores& scores;
    scoring::LevelProfile profile;
    std::string lang;  // "fr", "ru", "lo", ...
    DocxDocument doc;
    // The charts live as long as the document that points to them.
    DocxChart radar, bars;
    // The good-practice cases the roadmap cites (empty without libraries).
    scoring::RoadmapCases cases;

    // A report word (N_() marked English) in the report's language.
    std::string tr(std::string_view english) const;
    // tr() then "{name}" placeholders replaced, in order of the pairs.
    std::string fill(std::string_view english,
                     std::initializer_list<std::pair<std::string_view, std::string>> values) const;
    const std::string& text(const frameworks::LocalizedText& localized) const;
    std::string domain_name(std::string_view domain_id) const;
    std::string indicator_question(std::string_view indicator_id) const;
    std::string level_name(int level) const;  // "3 - Defined"
    std::string participant_label(std::size_t index) const;
    std::string system_name(std::string_view system_id) const;
    // A figure for reading: two decimals at most, the language's decimal sign.
    std::string number(double value, int decimals = 2) const;
    std::string number(const std::optional<double>& value, int decimals = 2) const;
    std::string percent(const std::optional<double>& share) const;
    std::string step_action(std::string_view indicator_id, int from) const;
};

// The sections, in the order of the report.
void write_cover(ReportContext& ctx, bool final);
void write_executive_summary(ReportContext& ctx);
void write_charts(ReportContext& ctx);
void write_domain_chapters(ReportContext& ctx);
void write_system_map(ReportContext& ctx);
void write_roadmap(ReportContext& ctx);
void write_participants(ReportContext& ctx);
void write_evidence_annex(ReportContext& ctx);  // "Documents seen"
void write_method_annex(ReportContext& ctx);
void write_sources_annex(ReportContext& ctx);  // format 2: the bibliography
void write_practices_annex(ReportContext& ctx);  // "Annex: cases cited"
// "See elsewhere: ..." for a roadmap step's cell; empty when it cites no case.
std::string step_cases_text(const ReportContext& ctx, const std::string& step_id);
void write_sign_off(ReportContext& ctx);

}  // namespace socle::exports::detail
