// The report's first pages: the cover, the table of contents, the executive
// summary (headline level profile, strongest and weakest domains, largest
// gaps, open disagreements, caveats, priority actions, comparability) and
// the two native charts.
#include <algorithm>

#include "common/i18n.h"
#include "exports/detail/report_context.h"
#include "scoring/score_highlights.h"

namespace socle::exports::detail {

namespace {

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : std::string(separator)) + item;
    return text;
}

// "2 at level 1, 5 at level 3; 1 not applicable, 4 unanswered".
std::string profile_sentence(const ReportContext& ctx, const scoring::LevelCounts& counts) {
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < counts.at_level.size(); ++i)
        if (counts.at_level[i] > 0)
            parts.push_back(ctx.fill(N_("{count} at level {level}"),
                                     {{"count", std::to_string(counts.at_level[i])}, {"level", std::to_string(i + 1)}}));
    std::string text = parts.empty() ? ctx.tr(N_("no indicator rated yet")) : joined(parts, ", ");
    std::vector<std::string> others;
    if (counts.not_applicable) others.push_back(ctx.fill(N_("{count} not applicable"), {{"count", std::to_string(counts.not_applicable)}}));
    if (counts.unknown) others.push_back(ctx.fill(N_("{count} unknown"), {{"count", std::to_string(counts.unknown)}}));
    if (counts.not_relevant) others.push_back(ctx.fill(N_("{count} not relevant to this country"), {{"count", std::to_string(counts.not_relevant)}}));
    if (counts.unanswered) others.push_back(ctx.fill(N_("{count} unanswered"), {{"count", std::to_string(counts.unanswered)}}));
    if (counts.not_re_examined)
        others.push_back(ctx.fill(N_("{count} not re-examined"), {{"count", std::to_string(counts.not_re_examined)}}));
    if (!others.empty()) text += "; " + joined(others, ", ");
    return text;
}

void profile_table(ReportContext& ctx) {
    std::vector<std::string> headers = {ctx.tr(N_("Domain"))};
    std::vector<int> widths = {22};
    for (int level = 1; level <= ctx.framework.level_count(); ++level) {
        headers.push_back(ctx.fill(N_("Level {level}"), {{"level", std::to_string(level)}}));
        widths.push_back(10);  // wide enough for the Russian "Level" on one line: it wraps between words
    }
    headers.push_back(ctx.tr(N_("Not rated")));
    widths.push_back(12);
    headers.push_back(ctx.tr(N_("Mean level")));
    widths.push_back(12);
    ctx.doc.caption(ctx.tr(N_("Table")), "Table", ctx.tr(N_("Level profile: indicators at each level, per domain")));
    ctx.doc.begin_table(headers, widths);
    auto add = [&](const std::string& name, const scoring::LevelCounts& counts, const std::optional<double>& mean) {
        std::vector<std::string> cells = {name};
        for (int count : counts.at_level) cells.push_back(std::to_string(count));
        cells.push_back(std::to_string(counts.total() - counts.rated()));
        cells.push_back(ctx.number(mean));
        ctx.doc.row(cells);
    };
    for (std::size_t i = 0; i < ctx.profile.domains.size(); ++i)
        add(ctx.profile.domains[i].id + " " + ctx.domain_name(ctx.profile.domains[i].id), ctx.profile.domains[i].counts,
            ctx.scores.domains[i].level);
    add(ctx.tr(N_("Overall")), ctx.profile.overall, ctx.scores.overall.level);
    ctx.doc.end_table();
}

}  // namespace

