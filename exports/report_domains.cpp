// One chapter per domain: its figures, then every indicator with its
// question, the level and how the room reached it, the rating rule, the
// evidence, target and gap, what the next level requires and its roadmap
// steps.
#include "common/i18n.h"
#include "exports/detail/report_context.h"

namespace socle::exports::detail {

namespace {

// The rating rule of an indicator at a level. Framework 1 has no rules of
// its own: the level's descriptor is the condition the room rated against,
// so that is what is shown. When the framework gains explicit rating rules
// (Framework 2.0), they replace the descriptor here and nowhere else.
std::string rating_rule(const ReportContext& ctx, const frameworks::Indicator& indicator, int level) {
    if (level < 1 || level > static_cast<int>(indicator.descriptors.size())) return {};
    return ctx.text(indicator.descriptors[static_cast<std::size_t>(level - 1)]);
}

std::string status_words(const ReportContext& ctx, const scoring::IndicatorScore& score) {
    // A next round not yet at this indicator: the last round's result, as such.
    if (score.not_re_examined()) return scoring::not_re_examined_text(score, ctx.lang);
    return ctx.tr(scoring::status_label(score.status));
}

std::string votes_text(const ReportContext& ctx, const scoring::IndicatorScore& score) {
    std::string text;
    for (std::size_t i = 0; i < score.votes_per_level.size(); ++i) {
        if (score.votes_per_level[i] == 0) continue;
        text += (text.empty() ? "" : ", ") + ctx.fill(N_("{count} at level {level}"),
                                                      {{"count", std::to_string(score.votes_per_level[i])},
                                                       {"level", std::to_string(i + 1)}});
    }
    if (score.na_votes) text += (text.empty() ? "" : ", ") + ctx.fill(N_("{count} not applicable"), {{"count", std::to_string(score.na_votes)}});
    if (score.unknown_votes) text += (text.empty() ? "" : ", ") + ctx.fill(N_("{count} unknown"), {{"count", std::to_string(score.unknown_votes)}});
    return text.empty() ? ctx.tr(N_("no votes")) : text;
}

void write_indicator(ReportContext& ctx, const frameworks::Indicator& indicator, const scoring::IndicatorScore& score) {
    auto& doc = ctx.doc;
    const auto& response = ctx.assessment.response(indicator.id);
    doc.heading(3, indicator.id + " " + ctx.text(indicator.question));
    if (score.level) {
        const auto how = score.source == scoring::LevelSource::Agreed ? ctx.tr(N_("agreed by the room"))
                                                                       : ctx.tr(N_("median of the votes, not yet agreed"));
        doc.labelled(ctx.tr(N_("Level")), ctx.level_name(*score.level) + " (" + how + ")");
    } else {
        doc.labelled(ctx.tr(N_("Level")), status_words(ctx, score));
    }
    doc.labelled(ctx.tr(N_("Votes")), votes_text(ctx, score) + "; " +
                                          ctx.fill(N_("spread {spread}"), {{"spread", std::to_string(score.spread)}}));
    if (!response.rationale.empty()) doc.labelled(ctx.tr(N_("Rationale")), response.rationale);
    if (score.level) {
        const auto rule = rating_rule(ctx, indicator, *score.level);
        if (!rule.empty()) doc.labelled(ctx.tr(N_("Rating rule")), rule);
    }
    if (!response.evidence.empty()) doc.labelled(ctx.tr(N_("Evidence seen")), response.evidence);
    for (const auto& link : response.links) doc.labelled(ctx.tr(N_("Reference")), link);
    if (response.confidence != assessment::Confidence::Unset)
        doc.labelled(ctx.tr(N_("Confidence")), ctx.tr(assessment::confidence_label(response.confidence)));
    std::string target = std::to_string(score.target);
    if (score.gap) target += "; " + ctx.fill(N_("gap {gap}"), {{"gap", std::to_string(*score.gap)}});
    doc.labelled(ctx.tr(N_("Target")), target);
    if (score.level && *score.level < ctx.framework.level_count()) {
        const auto next = rating_rule(ctx, indicator, *score.level + 1);
        const auto action = ctx.step_action(indicator.id, *score.level);
        std::string text = next;
        if (!action.empty()) text += (text.empty() ? "" : " ") + ctx.fill(N_("Step: {action}"), {{"action", action}});
        if (!text.empty()) doc.labelled(ctx.fill(N_("Next level ({level}) requires"), {{"level", std::to_string(*score.level + 1)}}), text);
    }
    for (const auto& step : ctx.figures.plan.steps) {
        if (step.indicator_id != indicator.id) continue;
        const auto* phase = ctx.figures.plan.find_phase(step.phase);
        doc.bullet(ctx.fill(N_("Roadmap: to level {level} in {phase}: {action}"),
                            {{"level", std::to_string(step.to)},
                             {"phase", phase ? phase->settings.name : ctx.tr(N_("Beyond horizon"))},
                             {"action", ctx.step_action(indicator.id, step.from)}}));
    }
}

}  // namespace

void write_domain_chapters(ReportContext& ctx) {
    for (const auto& domain : ctx.framework.domains) {
        const auto* score = ctx.scores.find_domain(domain.id);
        ctx.doc.heading(1, domain.id + " " + ctx.text(domain.name));
        const auto& description = ctx.text(domain.description);
        if (!description.empty()) ctx.doc.paragraph(description);
        if (score)
            ctx.doc.paragraph(ctx.fill(N_("Mean level {level} (index {index}), target {target}; {rated} of {applicable} "
                                          "applicable indicators rated."),
                                       {{"level", ctx.number(score->level)}, {"index", ctx.number(score->index, 1)},
                                        {"target", ctx.number(score->target_level)},
                                        {"rated", std::to_string(score->rated)},
                                        {"applicable", std::to_string(score->applicable)}}));
        for (const auto& indicator : domain.indicators) {
            const auto* indicator_score = ctx.scores.find_indicator(indicator.id);
            if (indicator_score) write_indicator(ctx, indicator, *indicator_score);
        }
    }
    ctx.doc.page_break();
}

}  // namespace socle::exports::detail
