// The Dependencies sheet and the Summary's dependency findings, from the
// system-map analysis (scoring/system_analysis.h, computed once in the
// context). A flow A -> B means B depends on data from A.
#include <algorithm>

#include "common/i18n.h"
#include "common/text.h"
#include "exports/detail/workbook_context.h"

namespace socle::exports::detail {

namespace {

constexpr std::size_t kHubsShown = 3;
// Lists of systems name at most this many (the count is always given): a
// national map never reaches it, while a generated map of thousands of
// systems would otherwise write megabytes of names that nobody reads.
constexpr std::size_t kNamesListed = 25;

// "and 12 more", in the workbook's language.
std::string more_text(const WorkbookContext& ctx, std::size_t count) {
    std::string text = ctx.tr(N_("and {n} more"));
    const auto at = text.find("{n}");
    if (at != std::string::npos) text.replace(at, 3, std::to_string(count));
    return text;
}

std::string labels_of(const WorkbookContext& ctx, const std::vector<std::string>& ids, std::string_view separator = ", ") {
    std::string text;
    const std::size_t listed = std::min(ids.size(), kNamesListed);
    for (std::size_t i = 0; i < listed; ++i) text += (text.empty() ? "" : std::string(separator)) + ctx.system_label(ids[i]);
    if (ids.size() > listed) text += std::string(separator) + more_text(ctx, ids.size() - listed);
    return text;
}

// Names only, "; "-separated (names may hold commas), at most kNamesListed;
// the count stands in the column beside.
static_assert(scoring::kReachNamesKept >= kNamesListed, "the analysis keeps the names a list shows");
std::string names_of(const WorkbookContext& ctx, const scoring::Reach& reach) {
    std::string text;
    const std::size_t listed = std::min(reach.first.size(), kNamesListed);
    for (std::size_t i = 0; i < listed; ++i) {
        const auto* system = ctx.find_system(reach.first[i]);
        text += (text.empty() ? "" : "; ") + (system && !system->name.empty() ? system->name : reach.first[i]);
    }
    if (reach.count > listed) text += "; " + more_text(ctx, reach.count - listed);
    return text;
}

std::string percent(double share) { return common::format_number(100 * share, 0) + " %"; }

// A label in A (bold, wrapped in its 22 characters) and a sentence across
// B-E (about 80 characters a line), the row as tall as the longer needs.
int finding(WorkbookContext& ctx, lxw_worksheet* ws, int row, lxw_format* label_format, std::string_view label,
            const std::string& text) {
    const std::string translated = ctx.tr(label);
    put_text(ws, row, 0, translated, label_format);
    put_merged(ws, row, 1, 4, text, ctx.formats.wrap);
    const int lines = std::max(wrapped_lines(translated, 20), wrapped_lines(text, 80));
    if (lines > 1) check(worksheet_set_row(ws, static_cast<lxw_row_t>(row), 15.0 * lines, nullptr), "row height");
    return row + 1;
}

std::string mechanism_mix(const WorkbookContext& ctx) {
    std::string text;
    for (const auto& share : ctx.analysis.by_mechanism) {
        if (share.flows == 0) continue;
        text += (text.empty() ? "" : ", ") + ctx.tr(assessment::mechanism_label(share.mechanism)) + " " +
                std::to_string(share.flows) + " (" + percent(share.share) + ")";
    }
    return text;
}

std::string hubs_text(const WorkbookContext& ctx) {
    std::string text;
    for (std::size_t i = 0; i < ctx.analysis.hubs.size() && i < kHubsShown; ++i) {
        const auto& hub = ctx.analysis.hubs[i];
        if (hub.betweenness <= 0) break;
        text += (text.empty() ? "" : ", ") + ctx.system_label(hub.id) + " (" + common::format_number(hub.betweenness, 3) + ")";
    }
    return text;
}

// The system whose outage reaches the most others (first in the map on a tie).
const scoring::SystemFindings* widest_impact(const WorkbookContext& ctx) {
    const scoring::SystemFindings* widest = nullptr;
    for (const auto& system : ctx.analysis.systems)
        if (!system.downstream.empty() && (!widest || system.downstream.count > widest->downstream.count))
            widest = &system;
    return widest;
}

std::vector<std::string> foundations(const WorkbookContext& ctx) {
    std::vector<std::string> ids;
    for (const auto& system : ctx.analysis.systems)
        if (system.layer == 0 && !system.silo) ids.push_back(system.id);
    return ids;
}

}  // namespace

int write_dependency_findings(WorkbookContext& ctx, lxw_worksheet* ws, int row) {
    const auto& f = ctx.formats;
    const auto& a = ctx.analysis;
    const auto& map = ctx.assessment.systems;
    put_text(ws, row++, 0, ctx.tr(N_("Key dependency findings")), f.heading);
    if (map.systems.empty()) {
        put_text(ws, row++, 0, ctx.tr(N_("No system map recorded.")), f.note);
        return row;
    }
    lxw_format* label = workbook_add_format(ctx.book);  // bold, wrapped in column A
    format_set_bold(label);
    format_set_text_wrap(label);
    format_set_align(label, LXW_ALIGN_VERTICAL_TOP);
    const std::string index_label = ctx.tr(N_("Interoperability index (0-100)"));
    put_text(ws, row, 0, index_label, label);
    put_optional(ws, row, 1, a.interoperability_index, f.figure_index);
    if (const int lines = wrapped_lines(index_label, 20); lines > 1)
        check(worksheet_set_row(ws, static_cast<lxw_row_t>(row), 15.0 * lines, nullptr), "row height");
    ++row;
    const std::string none = ctx.tr(N_("none"));
    const std::string of = " " + ctx.tr(N_("of")) + " ";
    if (!map.flows.empty()) {
        row = finding(ctx, ws, row, label, N_("Flows by mechanism"), mechanism_mix(ctx));
        row = finding(ctx, ws, row, label, N_("Flows without a legal agreement"),
                      std::to_string(a.flows_without_agreement.size()) + of + std::to_string(map.flows.size()));
    }
    const auto base = foundations(ctx);
    row = finding(ctx, ws, row, label, N_("Foundations (depend on no other system)"),
                  base.empty() ? none : labels_of(ctx, base));
    std::string cycles;
    for (const auto& cycle : a.cycles) cycles += (cycles.empty() ? "" : "; ") + labels_of(ctx, cycle, " <-> ");
    row = finding(ctx, ws, row, label, N_("Cycles (modernise together)"), cycles.empty() ? none : cycles);
    const auto hubs = hubs_text(ctx);
    row = finding(ctx, ws, row, label, N_("Main hubs (betweenness)"), hubs.empty() ? none : hubs);
    row = finding(ctx, ws, row, label, N_("Single points of failure"),
                  a.articulation_points.empty() ? none : labels_of(ctx, a.articulation_points));
    if (const auto* widest = widest_impact(ctx))
        row = finding(ctx, ws, row, label, N_("Widest outage impact"),
                      ctx.system_label(widest->id) + ": " + std::to_string(widest->downstream.count) + of +
                          std::to_string(map.systems.size() - 1) + " " + ctx.tr(N_("other systems affected")));
    row = finding(ctx, ws, row, label, N_("Silos (no flows)"), a.silos.empty() ? none : labels_of(ctx, a.silos));
    return row;
}

namespace {

constexpr int kHeaderRow = 3;

int write_bridges(WorkbookContext& ctx, lxw_worksheet* ws, int row, RowFitter& fit) {
    const auto& f = ctx.formats;
    put_text(ws, row++, 0, ctx.tr(N_("Critical links (their loss splits the map)")), f.heading);
    if (ctx.analysis.bridges.empty()) {
        put_text(ws, row++, 0, ctx.tr(N_("No single link holds the map together.")), f.note);
        return row;
    }
    put_text(ws, row, 0, ctx.tr(N_("From")), f.header);
    put_text(ws, row, 1, ctx.tr(N_("To")), f.header);
    ++row;
    for (const auto& [from, to] : ctx.analysis.bridges) {
        put_text(ws, row, 0, from, f.text);
        fit.text(ws, row, 1, ctx.system_label(to), f.wrap);
        ++row;
    }
    return row;
}

int write_mechanisms(WorkbookContext& ctx, lxw_worksheet* ws, int row) {
    const auto& f = ctx.formats;
    put_text(ws, row++, 0, ctx.tr(N_("Interoperability by mechanism")), f.heading);
    const char* labels[] = {N_("Mechanism"), N_("Weight"), N_("Flows"), N_("Share")};
    for (int col = 0; col < 4; ++col) put_text(ws, row, col + 1, ctx.tr(labels[col]), f.header);
    ++row;
    for (const auto& share : ctx.analysis.by_mechanism) {
        put_text(ws, row, 1, ctx.tr(assessment::mechanism_label(share.mechanism)), f.text);
        put_number(ws, row, 2, scoring::mechanism_weight(share.mechanism), f.integer);
        put_number(ws, row, 3, static_cast<double>(share.flows), f.integer);
        put_number(ws, row, 4, share.share, f.percent);
        ++row;
    }
    put_text(ws, row, 1, ctx.tr(N_("Interoperability index (0-100)")), f.label);
    put_optional(ws, row, 2, ctx.analysis.interoperability_index, f.index);
    return row + 1;
}

// From, To and Mechanism in the table's first columns; the data exchanged
// across D-J, the width of the table, so the block reads as one line a flow.
int write_unagreed(WorkbookContext& ctx, lxw_worksheet* ws, int row) {
    const auto& f = ctx.formats;
    put_text(ws, row++, 0, ctx.tr(N_("Flows without a legal agreement")), f.heading);
    if (ctx.analysis.flows_without_agreement.empty()) {
        put_text(ws, row++, 0, ctx.tr(N_("A legal agreement covers every flow.")), f.note);
        return row;
    }
    const char* labels[] = {N_("From"), N_("To"), N_("Mechanism")};
    for (int col = 0; col < 3; ++col) put_text(ws, row, col, ctx.tr(labels[col]), f.header);
    put_merged(ws, row, 3, 9, ctx.tr(N_("Data")), f.header);
    ++row;
    for (auto index : ctx.analysis.flows_without_agreement) {
        const auto& flow = ctx.assessment.systems.flows[index];
        const std::string to = ctx.system_label(flow.to);
        const std::string mechanism = ctx.tr(assessment::mechanism_label(flow.mechanism));
        put_text(ws, row, 0, flow.from, f.text);
        put_text(ws, row, 1, to, f.wrap);
        put_text(ws, row, 2, mechanism, f.wrap);
        put_merged(ws, row, 3, 9, flow.data, f.wrap);
        const int lines = std::max({wrapped_lines(to, 30), wrapped_lines(mechanism, 22), wrapped_lines(flow.data, 90)});
        if (lines > 1) check(worksheet_set_row(ws, static_cast<lxw_row_t>(row), 15.0 * lines, nullptr), "row height");
        ++row;
    }
    return row;
}

}  // namespace

void write_dependencies_sheet(WorkbookContext& ctx, lxw_worksheet* ws) {
    const auto& f = ctx.formats;
    const auto& map = ctx.assessment.systems;
    put_text(ws, 0, 0, ctx.tr(N_("Dependencies")), f.title);
    put_text(ws, 1, 0,
             ctx.tr(N_("A flow A -> B means B depends on data from A. Layers give the modernisation order: each "
                       "system comes after everything it depends on; a cycle shares a layer.")),
             f.note);
    if (map.systems.empty()) {
        put_text(ws, kHeaderRow, 0, ctx.tr(N_("No system recorded.")), f.note);
        page_setup(ws, 0);
        return;
    }
    lxw_format* betweenness = workbook_add_format(ctx.book);
    format_set_num_format(betweenness, "0.000");
    format_set_align(betweenness, LXW_ALIGN_CENTER);
    format_set_align(betweenness, LXW_ALIGN_VERTICAL_TOP);
    const std::string yes = ctx.tr(N_("yes")), no = ctx.tr(N_("no"));

    table_header(ctx, ws, kHeaderRow,
                 {ctx.tr(N_("ID")), ctx.tr(N_("Name")), ctx.tr(N_("Category")), ctx.tr(N_("Layer")),
                  ctx.tr(N_("Cycle")), ctx.tr(N_("Betweenness")), ctx.tr(N_("Single point of failure")),
                  ctx.tr(N_("Silo")), ctx.tr(N_("Downstream")), ctx.tr(N_("Affected by its outage")),
                  ctx.tr(N_("Upstream")), ctx.tr(N_("Depends on"))});
    RowFitter fit({14, 30, 22, 7, 7, 12.5, 11, 7, 11, 40, 10, 40});
    // In modernisation order: by layer, then as in the map.
    std::vector<std::size_t> rows(map.systems.size());
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
    std::stable_sort(rows.begin(), rows.end(),
                     [&](auto x, auto y) { return ctx.analysis.systems[x].layer < ctx.analysis.systems[y].layer; });
    int row = kHeaderRow + 1;
    for (auto index : rows) {
        const auto& system = map.systems[index];
        const auto& found = ctx.analysis.systems[index];
        put_text(ws, row, 0, system.id, f.text);
        fit.text(ws, row, 1, system.name, f.wrap);
        fit.text(ws, row, 2, ctx.tr(frameworks::category_label(system.category)), f.wrap);
        put_number(ws, row, 3, static_cast<double>(found.layer + 1), f.integer);
        if (found.cycle) put_number(ws, row, 4, static_cast<double>(*found.cycle + 1), f.integer);
        put_number(ws, row, 5, found.betweenness, betweenness);
        put_text(ws, row, 6, found.articulation_point ? yes : no, f.centred);
        put_text(ws, row, 7, found.silo ? yes : no, f.centred);
        put_number(ws, row, 8, static_cast<double>(found.downstream.count), f.integer);
        fit.text(ws, row, 9, names_of(ctx, found.downstream), f.wrap);
        put_number(ws, row, 10, static_cast<double>(found.upstream.count), f.integer);
        fit.text(ws, row, 11, names_of(ctx, found.upstream), f.wrap);
        ++row;
    }
    const int last = row - 1;
    row = write_bridges(ctx, ws, row + 1, fit);
    set_widths(ws, fit.widths());
    fit.apply(ws);
    row = write_unagreed(ctx, ws, row + 1);
    write_mechanisms(ctx, ws, row + 1);
    check(worksheet_set_row(ws, kHeaderRow, 30, nullptr), "header height");
    finish_table(ws, kHeaderRow, last, 11, 2);
    page_setup(ws, kHeaderRow + 1);
}

}  // namespace socle::exports::detail
