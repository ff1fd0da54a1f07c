#pragma once
// Internal to the workbook export (exports/workbook_*.cpp): the column
// layouts and everything computed once (scores, roadmap plan, system
// analysis) that the sheet writers share. The workbook, its formats and
// labels come from XlsxBook, the cell writers from xlsx_sheet.h.
// Never included from a public header: callers see no lxw_ type.
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "assessment/assessment.h"
#include "exports/detail/xlsx_book.h"
#include "exports/detail/xlsx_sheet.h"
#include "scoring/assessment_scores.h"
#include "scoring/roadmap.h"
#include "scoring/assessment_figures.h"
#include "scoring/roadmap_cases.h"
#include "scoring/system_analysis.h"

namespace socle::exports::detail {

// Column layout of the Indicators sheet; the domain and overall formulas
// refer to these columns, so they are fixed here and nowhere else.
namespace ind {
constexpr int kId = 0, kDomain = 1, kQuestion = 2, kStatus = 3, kApplicable = 4, kWeight = 5, kLevel = 6,
              kTarget = 7, kGap = 8, kSpread = 9, kFirstVote = 10;
}  // namespace ind

// Column layout of the Domains sheet.
namespace dom {
constexpr int kId = 0, kName = 1, kWeight = 2, kLevel = 3, kStage = 4, kIndex = 5, kTargetLevel = 6, kWeakest = 7,
              kWeakestIndicator = 8, kCompleteness = 9, kRated = 10, kApplicable = 11, kIndicators = 12;
}  // namespace dom

constexpr int kMonths = 36;  // columns of the roadmap timeline
constexpr int kTopItems = 10;  // rows of the Summary's top-gap and disagreement lists
// The Method sheet's table of levels: number in column A, name in B, from
// this row on (the Summary looks stage names up there).
constexpr int kMethodLevelRow = 3;

// The sheet names in the workbook's language (formulas refer to them).
struct SheetNames {
    std::string summary, domains, indicators, gaps, roadmap, systems, flows, dependencies, participants, evidence,
        method, sources, glossary;
};

struct WorkbookContext : XlsxBook {
    // `figures` (computed by the caller, so that the desktop reuses what it
    // shows) must outlive the context.
    WorkbookContext(const assessment::Assessment& assessment, const scoring::AssessmentFigures& figures,
                    std::string lang);
    WorkbookContext(const WorkbookContext&) = delete;
    WorkbookContext& operator=(const WorkbookContext&) = delete;

    const assessment::Assessment& assessment;
    const frameworks::Framework& framework;
    const scoring::AssessmentScores& scores;
    const scoring::RoadmapPlan& plan;
    const scoring::SystemMapAnalysis& analysis;
    SheetNames names;
    scoring::RoadmapCases cases;  // the cases the roadmap cites (empty without libraries)
    std::unordered_map<std::string_view, const assessment::InformationSystem*> systems_by_id;

    // Framework text in the workbook's language (framework default as fallback).
    const std::string& text(const frameworks::LocalizedText& localized) const;
    // "Participant N" for anonymous participants (N counts from 1 in the
    // participants list), the name otherwise (the id when unnamed).
    std::string participant_label(std::size_t index) const;
    std::string domain_name(std::string_view domain_id) const;
    std::string indicator_question(std::string_view indicator_id) const;
    std::string system_label(std::string_view system_id) const;  // "Name (id)"
    // A system by id in constant time (SystemMap::find is linear, and the
    // Flows and Dependencies sheets look up every system many times).
    const assessment::InformationSystem* find_system(std::string_view system_id) const;

    int indicator_rows() const { return static_cast<int>(scores.indicators.size()); }
    int domain_rows() const { return static_cast<int>(scores.domains.size()); }
    int participant_count() const { return static_cast<int>(assessment.participants.size()); }
    int ind_confidence_col() const { return ind::kFirstVote + participant_count(); }
    int ind_evidence_col() const { return ind_confidence_col() + 1; }
    int ind_notes_col() const { return ind_confidence_col() + 2; }
    // How many documents of the evidence register support the indicator.
    int ind_documents_col() const { return ind_confidence_col() + 3; }
    int ind_rule_col() const { return ind_confidence_col() + 4; }
    int ind_core_col() const { return ind_confidence_col() + 5; }
    int ind_last_col() const { return ind_core_col(); }

    // The rule an indicator is rated by (its own, else the framework's).
    std::string rating_rule(const frameworks::Indicator& indicator) const;
    // "Core schemes: A; B" (a line per list the indicator is rated against,
    // with the team's names); empty when it refers to none.
    std::string core_lists_text(const frameworks::Indicator& indicator) const;

    // "'Indicators'!$G$2:$G$51": one whole data column of the Indicators sheet.
    std::string indicator_column(int col) const;
    // The same on the Domains sheet.
    std::string domain_column(int col) const;
};

// A table's header row in the header format (finish_table then freezes and
// filters it).
void table_header(WorkbookContext& ctx, lxw_worksheet* ws, int row, std::initializer_list<std::string> labels,
                  int first_col = 0);
// The same through a RowFitter: a label longer than its column (a Russian
// header over a narrow number column) gets the row height it needs.
void table_header(WorkbookContext& ctx, RowFitter& fit, lxw_worksheet* ws, int row,
                  std::initializer_list<std::string> labels, int first_col = 0);

// Shared lists (workbook_gaps.cpp): rated indicators below target, largest
// gap first (then priority, then framework order); indicators where the
// room disagrees, widest spread first; the action that moves an indicator
// up one level.
std::vector<const scoring::IndicatorScore*> gaps_by_size(const WorkbookContext& ctx);
std::vector<const scoring::IndicatorScore*> disagreements_by_spread(const WorkbookContext& ctx);
std::string next_step_action(const WorkbookContext& ctx, const scoring::IndicatorScore& score);

// The Summary's "key dependency findings" block from `row` on; returns the
// next free row (workbook_dependencies.cpp).
int write_dependency_findings(WorkbookContext& ctx, lxw_worksheet* ws, int row);

// The sheet writers, one per sheet (workbook_*.cpp).
void write_summary_sheet(WorkbookContext& ctx, lxw_worksheet* ws);
void write_domains_sheet(WorkbookContext& ctx, lxw_worksheet* ws);
void write_indicators_sheet(WorkbookContext& ctx, lxw_worksheet* ws);
void write_gaps_sheet(WorkbookContext& ctx, lxw_worksheet* ws);
void write_roadmap_sheet(WorkbookContext& ctx, lxw_worksheet* ws);
void write_systems_sheet(WorkbookContext& ctx, lxw_worksheet* ws);
void write_flows_sheet(WorkbookContext& ctx, lxw_worksheet* ws);
void write_dependencies_sheet(WorkbookContext& ctx, lxw_worksheet* ws);
void write_participants_sheet(WorkbookContext& ctx, lxw_worksheet* ws);
void write_evidence_sheet(WorkbookContext& ctx, lxw_worksheet* ws);  // workbook_evidence.cpp
void write_method_sheet(WorkbookContext& ctx, lxw_worksheet* ws);
void write_sources_sheet(WorkbookContext& ctx, lxw_worksheet* ws);

}  // namespace socle::exports::detail
