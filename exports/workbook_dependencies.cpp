// The Dependencies sheet and the Summary's dependency findings, from the
// system-map analysis (scoring/system_analysis.h).
#include "common/i18n.h"
#include "exports/detail/workbook_context.h"

namespace socle::exports::detail {

int write_dependency_findings(WorkbookContext&, lxw_worksheet*, int row) { return row; }

void write_dependencies_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    put_text(ws, 0, 0, ctx.tr(N_("Dependencies")), ctx.formats.title);
    page_setup(ws, 0);
}

}  // namespace socle::exports::detail
