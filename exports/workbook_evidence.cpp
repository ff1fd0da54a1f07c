// The Evidence sheet: the evidence register, one row per document with the
// indicators it supports (docs/workbook.md).
#include "assessment/evidence_register.h"
#include "common/i18n.h"
#include "exports/detail/workbook_context.h"

namespace socle::exports::detail {

void write_evidence_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    const auto& f = ctx.formats;
    RowFitter fit({8, 40, 20, 28, 11, 22, 28, 13, 30, 18});
    table_header(ctx, fit, ws, 0,
                 {ctx.tr(N_("ID")), ctx.tr(N_("Title")), ctx.tr(N_("Type")), ctx.tr(N_("Issuer")),
                  ctx.tr(N_("Date")), ctx.tr(N_("Seen by")), ctx.tr(N_("Kept at")), ctx.tr(N_("Confidentiality")),
                  ctx.tr(N_("Indicators supported")), ctx.tr(N_("File SHA-256"))});
    int row = 1;
    for (const auto& document : ctx.assessment.evidence) {
        put_text(ws, row, 0, document.id, f.text);
        fit.text(ws, row, 1, document.title, f.wrap);
        put_text(ws, row, 2, ctx.tr(assessment::document_type_label(document.type)), f.text);
        fit.text(ws, row, 3, document.issuer, f.wrap);
        put_text(ws, row, 4, document.date, f.text);
        fit.text(ws, row, 5, document.seen_by, f.wrap);
        fit.text(ws, row, 6, document.kept_at, f.wrap);
        put_text(ws, row, 7, ctx.tr(assessment::confidentiality_label(document.confidentiality)), f.text);
        fit.text(ws, row, 8, assessment::indicator_list(document), f.wrap);
        put_text(ws, row, 9, document.sha256, f.text);
        ++row;
    }
    if (ctx.assessment.evidence.empty()) put_text(ws, row++, 0, ctx.tr(N_("No document recorded.")), f.note);
    set_widths(ws, fit.widths());
    fit.apply(ws);
    finish_table(ws, 0, row - 1, 9, 1);
    page_setup(ws, 1);
}

}  // namespace socle::exports::detail
