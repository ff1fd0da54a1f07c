// The comparison workbook's tables: Domains and Indicators side by side with
// median and quartiles as formulas (cached values), and Changes in rounds mode.
#include <algorithm>

#include "common/i18n.h"
#include "exports/detail/comparison_sheets.h"

namespace socle::exports::detail {

namespace {

// Levels, then median, q1, q3 (formulas over the levels), then positions.
// Returns the first column after the positions.
int write_levels(ComparisonBook& book, lxw_worksheet* ws, int row, int first_col, const scoring::ComparedRow& line) {
    const int n = book.count();
    for (int i = 0; i < n; ++i)
        put_optional(ws, row, first_col + i, line.levels[static_cast<std::size_t>(i)], book.formats.level);
    const std::string range = cell_ref(row, first_col) + ":" + cell_ref(row, first_col + n - 1);
    const int stats = first_col + n;
    if (line.rated > 0) {
        put_formula(ws, row, stats, "=MEDIAN(" + range + ")", line.median, book.formats.level);
        put_formula(ws, row, stats + 1, "=QUARTILE(" + range + ",1)", line.q1, book.formats.level);
        put_formula(ws, row, stats + 2, "=QUARTILE(" + range + ",3)", line.q3, book.formats.level);
    }
    for (int i = 0; i < n; ++i) {
        const auto& position = line.positions[static_cast<std::size_t>(i)];
        if (position) put_text(ws, row, stats + 3 + i, book.tr(scoring::position_label(*position)), book.formats.text);
    }
    return stats + 3 + n;
}

std::vector<std::string> level_headers(const ComparisonBook& book) {
    std::vector<std::string> labels;
    for (int i = 0; i < book.count(); ++i) labels.push_back(book.label(static_cast<std::size_t>(i)));
    labels.insert(labels.end(), {book.tr(N_("Median")), book.tr(N_("Q1")), book.tr(N_("Q3"))});
    for (int i = 0; i < book.count(); ++i)
        labels.push_back(book.tr(N_("Position")) + " [" + std::to_string(i + 1) + "]");
    return labels;
}

void level_widths(const ComparisonBook& book, lxw_worksheet* ws, int first_col) {
    // Levels and the three statistics in 12 characters; the positions
    // ("below the median") need 17.
    const int positions = first_col + book.count() + 3;
    const int last = first_col + 2 * book.count() + 2;
    check(worksheet_set_column(ws, static_cast<lxw_col_t>(first_col), static_cast<lxw_col_t>(positions - 1), 12, nullptr),
          "column width");
    check(worksheet_set_column(ws, static_cast<lxw_col_t>(positions), static_cast<lxw_col_t>(last), 17, nullptr),
          "column width");
}

}  // namespace

void write_domains_comparison(ComparisonBook& book, lxw_worksheet* ws) {
    const auto& c = book.comparison;
    auto labels = std::vector<std::string>{book.tr(N_("Domain")), book.tr(N_("Name"))};
    const auto levels = level_headers(book);
    labels.insert(labels.end(), levels.begin(), levels.end());
    for (int i = 0; i < book.count(); ++i)
        labels.push_back(book.tr(N_("Completeness")) + " [" + std::to_string(i + 1) + "]");
    header_row(book, ws, 0, labels);
    int row = 1;
    int end_col = kDomainLead;
    for (const auto& domain : c.domains) {
        put_text(ws, row, 0, domain.id, book.formats.text);
        put_text(ws, row, 1, book.domain_name(domain.id), book.formats.wrap);
        end_col = write_levels(book, ws, row, kDomainLead, domain);
        for (int i = 0; i < book.count(); ++i)
            put_optional(ws, row, end_col + i, domain.completeness[static_cast<std::size_t>(i)], book.formats.percent);
        ++row;
    }
    const int last_row = row - 1;
    level_scale(ws, 1, last_row, kDomainLead, kDomainLead + book.count() + 2, book.comparison.levels);
    finish_table(ws, 0, last_row, static_cast<int>(labels.size()) - 1, kDomainLead);
    set_widths(ws, {8, 36});
    level_widths(book, ws, kDomainLead);
    const int completeness = kDomainLead + 2 * book.count() + 3;
    check(worksheet_set_column(ws, static_cast<lxw_col_t>(completeness),
                               static_cast<lxw_col_t>(completeness + book.count() - 1), 14, nullptr),
          "column width");
    page_setup(ws, 1);
}

void write_indicators_comparison(ComparisonBook& book, lxw_worksheet* ws) {
    const auto& c = book.comparison;
    auto labels = std::vector<std::string>{book.tr(N_("Indicator")), book.tr(N_("Domain")), book.tr(N_("Question")),
                                           book.tr(N_("In every assessment"))};
    const auto levels = level_headers(book);
    labels.insert(labels.end(), levels.begin(), levels.end());
    header_row(book, ws, 0, labels);
    RowFitter fit({9, 8, 50, 10});  // questions wrap: rows as tall as they need
    int row = 1;
    for (const auto& indicator : c.indicators) {
        put_text(ws, row, 0, indicator.id, book.formats.text);
        put_text(ws, row, 1, indicator.domain_id, book.formats.text);
        fit.text(ws, row, 2, book.indicator_question(indicator.id), book.formats.wrap);
        put_text(ws, row, 3, indicator.matched() ? book.tr(N_("yes")) : book.tr(N_("no")), book.formats.text);
        write_levels(book, ws, row, kIndicatorLead, indicator);
        ++row;
    }
    const int last_row = row - 1;
    level_scale(ws, 1, last_row, kIndicatorLead, kIndicatorLead + book.count() + 2, book.comparison.levels);
    finish_table(ws, 0, last_row, static_cast<int>(labels.size()) - 1, 1);
    set_widths(ws, fit.widths());
    fit.apply(ws);
    level_widths(book, ws, kIndicatorLead);
    page_setup(ws, 1);
}

namespace {

// Changes from -2 (red) through none (white) to +2 (green).
void change_scale(lxw_worksheet* ws, int first_row, int last_row, int col) {
    colour_scale(ws, first_row, last_row, col, col, -2, 0.0, 2, 0xFFFFFF);
}

std::string movement(const ComparisonBook& book, const std::optional<double>& was, const std::optional<double>& now,
                     bool not_re_examined) {
    // Started from the earlier round and not rated anew: never a change.
    if (not_re_examined) return book.tr(N_("not re-examined"));
    if (was && now) return *now > *was ? book.tr(N_("up")) : *now < *was ? book.tr(N_("down")) : book.tr(N_("same"));
    if (now) return book.tr(N_("newly rated"));
    if (was) return book.tr(N_("no longer rated"));
    return {};
}

}  // namespace

// A summary per pair of rounds, then every indicator that changed, with a filter.
void write_changes_sheet(ComparisonBook& book, lxw_worksheet* ws) {
    const auto& c = book.comparison;
    header_row(book, ws, 0,
               {book.tr(N_("From")), book.tr(N_("To")), book.tr(N_("Overall change")), book.tr(N_("Moved up")),
                book.tr(N_("Moved down")), book.tr(N_("Targets reached")), book.tr(N_("Newly rated")),
                book.tr(N_("No longer rated")), book.tr(N_("Not re-examined"))});
    int row = 1;
    for (const auto& change : c.changes) {
        put_text(ws, row, 0, book.label(change.from), book.formats.text);
        put_text(ws, row, 1, book.label(change.to), book.formats.text);
        put_optional(ws, row, 2, change.overall_change, book.change_format);
        int col = 3;
        for (const auto* ids : {&change.moved_up, &change.moved_down, &change.targets_reached, &change.newly_rated,
                                &change.no_longer_rated, &change.not_re_examined})
            put_number(ws, row, col++, static_cast<double>(ids->size()), book.formats.integer);
        ++row;
    }
    const int header = row + 1;
    header_row(book, ws, header,
               {book.tr(N_("From")), book.tr(N_("To")), book.tr(N_("Indicator")), book.tr(N_("Domain")),
                book.tr(N_("Question")), book.tr(N_("Level before")), book.tr(N_("Level after")), book.tr(N_("Change")),
                book.tr(N_("Movement")), book.tr(N_("Target")), book.tr(N_("Target reached"))});
    row = header + 1;
    for (const auto& change : c.changes) {
        const auto& reached = change.targets_reached;
        for (const auto& indicator : c.indicators) {
            const auto& was = indicator.levels[change.from];
            const auto& now = indicator.levels[change.to];
            const bool reached_here = std::find(reached.begin(), reached.end(), indicator.id) != reached.end();
            if (was == now && !reached_here) continue;
            put_text(ws, row, 0, book.label(change.from), book.formats.text);
            put_text(ws, row, 1, book.label(change.to), book.formats.text);
            put_text(ws, row, 2, indicator.id, book.formats.text);
            put_text(ws, row, 3, indicator.domain_id, book.formats.text);
            put_text(ws, row, 4, book.indicator_question(indicator.id), book.formats.wrap);
            put_optional(ws, row, 5, was, book.formats.integer);
            put_optional(ws, row, 6, now, book.formats.integer);
            put_optional(ws, row, 7, indicator.changes[change.to], book.change_format);
            put_text(ws, row, 8, movement(book, was, now, indicator.not_re_examined[change.to]), book.formats.text);
            put_optional(ws, row, 9, indicator.targets[change.to], book.formats.integer);
            put_text(ws, row, 10, reached_here ? book.tr(N_("yes")) : std::string(), book.formats.text);
            ++row;
        }
    }
    change_scale(ws, 1, header - 2, 2);
    change_scale(ws, header + 1, row - 1, 7);
    level_scale(ws, header + 1, row - 1, 5, 6, book.comparison.levels);
    finish_table(ws, header, row - 1, 10, 3);
    set_widths(ws, {30, 30, 9, 8, 50, 8, 8, 8, 14, 8, 10});
    page_setup(ws, 1);
}

}  // namespace socle::exports::detail
