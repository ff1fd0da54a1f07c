// The closing chapters: participants, the documents seen (the evidence
// register), the method annex with this assessment's own worked example,
// and the sign-off table.
#include "common/i18n.h"
#include "exports/detail/report_context.h"
#include "scoring/evidence_support.h"
#include "scoring/score_explanation.h"

namespace socle::exports::detail {

void write_participants(ReportContext& ctx) {
    auto& doc = ctx.doc;
    doc.heading(1, ctx.tr(N_("Participants")));
    const auto& participants = ctx.assessment.participants;
    if (participants.empty()) {
        doc.paragraph(ctx.tr(N_("No participant was recorded.")));
        return;
    }
    doc.caption(ctx.tr(N_("Table")), "Table", ctx.tr(N_("Participants")));
    doc.begin_table({ctx.tr(N_("Participant")), ctx.tr(N_("Institution")), ctx.tr(N_("Role"))}, {34, 40, 26});
    for (std::size_t i = 0; i < participants.size(); ++i)
        doc.row({ctx.participant_label(i), participants[i].institution, participants[i].role});
    doc.end_table();
}

void write_evidence_annex(ReportContext& ctx) {
    auto& doc = ctx.doc;
    doc.heading(1, ctx.tr(N_("Annex: documents seen")));
    const auto& documents = ctx.assessment.evidence;
    if (documents.empty()) {
        doc.paragraph(ctx.tr(N_("No document was recorded in the evidence register: every agreed level rests on what "
                                "the room stated.")));
        return;
    }
    int documented = 0, agreed = 0;
    for (const auto& indicator : ctx.scores.indicators) {
        const auto support = scoring::support_of(indicator);
        if (support == scoring::Support::None) continue;
        ++agreed;
        if (support == scoring::Support::Documented) ++documented;
    }
    doc.paragraph(ctx.fill(N_("Documents the team has seen: {documents}. Agreed levels that rest on at least one of "
                              "them (documented): {documented} of {agreed}; the others rest on what the room stated."),
                           {{"documents", std::to_string(documents.size())},
                            {"documented", std::to_string(documented)},
                            {"agreed", std::to_string(agreed)}}));
    doc.caption(ctx.tr(N_("Table")), "Table", ctx.tr(N_("Documents seen")));
    doc.begin_table({ctx.tr(N_("Document")), ctx.tr(N_("Type")), ctx.tr(N_("Issuer")), ctx.tr(N_("Date")),
                     ctx.tr(N_("Indicators supported"))},
                    {34, 18, 22, 10, 16});
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const auto& document = documents[i];
        // An anonymised copy has no titles: the documents are numbered.
        const std::string title =
            document.title.empty() ? ctx.tr(N_("Document")) + " " + std::to_string(i + 1) : document.title;
        doc.row({title, ctx.tr(assessment::document_type_label(document.type)), document.issuer, document.date,
                 assessment::indicator_list(document)});
    }
    doc.end_table();
}

