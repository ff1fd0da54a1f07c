// The Indicators sheet (one row per indicator, the data every formula reads)
// and the Domains sheet (live formulas over it).
#include <algorithm>

#include "common/i18n.h"
#include "common/text.h"
#include "exports/detail/workbook_context.h"
#include "scoring/assessment_scores.h"
#include "scoring/headline_text.h"
#include "scoring/level_profile.h"

namespace socle::exports::detail {

namespace {

std::string vote_text(WorkbookContext& ctx, const assessment::Vote& vote) {
    return vote.kind == assessment::VoteKind::NotApplicable ? ctx.tr(N_("N/A")) : ctx.tr(N_("Unknown"));
}

std::string joined_links(const assessment::IndicatorResponse& response) {
    std::string text = response.evidence;
    for (const auto& link : response.links) text += (text.empty() ? "" : "\n") + link;
    return text;
}

std::string notes_text(WorkbookContext& ctx, const assessment::IndicatorResponse& response) {
    std::string text;
    if (response.agreed && !response.rationale.empty())
        text = ctx.tr(N_("Agreed by the room")) + ": " + response.rationale;
    if (!response.notes.empty()) text += (text.empty() ? "" : "\n") + response.notes;
    return text;
}

// Spread of 2 or more (the room disagrees) in orange.
void disagreement_highlight(WorkbookContext& ctx, lxw_worksheet* ws, int last_row, int col) {
    if (last_row < 1) return;
    lxw_format* orange = workbook_add_format(ctx.book);
    format_set_bg_color(orange, 0xF8CBAD);
    lxw_conditional_format rule{};
    rule.type = LXW_CONDITIONAL_TYPE_CELL;
    rule.criteria = LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
    rule.value = 2;
    rule.format = orange;
    check(worksheet_conditional_format_range(ws, 1, static_cast<lxw_col_t>(col), static_cast<lxw_row_t>(last_row),
                                             static_cast<lxw_col_t>(col), &rule),
          "disagreement highlight");
}

}  // namespace

void write_indicators_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    const auto& f = ctx.formats;
    const int participants = ctx.participant_count();
    const int confidence_col = ctx.ind_confidence_col();
    table_header(ctx, ws, 0,
                 {ctx.tr(N_("ID")), ctx.tr(N_("Domain")), ctx.tr(N_("Question")), ctx.tr(N_("Status")),
                  ctx.tr(N_("Applicable (1/0)")), ctx.tr(N_("Weight")), ctx.tr(N_("Level")), ctx.tr(N_("Target")),
                  ctx.tr(N_("Gap")), ctx.tr(N_("Spread"))});
    lxw_format* vote_header = workbook_add_format(ctx.book);
    format_set_bold(vote_header);
    format_set_rotation(vote_header, 90);
    format_set_bg_color(vote_header, 0xDDEBF7);
    format_set_bottom(vote_header, LXW_BORDER_THIN);
    format_set_align(vote_header, LXW_ALIGN_CENTER);
    for (int p = 0; p < participants; ++p)
        put_text(ws, 0, ind::kFirstVote + p, ctx.participant_label(static_cast<std::size_t>(p)), vote_header);
    table_header(ctx, ws, 0,
                 {ctx.tr(N_("Confidence")), ctx.tr(N_("Evidence")), ctx.tr(N_("Notes")), ctx.tr(N_("Documents")),
                  ctx.tr(N_("Rating rule")), ctx.tr(N_("Rated against"))},
                 confidence_col);

