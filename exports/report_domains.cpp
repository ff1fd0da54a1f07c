// One chapter per domain: its figures, then every indicator with its
// question, the level and how the room reached it, the rating rule, the
// lists it is rated against and where it stands beside the sources, the
// evidence, target and gap, what the next level requires and its roadmap
// steps.
#include "common/i18n.h"
#include "exports/detail/indicator_text.h"
#include "exports/detail/report_context.h"
#include "frameworks/framework_words.h"

namespace socle::exports::detail {

namespace {

// The descriptor of an indicator at a level: what that level requires.
std::string descriptor_at(const ReportContext& ctx, const frameworks::Indicator& indicator, int level) {
    if (level < 1 || level > static_cast<int>(indicator.descriptors.size())) return {};
    return ctx.text(indicator.descriptors[static_cast<std::size_t>(level - 1)]);
}

// The rule the room rated by: format 2 states one (the indicator's own,
// else the framework's general rule); format 1 has none, so the rated
// level's descriptor stands for it, as before.
std::string rating_rule(const ReportContext& ctx, const frameworks::Indicator& indicator,
                        const scoring::IndicatorScore& score) {
    if (const auto& rule = ctx.text(frameworks::rating_rule_for(ctx.framework, indicator)); !rule.empty()) return rule;
    return score.level ? descriptor_at(ctx, indicator, *score.level) : std::string();
}

// "Social Protection Floors Recommendation, 2012 (No. 202), para. 7
// (subset); ...": every mapping of the indicator in one line.
std::string mappings_line(const ReportContext& ctx, const frameworks::Indicator& indicator) {
    std::string line;
    for (const auto& mapping : indicator.mappings) {
        const auto* source = ctx.framework.find_source(mapping.source_id);
        line += (line.empty() ? "" : "; ") + (source ? source->title : mapping.source_id);
        if (!mapping.ref.empty()) line += ", " + mapping.ref;
        line += " (" + ctx.tr(frameworks::mapping_relation_label(mapping.relation)) + ")";
    }
    return line;
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
    if (const auto rule = rating_rule(ctx, indicator, score); !rule.empty())
        doc.labelled(ctx.tr(N_("Rating rule")), rule);
    if (const auto core = core_lists_text(indicator, ctx.assessment.core, ctx.lang, "; "); !core.empty())
        doc.labelled(ctx.tr(N_("Rated against")), core);
    if (const auto line = mappings_line(ctx, indicator); !line.empty())
        doc.labelled(ctx.tr(N_("Stands beside")), line);
    if (!response.evidence.empty()) doc.labelled(ctx.tr(N_("Evidence seen")), response.evidence);
    for (const auto& link : response.links) doc.labelled(ctx.tr(N_("Reference")), link);
    if (response.confidence != assessment::Confidence::Unset)
        doc.labelled(ctx.tr(N_("Confidence")), ctx.tr(assessment::confidence_label(response.confidence)));
    std::string target = std::to_string(score.target);
    if (score.gap) target += "; " + ctx.fill(N_("gap {gap}"), {{"gap", std::to_string(*score.gap)}});
    doc.labelled(ctx.tr(N_("Target")), target);
    if (score.level && *score.level < ctx.framework.level_count()) {
        const auto next = descriptor_at(ctx, indicator, *score.level + 1);
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
                             {"phase", ctx.tr(phase ? phase->settings.name : N_("Beyond horizon"))},
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
