// The Gaps sheet: rated indicators below their target, largest gap first,
// then the indicators whose level is still to be established.
#include <algorithm>

#include "common/i18n.h"
#include "exports/detail/workbook_context.h"

namespace socle::exports::detail {

std::vector<const scoring::IndicatorScore*> gaps_by_size(const WorkbookContext& ctx) {
    std::vector<const scoring::IndicatorScore*> gaps;
    for (const auto& score : ctx.scores.indicators)
        if (score.gap && *score.gap > 0) gaps.push_back(&score);
    auto priority = [&](const scoring::IndicatorScore* score) {
        const auto* domain = ctx.scores.find_domain(score->domain_id);
        return *score->gap * score->weight * (domain ? domain->weight : 1.0);
    };
    // Stable: framework order breaks the remaining ties.
    std::stable_sort(gaps.begin(), gaps.end(), [&](const auto* a, const auto* b) {
        if (*a->gap != *b->gap) return *a->gap > *b->gap;
        return priority(a) > priority(b);
    });
    return gaps;
}

std::vector<const scoring::IndicatorScore*> disagreements_by_spread(const WorkbookContext& ctx) {
    std::vector<const scoring::IndicatorScore*> list;
    for (const auto& score : ctx.scores.indicators)
        if (score.disagreement) list.push_back(&score);
    std::stable_sort(list.begin(), list.end(), [](const auto* a, const auto* b) { return a->spread > b->spread; });
    return list;
}

std::string next_step_action(const WorkbookContext& ctx, const scoring::IndicatorScore& score) {
    const auto* indicator = ctx.framework.find_indicator(score.id);
    if (!indicator || !score.level || *score.level < 1 || *score.level > static_cast<int>(indicator->steps.size()))
        return "";
    return ctx.text(indicator->steps[static_cast<std::size_t>(*score.level - 1)].action);
}

void write_gaps_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    const auto& f = ctx.formats;
    table_header(ctx, ws, 0,
                 {ctx.tr(N_("ID")), ctx.tr(N_("Domain")), ctx.tr(N_("Question")), ctx.tr(N_("Level")),
                  ctx.tr(N_("Target")), ctx.tr(N_("Gap")), ctx.tr(N_("Priority")), ctx.tr(N_("Spread")),
                  ctx.tr(N_("Next step"))});
    RowFitter fit({9, 24, 48, 7, 7, 6, 8, 7, 55});
    int row = 1;
    for (const auto* score : gaps_by_size(ctx)) {
        const auto* domain = ctx.scores.find_domain(score->domain_id);
        put_text(ws, row, 0, score->id, f.text);
        fit.text(ws, row, 1, ctx.domain_name(score->domain_id), f.wrap);
        fit.text(ws, row, 2, ctx.indicator_question(score->id), f.wrap);
        put_number(ws, row, 3, *score->level, f.integer);
        put_number(ws, row, 4, score->target, f.integer);
        put_number(ws, row, 5, *score->gap, f.integer);
        put_number(ws, row, 6, *score->gap * score->weight * (domain ? domain->weight : 1.0), f.decimal);
        put_number(ws, row, 7, score->spread, f.integer);
        fit.text(ws, row, 8, next_step_action(ctx, *score), f.wrap);
        ++row;
    }
    if (row == 1) put_text(ws, row++, 0, ctx.tr(N_("No rated indicator is below its target.")), f.note);
    const int last_gap_row = row - 1;

    // Unknown and unanswered indicators: gaps in knowledge, to investigate.
    std::vector<const scoring::IndicatorScore*> unknown;
    for (const auto& score : ctx.scores.indicators)
        if (score.status == scoring::IndicatorStatus::Unknown || score.status == scoring::IndicatorStatus::Unanswered)
            unknown.push_back(&score);
    if (!unknown.empty()) {
        row += 1;
        put_text(ws, row++, 0, ctx.tr(N_("To investigate: level unknown or not yet discussed")), f.heading);
        table_header(ctx, ws, row++, {ctx.tr(N_("ID")), ctx.tr(N_("Domain")), ctx.tr(N_("Question")),
                                      ctx.tr(N_("Status"))});
        for (const auto* score : unknown) {
            put_text(ws, row, 0, score->id, f.text);
            fit.text(ws, row, 1, ctx.domain_name(score->domain_id), f.wrap);
            fit.text(ws, row, 2, ctx.indicator_question(score->id), f.wrap);
            put_text(ws, row, 3,
                     score->not_re_examined() ? scoring::not_re_examined_text(*score, ctx.lang)
                                              : ctx.tr(scoring::status_label(score->status)),
                     f.text);
            ++row;
        }
    }
    set_widths(ws, fit.widths());
    fit.apply(ws);
    check(worksheet_set_row(ws, 0, 30, nullptr), "header height");
    finish_table(ws, 0, last_gap_row, 8, 1);
    page_setup(ws, 1);
}

}  // namespace socle::exports::detail
