// The Roadmap sheet: one row per step with a month-by-month timeline drawn
// by conditional formats (a Gantt view without formulas), then the load of
// each phase against its capacity (live formulas over the steps), the steps
// beyond the horizon, the excluded steps and the plan's problems.
#include <algorithm>

#include "common/i18n.h"
#include "common/text.h"
#include "exports/detail/workbook_context.h"
#include "scoring/roadmap_text.h"

namespace socle::exports::detail {

namespace {

namespace col {
constexpr int kStep = 0, kPhase = 1, kStart = 2, kEnd = 3, kOwner = 4, kEffort = 5, kPoints = 6, kAction = 7,
              kAfter = 8, kWhy = 9, kFirstMonth = 10;
// After the timeline, so that the columns before it stay where readers
// (and formulas) expect them whether or not cases are given.
constexpr int kCases = kFirstMonth + kMonths;
}
constexpr double kMonthWidth = 2.3, kCasesWidth = 60;
// Widths of the step columns; the Phase column also holds the phase names
// ("18-36 months") of the load table below the steps.
const std::vector<double> kWidths = {9, 12, 7, 7, 20, 6, 6, 48, 12, 34};

const scoring::PlannedPhase* find_phase(const WorkbookContext& ctx, const std::string& id, int* index = nullptr) {
    for (std::size_t p = 0; p < ctx.plan.phases.size(); ++p)
        if (ctx.plan.phases[p].settings.id == id) {
            if (index) *index = static_cast<int>(p);
            return &ctx.plan.phases[p];
        }
    return nullptr;
}

// The planner's reasons worded through the workbook's label tables, so a
// French workbook explains its steps in French.
scoring::Translate translate(const WorkbookContext& ctx) {
    return [&ctx](std::string_view english) { return ctx.tr(english); };
}

std::string why_text(WorkbookContext& ctx, const scoring::RoadmapStep& step) {
    std::string text = scoring::step_why(ctx.assessment, ctx.plan, step, translate(ctx));
    auto add = [&](std::string_view label) { text += (text.empty() ? "(" : " (") + ctx.tr(label) + ")"; };
    if (step.pinned) add(N_("pinned by the team"));
    if (step.beyond_target) add(N_("beyond target, needed by a prerequisite"));
    return text;
}

// "case-id: title (country)" for each case the step cites, one a line.
std::string cases_text(const WorkbookContext& ctx, const std::string& step_id) {
    std::string text;
    for (const auto& cited : ctx.cases.for_step(step_id)) {
        const auto& fallback = cited.library->default_language;
        const std::string country = cited.item->anonymised ? ctx.tr(N_("a country not named (anonymised case)"))
                                                           : cited.item->country_name.get(ctx.lang, fallback);
        text += (text.empty() ? "" : "\n") + cited.item->id + ": " + cited.item->title.get(ctx.lang, fallback) + " (" +
                country + ")";
    }
    return text;
}

// The timeline's bars: value k (phase k) shows in phase k's colour.
void timeline_formats(WorkbookContext& ctx, lxw_worksheet* ws, int last_row) {
    if (last_row < 1) return;
    const auto& bars = ctx.formats.phase_bar;
    for (std::size_t k = 0; k < bars.size(); ++k) {
        lxw_conditional_format rule{};
        rule.type = LXW_CONDITIONAL_TYPE_CELL;
        const bool last = k + 1 == bars.size();
        rule.criteria = last ? LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO : LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
        rule.value = static_cast<double>(k + 1);
        rule.format = bars[k];
        check(worksheet_conditional_format_range(ws, 1, col::kFirstMonth, static_cast<lxw_row_t>(last_row),
                                                 col::kFirstMonth + kMonths - 1, &rule),
              "timeline");
    }
}

int write_steps(WorkbookContext& ctx, lxw_worksheet* ws, RowFitter& fit) {
    const auto& f = ctx.formats;
    table_header(ctx, ws, 0,
                 {ctx.tr(N_("Step")), ctx.tr(N_("Phase")), ctx.tr(N_("From month")), ctx.tr(N_("To month")),
                  ctx.tr(N_("Owner")), ctx.tr(N_("Effort")), ctx.tr(N_("Points")), ctx.tr(N_("Action")),
                  ctx.tr(N_("After")), ctx.tr(N_("Why"))});
    for (int m = 0; m < kMonths; ++m) put_number(ws, 0, col::kFirstMonth + m, m + 1, f.month_header);
    const bool with_cases = !ctx.cases.cited.empty();
    if (with_cases) put_text(ws, 0, col::kCases, ctx.tr(N_("Cases elsewhere")), f.header);
    int row = 1;
    for (const auto& step : ctx.plan.steps) {
        int phase_index = -1;
        const auto* phase = find_phase(ctx, step.phase, &phase_index);
        put_text(ws, row, col::kStep, step.id, f.text);
        fit.text(ws, row, col::kPhase, phase ? step.phase : ctx.tr(N_("Beyond horizon")), f.wrap);
        if (phase) {
            put_number(ws, row, col::kStart, phase->settings.start_month, f.integer);
            put_number(ws, row, col::kEnd, phase->settings.end_month, f.integer);
        }
        fit.text(ws, row, col::kOwner, step.owner, f.wrap);
        put_text(ws, row, col::kEffort, frameworks::effort_key(step.effort), f.centred);
        put_number(ws, row, col::kPoints, step.points, f.decimal);
        fit.text(ws, row, col::kAction, scoring::step_action(ctx.assessment, step), f.wrap);
        std::string after;
        for (const auto& id : step.after) after += (after.empty() ? "" : ", ") + scoring::step_label(id);
        fit.text(ws, row, col::kAfter, after, f.wrap);
        fit.text(ws, row, col::kWhy, why_text(ctx, step), f.wrap);
        for (int m = 0; m < kMonths; ++m) {
            const bool inside = phase && m >= phase->settings.start_month && m < phase->settings.end_month;
            if (inside) put_number(ws, row, col::kFirstMonth + m, phase_index + 1, f.month_cell);
            else check(worksheet_write_blank(ws, static_cast<lxw_row_t>(row), col::kFirstMonth + m, f.month_cell),
                       "timeline cell");
        }
        if (with_cases) fit.text(ws, row, col::kCases, cases_text(ctx, step.id), f.wrap);
        ++row;
    }
    if (row == 1) put_text(ws, row++, 0, ctx.tr(N_("No step: every rated indicator is at or above its target.")), f.note);
    timeline_formats(ctx, ws, row - 1);
    return row;
}

int write_phase_load(WorkbookContext& ctx, lxw_worksheet* ws, int row, int last_step_row) {
    const auto& f = ctx.formats;
    put_text(ws, row++, 0, ctx.tr(N_("Load per phase")), f.heading);
    check(worksheet_set_row(ws, static_cast<lxw_row_t>(row), 30, nullptr), "header height");
    table_header(ctx, ws, row++,
                 {ctx.tr(N_("Phase")), ctx.tr(N_("Months")), ctx.tr(N_("From month")), ctx.tr(N_("To month")),
                  ctx.tr(N_("Capacity")), ctx.tr(N_("Load")), ctx.tr(N_("Use"))},
                 0);
    const int last = std::max(1, last_step_row);
    const std::string points = cell_ref(1, col::kPoints, true) + ":" + cell_ref(last, col::kPoints, true);
    const std::string phases = cell_ref(1, col::kPhase, true) + ":" + cell_ref(last, col::kPhase, true);
    for (const auto& phase : ctx.plan.phases) {
        const auto& s = phase.settings;
        put_text(ws, row, 0, s.id, f.text);
        put_text(ws, row, 1, std::to_string(s.start_month) + "-" + std::to_string(s.end_month) + " " + ctx.tr(N_("months")),
                 f.wrap);
        put_number(ws, row, 2, s.start_month, f.integer);
        put_number(ws, row, 3, s.end_month, f.integer);
        put_number(ws, row, 4, s.capacity, f.decimal);
        put_formula(ws, row, 5, "=SUMIFS(" + points + "," + phases + "," + cell_ref(row, 0) + ")", phase.load, f.decimal);
        put_formula(ws, row, 6, "=IFERROR(" + cell_ref(row, 5) + "/" + cell_ref(row, 4) + ",\"\")",
                    s.capacity > 0 ? std::optional<double>(phase.load / s.capacity) : std::nullopt, f.percent);
        ++row;
    }
    return row;
}

int write_lists(WorkbookContext& ctx, lxw_worksheet* ws, int row) {
    const auto& f = ctx.formats;
    if (!ctx.plan.beyond_horizon.empty()) {
        row += 1;
        put_text(ws, row++, 0, ctx.tr(N_("Beyond the horizon")), f.heading);
        put_text(ws, row++, 0, ctx.tr(N_("These steps do not fit the phases' capacity, or wait for one that does not.")),
                 f.note);
        for (const auto& id : ctx.plan.beyond_horizon) {
            put_text(ws, row, 0, id, f.text);
            if (const auto* step = ctx.plan.find(id)) put_text(ws, row, 1, scoring::step_action(ctx.assessment, *step), f.text);
            ++row;
        }
    }
    if (!ctx.plan.excluded.empty()) {
        row += 1;
        put_text(ws, row++, 0, ctx.tr(N_("Excluded by the team")), f.heading);
        for (const auto& item : ctx.plan.excluded) {
            put_text(ws, row, 0, item.id, f.text);
            put_text(ws, row++, 1, item.reason, f.text);
        }
    }
    if (!ctx.plan.problems.empty()) {
        row += 1;
        put_text(ws, row++, 0, ctx.tr(N_("Problems")), f.heading);
        for (const auto& problem : ctx.plan.problems)
            put_merged(ws, row++, 0, col::kWhy, scoring::problem_text(ctx.assessment, ctx.plan, problem, translate(ctx)), f.problem);
    }
    return row;
}

}  // namespace

void write_roadmap_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    auto widths = kWidths;  // the fitter also measures the cases column
    widths.resize(col::kCases, kMonthWidth);
    widths.push_back(kCasesWidth);
    RowFitter fit(widths);
    const int next = write_steps(ctx, ws, fit);
    const int last_step_row = next - 1;
    int row = write_phase_load(ctx, ws, next + 1, last_step_row);
    write_lists(ctx, ws, row);

    set_widths(ws, kWidths);
    fit.apply(ws);
    check(worksheet_set_column(ws, col::kFirstMonth, col::kFirstMonth + kMonths - 1, kMonthWidth, nullptr),
          "month columns");
    const bool with_cases = !ctx.cases.cited.empty();
    if (with_cases) check(worksheet_set_column(ws, col::kCases, col::kCases, kCasesWidth, nullptr), "cases column");
    check(worksheet_set_row(ws, 0, 30, nullptr), "header height");
    finish_table(ws, 0, ctx.plan.steps.empty() ? 1 : last_step_row,
                 with_cases ? col::kCases : col::kFirstMonth + kMonths - 1, 1);
    page_setup(ws, 1);
}

}  // namespace socle::exports::detail
