// The Systems and Flows sheets: the country's system map as recorded, with
// each system's place in the dependency analysis.
#include "common/i18n.h"
#include "exports/detail/workbook_context.h"

namespace socle::exports::detail {

void write_systems_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    const auto& f = ctx.formats;
    table_header(ctx, ws, 0,
                 {ctx.tr(N_("ID")), ctx.tr(N_("Name")), ctx.tr(N_("Category")), ctx.tr(N_("Owner")),
                  ctx.tr(N_("Status")), ctx.tr(N_("Hosting")), ctx.tr(N_("Maturity")),
                  ctx.tr(N_("Linked indicators")), ctx.tr(N_("Notes"))});
    RowFitter fit({15, 30, 22, 24, 11, 20, 9, 14, 40});
    int row = 1;
    for (const auto& system : ctx.assessment.systems.systems) {
        std::string linked;
        for (const auto& id : system.linked_indicators) linked += (linked.empty() ? "" : ", ") + id;
        put_text(ws, row, 0, system.id, f.text);
        fit.text(ws, row, 1, system.name, f.wrap);
        fit.text(ws, row, 2, ctx.tr(frameworks::category_label(system.category)), f.wrap);
        fit.text(ws, row, 3, system.owner, f.wrap);
        put_text(ws, row, 4, ctx.tr(assessment::status_label(system.status)), f.text);
        fit.text(ws, row, 5, system.hosting, f.wrap);
        if (system.maturity) put_number(ws, row, 6, *system.maturity, f.integer);
        fit.text(ws, row, 7, linked, f.wrap);
        fit.text(ws, row, 8, system.notes, f.wrap);
        ++row;
    }
    if (row == 1) put_text(ws, row++, 0, ctx.tr(N_("No system recorded.")), f.note);
    set_widths(ws, fit.widths());
    fit.apply(ws);
    check(worksheet_set_row(ws, 0, 30, nullptr), "header height");
    finish_table(ws, 0, row - 1, 8, 2);
    page_setup(ws, 1);
}

void write_flows_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    const auto& f = ctx.formats;
    table_header(ctx, ws, 0,
                 {ctx.tr(N_("From")), ctx.tr(N_("To")), ctx.tr(N_("Data")), ctx.tr(N_("Mechanism")),
                  ctx.tr(N_("Frequency")), ctx.tr(N_("Agreement")), ctx.tr(N_("Notes"))});
    RowFitter fit({30, 30, 30, 24, 12, 10, 40});
    int row = 1;
    const std::string yes = ctx.tr(N_("yes")), no = ctx.tr(N_("no"));
    for (const auto& flow : ctx.assessment.systems.flows) {
        fit.text(ws, row, 0, ctx.system_label(flow.from), f.wrap);
        fit.text(ws, row, 1, ctx.system_label(flow.to), f.wrap);
        fit.text(ws, row, 2, flow.data, f.wrap);
        fit.text(ws, row, 3, ctx.tr(assessment::mechanism_label(flow.mechanism)), f.wrap);
        fit.text(ws, row, 4, flow.frequency, f.wrap);
        put_text(ws, row, 5, flow.agreement ? yes : no, f.centred);
        fit.text(ws, row, 6, flow.notes, f.wrap);
        ++row;
    }
    if (row == 1) put_text(ws, row++, 0, ctx.tr(N_("No data flow recorded.")), f.note);
    set_widths(ws, fit.widths());
    fit.apply(ws);
    check(worksheet_set_row(ws, 0, 30, nullptr), "header height");
    finish_table(ws, 0, row - 1, 6, 2);
    page_setup(ws, 1);
}

}  // namespace socle::exports::detail
