// The Sources sheet: the framework's bibliography (format 2, <sources>), then
// one row per mapping of an indicator to an item of a source, typed and with
// its one-line rationale, so that a reader can check where each indicator
// stands beside the instruments it cites (docs/content-sources.md).
#include "common/i18n.h"
#include "exports/detail/workbook_context.h"
#include "frameworks/framework_words.h"

namespace socle::exports::detail {

namespace {

int write_bibliography(WorkbookContext& ctx, lxw_worksheet* ws, RowFitter& fit, int row) {
    const auto& f = ctx.formats;
    put_text(ws, row++, 0, ctx.tr(N_("Bibliography")), f.heading);
    table_header(ctx, fit, ws, row++,
                 {ctx.tr(N_("ID")), ctx.tr(N_("Title")), ctx.tr(N_("Publisher")), ctx.tr(N_("Year")),
                  ctx.tr(N_("Edition")), ctx.tr(N_("Address"))});
    for (const auto& source : ctx.framework.sources) {
        put_text(ws, row, 0, source.id, f.text);
        fit.text(ws, row, 1, source.title, f.wrap);
        fit.text(ws, row, 2, source.publisher, f.wrap);
        put_text(ws, row, 3, source.year, f.text);
        fit.text(ws, row, 4, source.edition, f.wrap);
        fit.text(ws, row, 5, source.url, f.wrap);
        ++row;
    }
    return row;
}

int write_mappings(WorkbookContext& ctx, lxw_worksheet* ws, RowFitter& fit, int row) {
    const auto& f = ctx.formats;
    put_text(ws, row++, 0, ctx.tr(N_("Where each indicator stands beside the sources")), f.heading);
    table_header(ctx, fit, ws, row++,
                 {ctx.tr(N_("Indicator")), ctx.tr(N_("Question")), ctx.tr(N_("Source")),
                  ctx.tr(N_("Clause or paragraph")), ctx.tr(N_("Relation")), ctx.tr(N_("Rationale"))});
    for (const auto& domain : ctx.framework.domains) {
        for (const auto& indicator : domain.indicators) {
            for (const auto& mapping : indicator.mappings) {
                const auto* source = ctx.framework.find_source(mapping.source_id);
                put_text(ws, row, 0, indicator.id, f.text);
                fit.text(ws, row, 1, ctx.text(indicator.question), f.wrap);
                fit.text(ws, row, 2, source ? source->title : mapping.source_id, f.wrap);
                fit.text(ws, row, 3, mapping.ref, f.wrap);
                put_text(ws, row, 4, ctx.tr(frameworks::mapping_relation_label(mapping.relation)), f.text);
                fit.text(ws, row, 5, ctx.text(mapping.why), f.wrap);
                ++row;
            }
        }
    }
    return row;
}

}  // namespace

void write_sources_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    const auto& f = ctx.formats;
    put_text(ws, 0, 0, ctx.tr(N_("Sources")), f.title);
    RowFitter fit({10, 44, 30, 8, 30, 40});
    if (ctx.framework.sources.empty()) {
        // Format 1 frameworks cite with free tags only: say so rather than
        // leave an empty sheet that reads as "no sources".
        put_text(ws, 2, 0, ctx.tr(N_("This framework version has no bibliography: its indicators carry free "
                                     "reference tags only.")),
                 f.note);
    } else {
        const int next = write_bibliography(ctx, ws, fit, 2);
        write_mappings(ctx, ws, fit, next + 1);
    }
    set_widths(ws, fit.widths());
    fit.apply(ws);
    page_setup(ws, 0);
}

}  // namespace socle::exports::detail