    std::vector<double> widths = {9, 8, 42, 12, 9, 7, 6, 6, 5, 6};
    widths.insert(widths.end(), static_cast<std::size_t>(participants), 3.6);
    widths.insert(widths.end(), {12, 44, 32, 10, 60, 32});
    RowFitter fit(widths);
    int row = 1;
    for (const auto& score : ctx.scores.indicators) {
        const auto& response = ctx.assessment.response(score.id);
        const bool applicable = score.status != scoring::IndicatorStatus::NotApplicable &&
                                score.status != scoring::IndicatorStatus::NotRelevant;
        put_text(ws, row, ind::kId, score.id, f.text);
        put_text(ws, row, ind::kDomain, score.domain_id, f.text);
        fit.text(ws, row, ind::kQuestion, ctx.indicator_question(score.id), f.wrap);
        // Not re-examined: the last round's level in words, never in the
        // Level column (every formula reads that one as this round's).
        put_text(ws, row, ind::kStatus,
                 score.not_re_examined() ? scoring::not_re_examined_text(score, ctx.lang)
                                         : ctx.tr(scoring::status_label(score.status)),
                 f.text);
        put_number(ws, row, ind::kApplicable, applicable ? 1 : 0, f.integer);
        put_number(ws, row, ind::kWeight, score.weight, f.decimal);
        if (score.level) put_number(ws, row, ind::kLevel, *score.level, f.integer);
        put_number(ws, row, ind::kTarget, score.target, f.integer);
        const std::string level = cell_ref(row, ind::kLevel), target = cell_ref(row, ind::kTarget);
        put_formula(ws, row, ind::kGap, "=IF(ISNUMBER(" + level + "),MAX(0," + target + "-" + level + "),\"\")",
                    score.gap ? std::optional<double>(*score.gap) : std::nullopt, f.integer);
        put_number(ws, row, ind::kSpread, score.spread, f.integer);
        for (int p = 0; p < participants; ++p) {
            const auto& id = ctx.assessment.participants[static_cast<std::size_t>(p)].id;
            const auto vote = response.votes.find(id);
            if (vote == response.votes.end()) continue;
            if (vote->second.kind == assessment::VoteKind::Level)
                put_number(ws, row, ind::kFirstVote + p, vote->second.level, f.integer);
            else
                put_text(ws, row, ind::kFirstVote + p, vote_text(ctx, vote->second), f.text);
        }
        if (score.confidence != assessment::Confidence::Unset)
            put_text(ws, row, confidence_col, ctx.tr(assessment::confidence_label(score.confidence)), f.text);
        fit.text(ws, row, ctx.ind_evidence_col(), joined_links(response), f.wrap);
        fit.text(ws, row, ctx.ind_notes_col(), notes_text(ctx, response), f.wrap);
        put_number(ws, row, ctx.ind_documents_col(), score.evidence_documents, f.integer);
        if (const auto* indicator = ctx.framework.find_indicator(score.id)) {
            fit.text(ws, row, ctx.ind_rule_col(), ctx.rating_rule(*indicator), f.wrap);
            fit.text(ws, row, ctx.ind_core_col(), ctx.core_lists_text(*indicator), f.wrap);
        }
        ++row;
    }
    const int last = row - 1;
    level_scale(ws, 1, last, ind::kLevel, ind::kLevel, ctx.framework.level_count());
    if (participants > 0)
        level_scale(ws, 1, last, ind::kFirstVote, ind::kFirstVote + participants - 1, ctx.framework.level_count());
    disagreement_highlight(ctx, ws, last, ind::kSpread);

    set_widths(ws, widths);
    fit.apply(ws);
    check(worksheet_set_row(ws, 0, participants > 0 ? 120 : 30, nullptr), "header height");
    finish_table(ws, 0, last, ctx.ind_last_col(), 3);
    page_setup(ws, 1);
}

