#pragma once
// Internal to the workbook export (exports/workbook_*.cpp): the libxlsxwriter
// handles, the formats, the translated labels and everything computed once
// (scores, roadmap plan, system analysis) that the sheet writers share, plus
// small cell-writing helpers that turn lxw_error codes into exceptions.
// Never included from a public header: callers see no lxw_ type.
#include <xlsxwriter.h>

#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "assessment/assessment.h"
#include "scoring/assessment_scores.h"
#include "scoring/roadmap.h"
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

struct Formats {
    lxw_format* title = nullptr;
    lxw_format* heading = nullptr;
    lxw_format* header = nullptr;
    lxw_format* label = nullptr;
    lxw_format* text = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* centred = nullptr;  // short codes in narrow columns
    lxw_format* note = nullptr;
    lxw_format* note_wrap = nullptr;  // a note across merged cells
    lxw_format* problem = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* decimal = nullptr;  // weights, points
    lxw_format* level = nullptr;    // 0.00
    lxw_format* index = nullptr;    // 0.0
    lxw_format* percent = nullptr;  // 0%
    // Left-aligned figures for the Summary's label/value pairs.
    lxw_format* figure_level = nullptr;
    lxw_format* figure_integer = nullptr;
    lxw_format* figure_index = nullptr;
    lxw_format* figure_percent = nullptr;
    lxw_format* month_header = nullptr;
    lxw_format* month_cell = nullptr;            // hides its number: the bar is drawn by conditional formats
    std::array<lxw_format*, 4> phase_bar{};      // fills of the timeline, by phase (the last for later phases)
};

// Adds the shared formats to a workbook (both workbooks use them, so their
// tables look alike).
Formats make_formats(lxw_workbook* book);

// The sheet names in the workbook's language (formulas refer to them).
struct SheetNames {
    std::string summary, domains, indicators, gaps, roadmap, systems, flows, dependencies, participants, method;
};

struct WorkbookContext {
    WorkbookContext(const assessment::Assessment& assessment, std::string lang);
    WorkbookContext(const WorkbookContext&) = delete;
    WorkbookContext& operator=(const WorkbookContext&) = delete;

    const assessment::Assessment& assessment;
    const frameworks::Framework& framework;
    std::string lang;
    scoring::AssessmentScores scores;
    scoring::RoadmapPlan plan;
    scoring::SystemMapAnalysis analysis = scoring::analyse_system_map(assessment.systems);
    SheetNames names;
    std::unordered_map<std::string_view, const assessment::InformationSystem*> systems_by_id;

    lxw_workbook* book = nullptr;
    Formats formats;

    // A sheet or column label in the workbook's language.
    std::string tr(std::string_view english) const;
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

    // "'Indicators'!$G$2:$G$51": one whole data column of the Indicators sheet.
    std::string indicator_column(int col) const;
    // The same on the Domains sheet.
    std::string domain_column(int col) const;

    void create_formats();
};

// Makes number formatting use the C locale on this thread for the object's
// lifetime: libxlsxwriter prints doubles with printf, which honours
// LC_NUMERIC, so a French or Russian desktop would otherwise write "2,25".
class ScopedCNumericLocale {
public:
    ScopedCNumericLocale();
    ~ScopedCNumericLocale();
    ScopedCNumericLocale(const ScopedCNumericLocale&) = delete;
    ScopedCNumericLocale& operator=(const ScopedCNumericLocale&) = delete;

private:
    void* locale_ = nullptr;
    void* previous_ = nullptr;
    int previous_mode_ = 0;
};

// Throws common::Error naming `what` when a libxlsxwriter call failed.
void check(lxw_error error, std::string_view what);

// A colour scale over the numbers of a range: red at `low`, green at
// `high`, and `mid_colour` at `mid` when one is given (three colours).
void colour_scale(lxw_worksheet* ws, int first_row, int last_row, int first_col, int last_col, double low,
                  std::optional<double> mid, double high, lxw_color_t mid_colour = 0xFFEB84);
// Levels 1..levels: red, yellow in the middle, green at the top.
void level_scale(lxw_worksheet* ws, int first_row, int last_row, int first_col, int last_col, int levels);

// Cell writers. Text always goes through worksheet_write_string, so user text
// such as "=HYPERLINK(...)" stays text; it is cut at Excel's 32,767-byte cell
// limit (at a UTF-8 boundary) rather than failing.
void put_text(lxw_worksheet* ws, int row, int col, std::string_view text, lxw_format* format = nullptr);
void put_number(lxw_worksheet* ws, int row, int col, double value, lxw_format* format = nullptr);
// Text across columns [first_col, last_col] of one row (merged cells).
void put_merged(lxw_worksheet* ws, int row, int first_col, int last_col, std::string_view text, lxw_format* format);
void put_optional(lxw_worksheet* ws, int row, int col, const std::optional<double>& value, lxw_format* format);
// A formula with its computed value cached; an empty cached text when the
// value is absent (the formula then shows "" as well).
void put_formula(lxw_worksheet* ws, int row, int col, const std::string& formula, const std::optional<double>& cached,
                 lxw_format* format = nullptr);
void put_array_formula(lxw_worksheet* ws, int row, int col, const std::string& formula,
                       const std::optional<double>& cached, lxw_format* format = nullptr);

// "B7", or "$B$7" when absolute (row and column count from 0).
std::string cell_ref(int row, int col, bool absolute = false);
std::string column_letters(int col);
// "'Sheet name'!" with any quote doubled.
std::string sheet_prefix(std::string_view sheet);

// Gives rows holding wrapped text the height their longest cell needs:
// LibreOffice and Excel do not grow a row written without a height when the
// file is opened, so wrapped text would otherwise overlap the next row.
// Widths are the sheet's column widths (in characters), from column 0.
class RowFitter {
public:
    explicit RowFitter(std::vector<double> widths) : widths_(std::move(widths)) {}
    // Writes text (put_text) and remembers the lines it needs at its width.
    void text(lxw_worksheet* ws, int row, int col, std::string_view text, lxw_format* format);
    void note(int row, int col, std::string_view text);
    // Sets the height of every noted row that needs more than one line.
    void apply(lxw_worksheet* ws) const;
    const std::vector<double>& widths() const { return widths_; }

private:
    std::vector<double> widths_;
    std::vector<std::pair<int, int>> lines_;  // (row, lines), unsorted
};
// Lines a text needs in a column `width` characters wide (at least 1).
int wrapped_lines(std::string_view text, double width);
// Sets the widths from column 0.
void set_widths(lxw_worksheet* ws, const std::vector<double>& widths);

// Header row in bold with the header format, frozen, filtered over `rows`
// data rows, repeated on every printed page.
void table_header(WorkbookContext& ctx, lxw_worksheet* ws, int row, std::initializer_list<std::string> labels,
                  int first_col = 0);
void finish_table(lxw_worksheet* ws, int header_row, int last_row, int last_col, int freeze_cols = 1);
void set_widths(lxw_worksheet* ws, std::initializer_list<double> widths, int first_col = 0);
// Landscape, A4, fitted to one page wide, repeating rows [0, repeat_rows).
void page_setup(lxw_worksheet* ws, int repeat_rows);

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
void write_method_sheet(WorkbookContext& ctx, lxw_worksheet* ws);

}  // namespace socle::exports::detail
