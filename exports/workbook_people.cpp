// The Participants sheet and the Method sheet (the method in words, the
// table of levels, where the numbers come from).
#include "common/i18n.h"
#include "common/version.h"
#include "exports/detail/workbook_context.h"

namespace socle::exports::detail {

void write_participants_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    const auto& f = ctx.formats;
    table_header(ctx, ws, 0,
                 {ctx.tr(N_("No.")), ctx.tr(N_("ID")), ctx.tr(N_("Name")), ctx.tr(N_("Institution")),
                  ctx.tr(N_("Role")), ctx.tr(N_("Votes cast"))});
    RowFitter fit({5, 10, 28, 36, 28, 10});
    int row = 1;
    const auto& participants = ctx.assessment.participants;
    for (std::size_t i = 0; i < participants.size(); ++i, ++row) {
        const auto& participant = participants[i];
        const bool anonymous = participant.anonymous || ctx.assessment.anonymised;
        int votes = 0;
        for (const auto& [id, response] : ctx.assessment.responses) votes += static_cast<int>(response.votes.count(participant.id));
        put_number(ws, row, 0, static_cast<double>(i + 1), f.integer);
        if (!anonymous) put_text(ws, row, 1, participant.id, f.text);
        put_text(ws, row, 2, ctx.participant_label(i), f.text);
        fit.text(ws, row, 3, participant.institution, f.wrap);
        fit.text(ws, row, 4, participant.role, f.wrap);
        put_number(ws, row, 5, votes, f.integer);
    }
    if (participants.empty()) put_text(ws, row++, 0, ctx.tr(N_("No participant recorded.")), f.note);
    set_widths(ws, fit.widths());
    fit.apply(ws);
    finish_table(ws, 0, row - 1, 5, 0);
    page_setup(ws, 1);
}

void write_method_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    const auto& f = ctx.formats;
    put_text(ws, 0, 0, ctx.tr(N_("Method")), f.title);
    put_text(ws, 1, 0, ctx.tr(N_("Levels")), f.heading);
    table_header(ctx, ws, kMethodLevelRow - 1, {ctx.tr(N_("Level")), ctx.tr(N_("Name")), ctx.tr(N_("Meaning"))});
    int row = kMethodLevelRow;
    for (const auto& level : ctx.framework.levels) {
        put_number(ws, row, 0, level.value, f.integer);
        put_text(ws, row, 1, ctx.text(level.name), f.text);
        put_text(ws, row, 2, ctx.text(level.meaning), f.wrap);
        ++row;
    }

    row += 1;
    put_text(ws, row++, 0, ctx.tr(N_("How the figures are computed")), f.heading);
    static constexpr const char* kMethod[] = {
        N_("An indicator's level is the level the room agreed, otherwise the lower median of the level votes: a "
           "level is never rounded up."),
        N_("Not applicable and unknown are never counted as a level: they are left out of every mean. Unknown and "
           "unanswered indicators lower completeness instead."),
        N_("Domain level = sum(weight x level) / sum(weight) over the domain's rated indicators. The Domains sheet "
           "computes it with formulas over the Level and Weight columns of the Indicators sheet: an indicator counts "
           "when its level cell holds a number."),
        N_("Stage = the level rounded down; index = 100 x (level - 1) / (number of levels - 1)."),
        N_("Completeness = rated indicators / applicable indicators (relevant and not \"not applicable\")."),
        N_("Overall level = the mean of the domain levels weighted by the domain weights, over the domains that "
           "have a level."),
        N_("Gap = target - level, for rated indicators. The roadmap turns each gap into one step per level, ordered "
           "by prerequisites and the system map, and placed in phases by effort capacity."),
        N_("The Gaps, Roadmap and Summary lists are computed when the workbook is written: they do not follow later "
           "edits, the scores do."),
        // A pointer to what a facilitator has at hand: the app, not the source's docs/ folder.
        N_("In Socle, the dashboard's \"How is this computed?\" button works these sums out for this assessment, "
           "from the overall level down to each domain, with the same numbers."),
    };
    for (const char* paragraph : kMethod) {
        const std::string text = ctx.tr(paragraph);
        put_merged(ws, row, 0, 2, text, f.wrap);
        check(worksheet_set_row(ws, static_cast<lxw_row_t>(row), 15.0 * wrapped_lines(text, 22 + 24 + 70), nullptr),
              "row height");
        ++row;
    }

    row += 1;
    put_text(ws, row++, 0, ctx.tr(N_("Provenance")), f.heading);
    const std::pair<const char*, std::string> facts[] = {
        {N_("Framework"), ctx.text(ctx.framework.title)},
        {N_("Framework ID"), ctx.framework.id},
        {N_("Framework version"), ctx.framework.version},
        {N_("Framework SHA-256"), ctx.framework.sha256},
        {N_("Language"), ctx.lang},
        {N_("Software"), "Socle " + std::string(common::kVersion)},
    };
    for (const auto& [label, value] : facts) {
        put_text(ws, row, 0, ctx.tr(label), f.label);
        put_text(ws, row++, 1, value, f.text);
    }
    set_widths(ws, {22, 24, 70});
    worksheet_set_portrait(ws);
    worksheet_set_paper(ws, 9);
    worksheet_fit_to_pages(ws, 1, 0);
    check(worksheet_set_footer(ws, "&L&A&R&P / &N"), "footer");
}

}  // namespace socle::exports::detail