void write_domains_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    const auto& f = ctx.formats;
    table_header(ctx, ws, 0,
                 {ctx.tr(N_("ID")), ctx.tr(N_("Domain")), ctx.tr(N_("Weight")), ctx.tr(N_("Level")),
                  ctx.tr(N_("Stage")), ctx.tr(scoring::index_label_english()), ctx.tr(N_("Target level")),
                  ctx.tr(N_("Weakest level")), ctx.tr(N_("Weakest indicator")), ctx.tr(N_("Completeness")),
                  ctx.tr(N_("Rated")), ctx.tr(N_("Applicable")), ctx.tr(N_("Indicators"))});
    const std::string domains = ctx.indicator_column(ind::kDomain);
    const std::string levels = ctx.indicator_column(ind::kLevel);
    const std::string weights = ctx.indicator_column(ind::kWeight);
    const std::string targets = ctx.indicator_column(ind::kTarget);
    const std::string applicable = ctx.indicator_column(ind::kApplicable);
    const int steps = std::max(1, ctx.framework.level_count() - 1);

    // After the figures, the domain's level profile: indicators at each
    // level (formulas over the Indicators sheet), then how many of its
    // ratings are low confidence or undocumented (as exported).
    const auto profile = scoring::level_profile(ctx.scores, ctx.assessment);
    const int level_count = static_cast<int>(profile.overall.at_level.size());
    const int first_count = dom::kIndicators + 1, low_col = first_count + level_count, undocumented_col = low_col + 1;
    std::vector<double> widths = {7, 42, 7, 7, 6, 8, 8, 9, 11, 12, 7, 10, 10};
    for (int level = 1; level <= level_count; ++level) {
        std::string label = ctx.tr(N_("Level {level}"));
        if (const auto at = label.find("{level}"); at != std::string::npos) label.replace(at, 7, std::to_string(level));
        table_header(ctx, ws, 0, {label}, first_count + level - 1);
        widths.push_back(8);
    }
    table_header(ctx, ws, 0, {ctx.tr(N_("Low confidence")), ctx.tr(N_("Without evidence"))}, low_col);
    widths.insert(widths.end(), {11, 11});
    RowFitter fit(widths);
    int row = 1;
    for (const auto& score : ctx.scores.domains) {
        const std::string id = cell_ref(row, dom::kId, true);
        const std::string level = cell_ref(row, dom::kLevel);
        // An indicator counts when its level cell holds a number: the level
        // is blank unless the indicator is rated.
        const std::string rated_mask = "(" + domains + "=" + id + ")*ISNUMBER(" + levels + ")";
        const std::string weight_sum = "SUMPRODUCT(" + rated_mask + "," + weights + ")";
        put_text(ws, row, dom::kId, score.id, f.text);
        fit.text(ws, row, dom::kName, ctx.domain_name(score.id), f.wrap);
        put_number(ws, row, dom::kWeight, score.weight, f.decimal);
        put_formula(ws, row, dom::kLevel,
                    "=IFERROR(SUMPRODUCT(" + rated_mask + "," + levels + "," + weights + ")/" + weight_sum + ",\"\")",
                    score.level, f.level);
        put_formula(ws, row, dom::kStage, "=IF(ISNUMBER(" + level + "),INT(" + level + "+1E-9),\"\")",
                    score.stage ? std::optional<double>(*score.stage) : std::nullopt, f.integer);
        put_formula(ws, row, dom::kIndex,
                    "=IF(ISNUMBER(" + level + "),100*(" + level + "-1)/" + std::to_string(steps) + ",\"\")",
                    score.index, f.index);
        put_formula(ws, row, dom::kTargetLevel,
                    "=IFERROR(SUMPRODUCT(" + rated_mask + "," + targets + "," + weights + ")/" + weight_sum + ",\"\")",
                    score.target_level, f.level);
        const std::string rated = cell_ref(row, dom::kRated), applicable_here = cell_ref(row, dom::kApplicable);
        put_array_formula(ws, row, dom::kWeakest,
                          "=IF(" + rated + ">0,MIN(IF(" + rated_mask + "," + levels + ")),\"\")",
                          score.weakest ? std::optional<double>(*score.weakest) : std::nullopt, f.integer);
        put_text(ws, row, dom::kWeakestIndicator, score.weakest_indicator, f.centred);
        put_formula(ws, row, dom::kCompleteness,
                    "=IF(" + applicable_here + ">0," + rated + "/" + applicable_here + ",\"\")", score.completeness,
                    f.percent);
        put_formula(ws, row, dom::kRated, "=SUMPRODUCT(" + rated_mask + ")", score.rated, f.integer);
        put_formula(ws, row, dom::kApplicable, "=SUMIFS(" + applicable + "," + domains + "," + id + ")",
                    score.applicable, f.integer);
        put_number(ws, row, dom::kIndicators, score.indicators, f.integer);
        const auto& counts = profile.domains[static_cast<std::size_t>(row - 1)].counts;
        for (int at = 1; at <= level_count; ++at)
            put_formula(ws, row, first_count + at - 1,
                        "=COUNTIFS(" + domains + "," + id + "," + levels + "," + std::to_string(at) + ")",
                        counts.at_level[static_cast<std::size_t>(at - 1)], f.integer);
        put_number(ws, row, low_col, counts.low_confidence_total(), f.integer);
        put_number(ws, row, undocumented_col, counts.undocumented_total(), f.integer);
        ++row;
    }
    level_scale(ws, 1, row - 1, dom::kLevel, dom::kLevel, ctx.framework.level_count());
    set_widths(ws, fit.widths());
    fit.apply(ws);
    check(worksheet_set_row(ws, 0, 30, nullptr), "header height");
    finish_table(ws, 0, row - 1, undocumented_col, 2);
    page_setup(ws, 1);
}

}  // namespace socle::exports::detail
