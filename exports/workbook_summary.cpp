// The Summary sheet: who and what was assessed, the level profile (the
// headline: indicators at each level, with low-confidence and undocumented
// ratings flagged beside each level, overall and per domain), the overall figures (live
// formulas over the Domains sheet), a radar chart of current vs target and a
// bar chart of domain levels, the largest gaps, the widest disagreements and
// the key findings of the system map.
#include <algorithm>

#include "common/i18n.h"
#include "common/text.h"
#include "exports/detail/workbook_context.h"
#include "scoring/headline_text.h"
#include "scoring/level_profile.h"

namespace socle::exports::detail {

namespace {

constexpr int kChartCol = 6;  // charts sit right of the tables, from column G
// Columns A-F; the lists' question column (B) is the wide one.
// The number columns hold a ten-letter header (Russian "Gap") on one line:
// a single word too long for its column is broken mid-word by Excel.
const std::vector<double> kWidths = {22, 52, 12, 11, 11, 2};

int detail_row(WorkbookContext& ctx, lxw_worksheet* ws, int row, std::string_view label, const std::string& value) {
    if (value.empty()) return row;
    put_text(ws, row, 0, ctx.tr(label), ctx.formats.label);
    put_merged(ws, row, 1, 4, value, ctx.formats.wrap);
    // Long notes need more than one line: about 80 characters fit a line.
    const auto lines = 1 + static_cast<int>(value.size() / 80) +
                       static_cast<int>(std::count(value.begin(), value.end(), '\n'));
    if (lines > 1) check(worksheet_set_row(ws, static_cast<lxw_row_t>(row), 15.0 * lines, nullptr), "row height");
    return row + 1;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : std::string(separator)) + item;
    return text;
}

int write_details(WorkbookContext& ctx, lxw_worksheet* ws, int row) {
    const auto& meta = ctx.assessment.metadata;
    std::string dates = meta.start_date;
    if (!meta.end_date.empty() && meta.end_date != meta.start_date)
        dates += (dates.empty() ? "" : " - ") + meta.end_date;
    std::string framework = ctx.framework.id + " " + ctx.framework.version;
    row = detail_row(ctx, ws, row, N_("Country"), meta.country);
    row = detail_row(ctx, ws, row, N_("Institutions"), joined(meta.institutions, "; "));
    row = detail_row(ctx, ws, row, N_("Round"), meta.round);
    row = detail_row(ctx, ws, row, N_("Dates"), dates);
    row = detail_row(ctx, ws, row, N_("Facilitator"), meta.facilitator);
    row = detail_row(ctx, ws, row, N_("Framework"), framework);
    // Format 2: the lists "core" means in this assessment, and the rule every
    // indicator is rated by (the Indicators sheet gives each one's own).
    row = detail_row(ctx, ws, row, N_("Core schemes"), joined(ctx.assessment.core.schemes, "; "));
    row = detail_row(ctx, ws, row, N_("Core systems"), joined(ctx.assessment.core.systems, "; "));
    row = detail_row(ctx, ws, row, N_("Rating rule"), ctx.text(ctx.framework.rating_rule));
    put_text(ws, row, 0, ctx.tr(N_("Participants")), ctx.formats.label);
    put_number(ws, row++, 1, static_cast<double>(ctx.assessment.participants.size()), ctx.formats.figure_integer);
    row = detail_row(ctx, ws, row, N_("Notes"), meta.notes);
    return row;
}

std::string with_count(const WorkbookContext& ctx, std::string_view english, int count) {
    std::string text = ctx.tr(english);
    if (const auto at = text.find("{count}"); at != std::string::npos) text.replace(at, 7, std::to_string(count));
    return text;
}

// "level 2: 5, level 3: 1; 2 not rated" for one domain's row.
std::string counts_text(const WorkbookContext& ctx, const scoring::LevelCounts& counts) {
    std::string text;
    for (std::size_t i = 0; i < counts.at_level.size(); ++i) {
        if (counts.at_level[i] == 0) continue;
        std::string part = ctx.tr(N_("Level {level}"));
        if (const auto at = part.find("{level}"); at != std::string::npos) part.replace(at, 7, std::to_string(i + 1));
        text += (text.empty() ? "" : ", ") + part + ": " + std::to_string(counts.at_level[i]);
    }
    if (const int not_rated = counts.total() - counts.rated() - counts.not_re_examined; not_rated > 0)
        text += (text.empty() ? "" : "; ") + with_count(ctx, N_("{count} not rated"), not_rated);
    if (counts.not_re_examined > 0)
        text += (text.empty() ? "" : "; ") + with_count(ctx, N_("{count} not re-examined"), counts.not_re_examined);
    return text;
}

// The headline: how many indicators sit at each level. The overall counts
// are formulas over the Indicators sheet (like every figure here); the flags
// are counted from the confidence and evidence as exported.
int write_level_profile(WorkbookContext& ctx, lxw_worksheet* ws, int row, RowFitter& fit) {
    const auto& f = ctx.formats;
    const auto profile = scoring::level_profile(ctx.scores, ctx.assessment);
    put_text(ws, row++, 0, ctx.tr(N_("Level profile")), f.heading);
    table_header(ctx, fit, ws, row++,
                 {ctx.tr(N_("Level")), ctx.tr(N_("Name of the level")), ctx.tr(N_("Indicators")), ctx.tr(N_("Low confidence")),
                  ctx.tr(N_("Without evidence"))});
    const std::string levels = ctx.indicator_column(ind::kLevel);
    for (int level = 1; level <= static_cast<int>(profile.overall.at_level.size()); ++level) {
        const auto at = static_cast<std::size_t>(level - 1);
        std::string label = ctx.tr(N_("Level {level}"));
        if (const auto pos = label.find("{level}"); pos != std::string::npos) label.replace(pos, 7, std::to_string(level));
        put_text(ws, row, 0, label, f.label);
        if (at < ctx.framework.levels.size()) fit.text(ws, row, 1, ctx.text(ctx.framework.levels[at].name), f.wrap);
        put_formula(ws, row, 2, "=COUNTIF(" + levels + "," + std::to_string(level) + ")", profile.overall.at_level[at],
                    f.figure_integer);
        put_number(ws, row, 3, profile.overall.low_confidence[at], f.integer);
        put_number(ws, row, 4, profile.overall.undocumented[at], f.integer);
        ++row;
    }
    put_text(ws, row, 0, ctx.tr(N_("Not rated")), f.label);
    fit.text(ws, row, 1, ctx.tr(N_("not applicable, unknown, not relevant or unanswered")), f.wrap);
    put_number(ws, row++, 2, profile.overall.total() - profile.overall.rated() - profile.overall.not_re_examined,
               f.figure_integer);
    if (profile.overall.not_re_examined > 0) {
        // A round started from the last one: counted apart, never as a level.
        put_text(ws, row, 0, ctx.tr(N_("Not re-examined")), f.label);
        fit.text(ws, row, 1, ctx.tr(N_("rated in the last round, not yet rated anew (the Indicators sheet shows the last round's level)")),
                 f.wrap);
        put_number(ws, row++, 2, profile.overall.not_re_examined, f.figure_integer);
    }
    put_text(ws, row, 0, ctx.tr(N_("All indicators")), f.label);
    put_number(ws, row++, 2, profile.overall.total(), f.figure_integer);
    const std::string legend = scoring::rating_flags_legend(ctx.lang);
    put_merged(ws, row, 0, 4, legend, f.note_wrap);
    check(worksheet_set_row(ws, static_cast<lxw_row_t>(row++),
                            15.0 * wrapped_lines(legend, kWidths[0] + kWidths[1] + kWidths[2] + kWidths[3] + kWidths[4]),
                            nullptr),
          "row height");

    ++row;
    put_text(ws, row++, 0, ctx.tr(N_("Level profile per domain")), f.heading);
    table_header(ctx, fit, ws, row++,
                 {ctx.tr(N_("Domain")), ctx.tr(N_("Indicators at each level")), ctx.tr(N_("Rated")),
                  ctx.tr(N_("Low confidence")), ctx.tr(N_("Without evidence"))});
    for (const auto& domain : profile.domains) {
        fit.text(ws, row, 0, domain.id + " " + ctx.domain_name(domain.id), f.wrap);
        fit.text(ws, row, 1, counts_text(ctx, domain.counts), f.wrap);
        put_number(ws, row, 2, domain.counts.rated(), f.integer);
        put_number(ws, row, 3, domain.counts.low_confidence_total(), f.integer);
        put_number(ws, row, 4, domain.counts.undocumented_total(), f.integer);
        ++row;
    }
    return row;
}

int write_overall(WorkbookContext& ctx, lxw_worksheet* ws, int row) {
    const auto& f = ctx.formats;
    const auto& overall = ctx.scores.overall;
    put_text(ws, row++, 0, ctx.tr(N_("Overall")), f.heading);
    // The mean, its stage and index follow the profile for continuity with
    // earlier rounds; the index is labelled so that nobody reads it as a mark.
    const std::string levels = ctx.domain_column(dom::kLevel), weights = ctx.domain_column(dom::kWeight);
    const std::string scored_weights = "ISNUMBER(" + levels + ")*" + weights;
    const int level_row = row;
    const std::string level = cell_ref(level_row, 1);
    const int steps = std::max(1, ctx.framework.level_count() - 1);

    put_text(ws, row, 0, ctx.tr(N_("Level")), f.label);
    put_formula(ws, row++, 1,
                "=IFERROR(SUMPRODUCT(" + scored_weights + "," + levels + ")/SUMPRODUCT(" + scored_weights + "),\"\")",
                overall.level, f.figure_level);
    put_text(ws, row, 0, ctx.tr(N_("Stage")), f.label);
    put_formula(ws, row, 1, "=IF(ISNUMBER(" + level + "),INT(" + level + "+1E-9),\"\")",
                overall.stage ? std::optional<double>(*overall.stage) : std::nullopt, f.figure_integer);
    // The stage's name, looked up in the Method sheet's table of levels.
    const int levels_count = ctx.framework.level_count();
    if (levels_count > 0) {
        const std::string names = sheet_prefix(ctx.names.method) + cell_ref(kMethodLevelRow, 1, true) + ":" +
                                  cell_ref(kMethodLevelRow + levels_count - 1, 1, true);
        const std::string stage = cell_ref(row, 1);
        ++row;
        put_text(ws, row, 0, ctx.tr(N_("Stage name")), f.label);
        std::string cached;
        if (overall.stage && *overall.stage >= 1 && *overall.stage <= levels_count)
            cached = ctx.text(ctx.framework.levels[static_cast<std::size_t>(*overall.stage - 1)].name);
        const std::string formula = "=IF(ISNUMBER(" + stage + "),INDEX(" + names + "," + stage + "),\"\")";
        check(worksheet_write_formula_str(ws, static_cast<lxw_row_t>(row), 1, formula.c_str(), f.text, cached.c_str()),
              "stage name");
    }
    ++row;
    put_text(ws, row, 0, ctx.tr(scoring::index_label_english()), f.label);
    put_formula(ws, row++, 1, "=IF(ISNUMBER(" + level + "),100*(" + level + "-1)/" + std::to_string(steps) + ",\"\")",
                overall.index, f.figure_index);
    const std::string rated = ctx.domain_column(dom::kRated), applicable = ctx.domain_column(dom::kApplicable);
    put_text(ws, row, 0, ctx.tr(N_("Completeness")), f.label);
    put_formula(ws, row++, 1, "=IFERROR(SUM(" + rated + ")/SUM(" + applicable + "),\"\")", overall.completeness,
                f.figure_percent);
    put_text(ws, row, 0, ctx.tr(N_("Rated indicators")), f.label);
    put_formula(ws, row++, 1, "=SUM(" + rated + ")", overall.rated, f.figure_integer);
    put_text(ws, row, 0, ctx.tr(N_("Applicable indicators")), f.label);
    put_formula(ws, row++, 1, "=SUM(" + applicable + ")", overall.applicable, f.figure_integer);
    const std::string note = ctx.tr(N_("Figures are computed as described on the Method sheet: they are formulas over "
                                       "the Indicators sheet, so changing a level there updates every score."));
    put_merged(ws, row, 0, 4, note, f.note_wrap);
    check(worksheet_set_row(ws, static_cast<lxw_row_t>(row++), 15.0 * wrapped_lines(note, kWidths[0] + kWidths[1] + kWidths[2] + kWidths[3] + kWidths[4]),
                            nullptr),
          "row height");
    return row;
}

int write_top_gaps(WorkbookContext& ctx, lxw_worksheet* ws, int row, RowFitter& fit) {
    const auto& f = ctx.formats;
    const auto gaps = gaps_by_size(ctx);
    put_text(ws, row++, 0, ctx.tr(N_("Largest gaps")), f.heading);
    if (gaps.empty()) {
        put_text(ws, row++, 0, ctx.tr(N_("No rated indicator is below its target.")), f.note);
        return row;
    }
    table_header(ctx, fit, ws, row++,
                 {ctx.tr(N_("ID")), ctx.tr(N_("Question")), ctx.tr(N_("Level")), ctx.tr(N_("Target")),
                  ctx.tr(N_("Gap"))});
    for (std::size_t i = 0; i < gaps.size() && i < static_cast<std::size_t>(kTopItems); ++i, ++row) {
        put_text(ws, row, 0, gaps[i]->id, f.text);
        fit.text(ws, row, 1, ctx.indicator_question(gaps[i]->id), f.wrap);
        put_number(ws, row, 2, *gaps[i]->level, f.integer);
        put_number(ws, row, 3, gaps[i]->target, f.integer);
        put_number(ws, row, 4, *gaps[i]->gap, f.integer);
    }
    return row;
}

int write_top_disagreements(WorkbookContext& ctx, lxw_worksheet* ws, int row, RowFitter& fit) {
    const auto& f = ctx.formats;
    const auto list = disagreements_by_spread(ctx);
    put_text(ws, row++, 0, ctx.tr(N_("Widest disagreements")), f.heading);
    if (list.empty()) {
        put_text(ws, row++, 0, ctx.tr(N_("The room agreed within one level on every indicator.")), f.note);
        return row;
    }
    table_header(ctx, fit, ws, row++,
                 {ctx.tr(N_("ID")), ctx.tr(N_("Question")), ctx.tr(N_("Spread")), ctx.tr(N_("Level")),
                  ctx.tr(N_("Votes"))});
    for (std::size_t i = 0; i < list.size() && i < static_cast<std::size_t>(kTopItems); ++i, ++row) {
        const auto& score = *list[i];
        int lowest = 0, highest = 0;
        for (std::size_t l = 0; l < score.votes_per_level.size(); ++l) {
            if (score.votes_per_level[l] == 0) continue;
            if (lowest == 0) lowest = static_cast<int>(l + 1);
            highest = static_cast<int>(l + 1);
        }
        put_text(ws, row, 0, score.id, f.text);
        fit.text(ws, row, 1, ctx.indicator_question(score.id), f.wrap);
        put_number(ws, row, 2, score.spread, f.integer);
        if (score.level) put_number(ws, row, 3, *score.level, f.integer);
        put_text(ws, row, 4, std::to_string(lowest) + "-" + std::to_string(highest), f.centred);
    }
    return row;
}

void insert_charts(WorkbookContext& ctx, lxw_worksheet* ws) {
    const int domains = ctx.domain_rows();
    if (domains == 0) return;
    const auto sheet = ctx.names.domains;
    const auto last = static_cast<lxw_row_t>(domains);
    const double top = std::max(2, ctx.framework.level_count());
    auto series = [&](lxw_chart* chart, int col, const std::string& name, lxw_color_t colour, bool line) {
        lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(s, sheet.c_str(), 1, dom::kName, last, dom::kName);
        chart_series_set_values(s, sheet.c_str(), 1, static_cast<lxw_col_t>(col), last, static_cast<lxw_col_t>(col));
        chart_series_set_name(s, name.c_str());
        lxw_chart_line stroke{};
        stroke.color = colour;
        stroke.width = 2.25;
        if (!line) stroke.dash_type = LXW_CHART_LINE_DASH_DASH;
        chart_series_set_line(s, &stroke);
    };

    lxw_chart* radar = workbook_add_chart(ctx.book, LXW_CHART_RADAR);
    series(radar, dom::kLevel, ctx.tr(N_("Current level")), 0x2E75B6, true);
    series(radar, dom::kTargetLevel, ctx.tr(N_("Target level")), 0xED7D31, false);
    const std::string radar_title = ctx.tr(N_("Current and target level by domain"));
    chart_title_set_name(radar, radar_title.c_str());
    chart_axis_set_min(radar->y_axis, 0);
    chart_axis_set_max(radar->y_axis, top);
    chart_axis_set_major_unit(radar->y_axis, 1);
    chart_legend_set_position(radar, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options radar_at{};
    // 480 x 288 pixels at scale 1: the domain names around the radar need room.
    radar_at.x_scale = 1.45;
    radar_at.y_scale = 1.7;
    check(worksheet_insert_chart_opt(ws, 0, kChartCol, radar, &radar_at), "radar chart");

    lxw_chart* bars = workbook_add_chart(ctx.book, LXW_CHART_BAR);
    lxw_chart_series* s = chart_add_series(bars, nullptr, nullptr);
    chart_series_set_categories(s, sheet.c_str(), 1, dom::kName, last, dom::kName);
    chart_series_set_values(s, sheet.c_str(), 1, dom::kLevel, last, dom::kLevel);
    const std::string level_name = ctx.tr(N_("Level"));
    chart_series_set_name(s, level_name.c_str());
    lxw_chart_fill fill{};
    fill.color = 0x2E75B6;
    chart_series_set_fill(s, &fill);
    chart_series_set_labels(s);
    chart_series_set_labels_num_format(s, "0.00");
    const std::string bar_title = ctx.tr(N_("Level by domain"));
    chart_title_set_name(bars, bar_title.c_str());
    // In a bar chart the value axis is the horizontal x axis.
    chart_axis_set_min(bars->x_axis, 0);
    chart_axis_set_max(bars->x_axis, top);
    chart_axis_set_major_unit(bars->x_axis, 1);
    chart_axis_set_reverse(bars->y_axis);  // first domain on top, as in the table
    chart_legend_set_position(bars, LXW_CHART_LEGEND_NONE);
    lxw_chart_options bars_at{};
    bars_at.x_scale = 1.35;
    bars_at.y_scale = 1.0 + 0.06 * std::max(0, domains - 5);
    // Placed by pixels below the radar, not by rows: row heights vary with
    // the length of the texts on the left.
    bars_at.y_offset = static_cast<int32_t>(288 * radar_at.y_scale + 24);
    check(worksheet_insert_chart_opt(ws, 0, kChartCol, bars, &bars_at), "bar chart");
}

}  // namespace

void write_summary_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    const auto& f = ctx.formats;
    const auto& meta = ctx.assessment.metadata;
    put_text(ws, 0, 0, meta.title.empty() ? ctx.tr(N_("Digital maturity assessment")) : meta.title, f.title);
    put_text(ws, 1, 0, ctx.text(ctx.framework.title) + " (" + ctx.framework.version + ")", f.note);
    int row = write_details(ctx, ws, 3);
    RowFitter fit(kWidths);
    row = write_level_profile(ctx, ws, row + 1, fit);
    row = write_overall(ctx, ws, row + 1);
    row = write_top_gaps(ctx, ws, row + 1, fit);
    row = write_top_disagreements(ctx, ws, row + 1, fit);
    row = write_dependency_findings(ctx, ws, row + 1);
    insert_charts(ctx, ws);

    set_widths(ws, kWidths);
    fit.apply(ws);
    check(worksheet_set_row(ws, 0, 24, nullptr), "title height");
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_set_margins(ws, 0.4, 0.4, 0.5, 0.5);
    worksheet_fit_to_pages(ws, 1, 0);
    // The charts reach past the last written column: print them too.
    check(worksheet_print_area(ws, 0, 0, static_cast<lxw_row_t>(std::max(row, 46)), kChartCol + 11), "print area");
    check(worksheet_set_footer(ws, "&L&A&R&P / &N"), "footer");
    worksheet_activate(ws);
}

}  // namespace socle::exports::detail