void write_cover(ReportContext& ctx, bool final) {
    const auto& meta = ctx.assessment.metadata;
    ctx.doc.title(meta.title.empty() ? ctx.tr(N_("Digital maturity assessment report")) : meta.title);
    ctx.doc.subtitle(ctx.text(ctx.framework.title));
    if (!meta.country.empty()) ctx.doc.labelled(ctx.tr(N_("Country")), meta.country);
    if (!meta.round.empty()) ctx.doc.labelled(ctx.tr(N_("Round")), meta.round);
    std::string dates = meta.start_date;
    if (!meta.end_date.empty() && meta.end_date != meta.start_date) dates += (dates.empty() ? "" : " - ") + meta.end_date;
    if (!dates.empty()) ctx.doc.labelled(ctx.tr(N_("Dates")), dates);
    if (!meta.institutions.empty()) ctx.doc.labelled(ctx.tr(N_("Institutions")), joined(meta.institutions, "; "));
    if (!meta.facilitator.empty()) ctx.doc.labelled(ctx.tr(N_("Facilitator")), meta.facilitator);
    ctx.doc.labelled(ctx.tr(N_("Framework")), ctx.framework.id + " " + ctx.framework.version);
    ctx.doc.labelled(ctx.tr(N_("Status")), ctx.tr(final ? N_("Final") : N_("Draft")));
    if (ctx.assessment.anonymised)
        ctx.doc.paragraph(ctx.tr(N_("This report is anonymised: it names no participant.")), "Note");
    ctx.doc.page_break();
    ctx.doc.paragraph(ctx.tr(N_("Contents")), "TOCHeading");  // not a heading: the contents do not list themselves
    ctx.doc.table_of_contents(ctx.tr(N_("Update this field (F9 in Word, Tools > Update in LibreOffice) to list the chapters.")));
    ctx.doc.page_break();
}

void write_executive_summary(ReportContext& ctx) {
    auto& doc = ctx.doc;
    const auto& scores = ctx.scores;
    doc.heading(1, ctx.tr(N_("Executive summary")));
    doc.heading(2, ctx.tr(N_("Level profile")));
    doc.paragraph(ctx.fill(N_("Across the {total} indicators of the framework: {profile}."),
                           {{"total", std::to_string(ctx.profile.overall.total())},
                            {"profile", profile_sentence(ctx, ctx.profile.overall)}}));
    if (scores.overall.level)
        doc.paragraph(ctx.fill(N_("The overall mean level is {level} (stage {stage}; index {index} of 100, the mean level on a "
                                 "0-100 scale, not a percentage of targets met)."),
                               {{"level", ctx.number(scores.overall.level)},
                                {"stage", scores.overall.stage ? ctx.level_name(*scores.overall.stage) : "-"},
                                {"index", ctx.number(scores.overall.index, 1)}}));
    profile_table(ctx);

    // Strongest and weakest domains by mean level (framework order on ties).
    std::vector<const scoring::DomainScore*> scored;
    for (const auto& domain : scores.domains)
        if (domain.level) scored.push_back(&domain);
    std::stable_sort(scored.begin(), scored.end(), [](auto* a, auto* b) { return *a->level > *b->level; });
    if (!scored.empty()) {
        doc.heading(2, ctx.tr(N_("Strongest and weakest domains")));
        const auto* strongest = scored.front();
        const auto* weakest = scored.back();
        doc.bullet(ctx.fill(N_("Strongest: {domain} (mean level {level})."),
                            {{"domain", ctx.domain_name(strongest->id)}, {"level", ctx.number(strongest->level)}}));
        if (weakest != strongest)
            doc.bullet(ctx.fill(N_("Weakest: {domain} (mean level {level})."),
                                {{"domain", ctx.domain_name(weakest->id)}, {"level", ctx.number(weakest->level)}}));
    }

    doc.heading(2, ctx.tr(N_("Largest gaps")));
    const auto gaps = scoring::largest_gaps(scores, 5);
    if (gaps.empty()) doc.paragraph(ctx.tr(N_("No rated indicator is below its target.")));
    for (const auto* gap : gaps)
        doc.bullet(ctx.fill(N_("{id} {question}: level {level}, target {target} (gap {gap})."),
                            {{"id", gap->id}, {"question", ctx.indicator_question(gap->id)},
                             {"level", std::to_string(*gap->level)}, {"target", std::to_string(gap->target)},
                             {"gap", std::to_string(*gap->gap)}}));

    doc.heading(2, ctx.tr(N_("Disagreements that remain")));
    std::vector<const scoring::IndicatorScore*> open;
    for (const auto* item : scoring::strongest_disagreements(scores, scores.indicators.size()))
        if (item->source != scoring::LevelSource::Agreed) open.push_back(item);
    if (open.empty()) doc.paragraph(ctx.tr(N_("Every indicator where votes differed by two levels or more has an agreed level.")));
    for (std::size_t i = 0; i < open.size() && i < 5; ++i)
        doc.bullet(ctx.fill(N_("{id} {question}: votes spread over {spread} levels, no agreed level yet."),
                            {{"id", open[i]->id}, {"question", ctx.indicator_question(open[i]->id)},
                             {"spread", std::to_string(open[i]->spread + 1)}}));
    if (open.size() > 5)
        doc.paragraph(ctx.fill(N_("{count} more are listed in the domain chapters."), {{"count", std::to_string(open.size() - 5)}}));

    doc.heading(2, ctx.tr(N_("Completeness and confidence")));
    doc.paragraph(ctx.fill(N_("{rated} of {applicable} applicable indicators are rated (completeness {completeness})."),
                           {{"rated", std::to_string(scores.overall.rated)},
                            {"applicable", std::to_string(scores.overall.applicable)},
                            {"completeness", ctx.percent(scores.overall.completeness)}}));
    int verified = 0, documented = 0, self_reported = 0, unset = 0;
    for (const auto& indicator : scores.indicators) {
        if (indicator.status != scoring::IndicatorStatus::Rated) continue;
        switch (indicator.confidence) {
            case assessment::Confidence::Verified: ++verified; break;
            case assessment::Confidence::Documented: ++documented; break;
            case assessment::Confidence::SelfReported: ++self_reported; break;
            case assessment::Confidence::Unset: ++unset; break;
        }
    }
    doc.paragraph(ctx.fill(N_("Of the rated indicators, {verified} are verified, {documented} documented, "
                              "{self} self-reported and {unset} without a confidence mark. Self-reported "
                              "levels should be read as the room's view until evidence is seen."),
                           {{"verified", std::to_string(verified)}, {"documented", std::to_string(documented)},
                            {"self", std::to_string(self_reported)}, {"unset", std::to_string(unset)}}));

    doc.heading(2, ctx.tr(N_("Priority actions")));
    int actions = 0;
    for (const auto& step : ctx.figures.plan.steps) {
        if (actions == 5) break;
        if (step.phase.empty()) continue;
        ++actions;
        std::string line = step.indicator_id + " " + ctx.fill(N_("to level {level}"), {{"level", std::to_string(step.to)}}) +
                           ": " + ctx.step_action(step.indicator_id, step.from);
        if (!step.owner.empty()) line += " (" + step.owner + ")";
        doc.bullet(line);
    }
    if (actions == 0) doc.paragraph(ctx.tr(N_("The roadmap has no step yet: no rated indicator is below its target.")));

    doc.heading(2, ctx.tr(N_("Comparability")));
    doc.paragraph(ctx.fill(N_("These figures were computed with framework {framework} version {version} and the method "
                              "in the annex. They can be compared with another assessment only if it used the same "
                              "framework version; levels are the room's agreed judgement, not an audit."),
                           {{"framework", ctx.framework.id}, {"version", ctx.framework.version}}));
}