void write_method_annex(ReportContext& ctx) {
    auto& doc = ctx.doc;
    doc.heading(1, ctx.tr(N_("Annex: method")));
    doc.paragraph(ctx.tr(N_("Each indicator's level is the level the room agreed on; without an agreement it is the "
                            "lower median of the participants' level votes. An indicator whose agreed value or "
                            "majority is not applicable, or that the country profile switches off, is left out.")));
    doc.paragraph(ctx.tr(N_("A domain's mean level is the weighted mean of its rated indicators' levels (indicator "
                            "weights). Its stage is that mean rounded down, never up. Its index is 100 x (level - 1) / "
                            "(levels - 1). Completeness is rated indicators over applicable ones. The overall level "
                            "is the weighted mean of the domain levels (domain weights).")));
    doc.paragraph(ctx.tr(N_("The gap of an indicator is its target minus its level, when positive. The spread is the "
                            "highest minus the lowest level vote; two levels or more is a disagreement. The level "
                            "profile counts indicators at each level, without weights.")));
    doc.heading(2, ctx.tr(N_("Levels")));
    for (int level = 1; level <= ctx.framework.level_count(); ++level) {
        const auto& info = ctx.framework.levels[static_cast<std::size_t>(level - 1)];
        doc.labelled(ctx.level_name(level), ctx.text(info.meaning));
    }

    // The worked example: the first domain with a figure, with its terms.
    for (const auto& domain : ctx.scores.domains) {
        if (!domain.level) continue;
        const auto explanation = scoring::explain_domain(ctx.scores, domain.id);
        if (!explanation) continue;
        doc.heading(2, ctx.fill(N_("Worked example: {domain}"), {{"domain", ctx.domain_name(domain.id)}}));
        doc.caption(ctx.tr(N_("Table")), "Table",
                    ctx.fill(N_("How the mean level of {domain} is computed"), {{"domain", ctx.domain_name(domain.id)}}));
        doc.begin_table({ctx.tr(N_("Indicator")), ctx.tr(N_("Status")), ctx.tr(N_("Weight")), ctx.tr(N_("Level")),
                         ctx.tr(N_("Weight x level"))},
                        {16, 30, 16, 16, 22});
        for (const auto& term : explanation->terms)
            doc.row({term.id, ctx.tr(scoring::status_label(term.status)), ctx.number(term.weight),
                     ctx.number(term.level), term.counted ? ctx.number(term.weighted) : "-"});
        doc.end_table();
        doc.paragraph(ctx.fill(N_("Mean level = {sum_weighted} / {sum_weights} = {level}; stage {stage}; index = 100 x "
                                  "({level} - 1) / {steps} = {index}; completeness = {rated} / {applicable} = "
                                  "{completeness}."),
                               {{"sum_weighted", ctx.number(explanation->sum_weighted)},
                                {"sum_weights", ctx.number(explanation->sum_weights)},
                                {"level", ctx.number(explanation->level)},
                                {"stage", explanation->stage ? std::to_string(*explanation->stage) : "-"},
                                {"steps", std::to_string(ctx.framework.level_count() - 1)},
                                {"index", ctx.number(explanation->index, 1)},
                                {"rated", std::to_string(explanation->rated)},
                                {"applicable", std::to_string(explanation->applicable)},
                                {"completeness", ctx.percent(explanation->completeness)}}));
        break;
    }
}

void write_sources_annex(ReportContext& ctx) {
    const auto& sources = ctx.framework.sources;
    if (sources.empty()) return;  // format 1: free reference tags, no bibliography
    auto& doc = ctx.doc;
    doc.heading(1, ctx.tr(N_("Annex: sources")));
    doc.paragraph(ctx.tr(N_("The instruments the framework's indicators stand beside. Each indicator's chapter names "
                            "the clause or paragraph and how the two relate: equal, subset (the indicator covers part "
                            "of the source item), superset (it covers more) or intersect (they overlap).")));
    doc.caption(ctx.tr(N_("Table")), "Table", ctx.tr(N_("Bibliography")));
    doc.begin_table({ctx.tr(N_("Title")), ctx.tr(N_("Publisher")), ctx.tr(N_("Year")), ctx.tr(N_("Edition"))},
                    {40, 25, 10, 25});
    for (const auto& source : sources) doc.row({source.title, source.publisher, source.year, source.edition});
    doc.end_table();
}

void write_sign_off(ReportContext& ctx) {
    auto& doc = ctx.doc;
    doc.page_break();  // the sign-off on a page of its own, never split
    doc.heading(1, ctx.tr(N_("Review and approval")));
    doc.paragraph(ctx.tr(N_("By signing, the reviewers confirm that this report reflects the assessment as agreed.")));
    doc.caption(ctx.tr(N_("Table")), "Table", ctx.tr(N_("Review and approval")));
    doc.begin_table({ctx.tr(N_("Name")), ctx.tr(N_("Role")), ctx.tr(N_("Date")), ctx.tr(N_("Signature"))},
                    {30, 25, 15, 30});
    // Empty rows with room for a handwritten signature.
    for (int i = 0; i < 4; ++i) doc.row({"\n\n", "", "", ""});
    doc.end_table();
}

}  // namespace socle::exports::detail