void write_charts(ReportContext& ctx) {
    ctx.doc.heading(2, ctx.tr(N_("Charts")));
    auto& radar = ctx.radar;
    radar.kind = DocxChartKind::Radar;
    radar.title = ctx.tr(N_("Current level and target per domain"));
    radar.axis_min = 0;
    radar.axis_max = ctx.framework.level_count();
    DocxChartSeries current{ctx.tr(N_("Current")), {}}, target{ctx.tr(N_("Target")), {}};
    // The radar is labelled by domain id: full names around a circle leave
    // the circle itself a few millimetres wide. The table above and the bars
    // below give the names.
    for (const auto& domain : ctx.scores.domains) {
        radar.categories.push_back(domain.id);
        current.values.push_back(domain.level);
        target.values.push_back(domain.target_level);
    }
    radar.series = {current, target};
    ctx.doc.chart(radar, 15, 9.5);
    ctx.doc.caption(ctx.tr(N_("Figure")), "Figure", radar.title);

    auto& bars = ctx.bars;
    bars.kind = DocxChartKind::StackedBar;
    bars.title = ctx.tr(N_("Level profile: indicators at each level, per domain"));
    for (const auto& domain : ctx.profile.domains) bars.categories.push_back(ctx.domain_name(domain.id));
    for (int level = 1; level <= ctx.framework.level_count(); ++level) {
        DocxChartSeries series{ctx.level_name(level), {}};
        for (const auto& domain : ctx.profile.domains)
            series.values.push_back(domain.counts.at_level[static_cast<std::size_t>(level - 1)]);
        bars.series.push_back(series);
    }
    ctx.doc.chart(bars, 16, 2.5 + 0.8 * static_cast<double>(bars.categories.size()));
    ctx.doc.caption(ctx.tr(N_("Figure")), "Figure", bars.title);
    ctx.doc.page_break();
}

}  // namespace socle::exports::detail
