// The comparison workbook: the Overview with its radar chart, the Unmatched,
// Crosswalk (across framework versions) and Method sheets, and the sheets in
// tab order (XlsxBook::write opens and commits the file).
#include "exports/comparison_workbook.h"

#include <algorithm>

#include "common/i18n.h"
#include "common/text.h"
#include "exports/detail/comparison_sheets.h"
#include "exports/detail/xlsx_file.h"
#include "frameworks/framework_words.h"
#include "scoring/headline_text.h"

namespace socle::exports {

namespace fs = std::filesystem;

namespace detail {

std::string ComparisonBook::label(std::size_t assessment) const {
    return "[" + std::to_string(assessment + 1) + "] " + scoring::assessment_label(comparison.assessments[assessment]);
}

std::string ComparisonBook::domain_name(std::string_view id) const {
    const auto* domain = comparison.domain_model(id);
    return domain ? comparison.text_framework().text(domain->name, lang) : std::string(id);
}

std::string ComparisonBook::indicator_question(std::string_view id) const {
    const auto* indicator = comparison.indicator_model(id);
    return indicator ? comparison.text_framework().text(indicator->question, lang) : std::string();
}

void ComparisonBook::add_change_format() {
    change_format = workbook_add_format(book);
    format_set_align(change_format, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(change_format, "+0.00;-0.00;0");
}

void header_row(const ComparisonBook& book, lxw_worksheet* ws, int row, const std::vector<std::string>& labels,
                int first_col) {
    int col = first_col;
    int lines = 1;
    for (const auto& label : labels) {
        put_text(ws, row, col++, label, book.formats.header);
        lines = std::max(lines, wrapped_lines(label, 11));
    }
    // LibreOffice and Excel do not grow a row for wrapped text by themselves.
    check(worksheet_set_row(ws, static_cast<lxw_row_t>(row), 15.0 * lines, nullptr), "header height");
}

namespace {

// One series per assessment over the domain levels of the Domains sheet.
void insert_radar(ComparisonBook& book, lxw_worksheet* ws, int row, int col) {
    const int domains = static_cast<int>(book.comparison.domains.size());
    if (domains == 0) return;
    constexpr lxw_color_t kColours[] = {0x2E75B6, 0xED7D31, 0x70AD47, 0x7030A0, 0xC00000, 0x00B0F0,
                                        0xFFC000, 0x7F7F7F, 0x375623, 0x843C0C, 0x002060, 0xFF66CC};
    lxw_chart* radar = workbook_add_chart(book.book, LXW_CHART_RADAR);
    const auto last = static_cast<lxw_row_t>(domains);
    const int series = std::min(book.count(), kRadarSeriesLimit);
    for (int i = 0; i < series; ++i) {
        lxw_chart_series* s = chart_add_series(radar, nullptr, nullptr);
        chart_series_set_categories(s, book.domains.c_str(), 1, 1, last, 1);
        const auto level_col = static_cast<lxw_col_t>(kDomainLead + i);
        chart_series_set_values(s, book.domains.c_str(), 1, level_col, last, level_col);
        chart_series_set_name_range(s, book.domains.c_str(), 0, level_col);
        lxw_chart_line stroke{};
        stroke.color = kColours[i % 12];
        stroke.width = 2;
        chart_series_set_line(s, &stroke);
    }
    const std::string title = book.tr(N_("Domain levels side by side"));
    chart_title_set_name(radar, title.c_str());
    chart_axis_set_min(radar->y_axis, 0);
    chart_axis_set_max(radar->y_axis, std::max(2, book.comparison.levels));
    chart_axis_set_major_unit(radar->y_axis, 1);
    chart_legend_set_position(radar, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options at{};
    at.x_scale = 1.6;
    at.y_scale = 1.8;
    check(worksheet_insert_chart_opt(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), radar, &at),
          "radar chart");
}

}  // namespace

void write_overview_sheet(ComparisonBook& book, lxw_worksheet* ws) {
    const auto& c = book.comparison;
    const bool rounds = c.mode == scoring::ComparisonMode::Rounds;
    put_text(ws, 0, 0, rounds ? book.tr(N_("Progress over rounds")) : book.tr(N_("Peer comparison")), book.formats.title);
    put_text(ws, 1, 0,
             book.tr(N_("Framework")) + ": " + c.framework_id + " - " + std::to_string(c.assessments.size()) + " " +
                 book.tr(N_("assessments")),
             book.formats.note);
    put_text(ws, 2, 0,
             book.tr(N_("Read a low level together with its completeness: a half-finished assessment is not a finding.")),
             book.formats.note);
    // The caveats share one row, so the table below stays where readers (and
    // scripts) expect it.
    std::string caveats = scoring::needs_peer_caveat(c) ? scoring::peer_caveat(book.lang) : std::string();
    if (c.mixed_methods) caveats += (caveats.empty() ? "" : " ") + scoring::mixed_methods_note(book.lang);
    if (!caveats.empty()) put_text(ws, 3, 0, caveats, book.formats.note);
    constexpr int kHeader = 4;
    header_row(book, ws, kHeader,
               {"#", book.tr(N_("Assessment")), book.tr(N_("Country")), book.tr(N_("Round")), book.tr(N_("Date")),
                book.tr(N_("Framework version")), book.tr(N_("Anonymised")), book.tr(N_("Overall level")),
                book.tr(N_("Index")), book.tr(N_("Completeness")), book.tr(N_("Rated")), book.tr(N_("Applicable")),
                book.tr(N_("File"))});
    for (int i = 0; i < book.count(); ++i) {
        const auto& a = c.assessments[static_cast<std::size_t>(i)];
        const int row = kHeader + 1 + i;
        put_number(ws, row, 0, i + 1, book.formats.integer);
        put_text(ws, row, 1, book.label(static_cast<std::size_t>(i)), book.formats.text);
        put_text(ws, row, 2, a.country, book.formats.text);
        put_text(ws, row, 3, a.round, book.formats.text);
        put_text(ws, row, 4, a.date, book.formats.text);
        put_text(ws, row, 5, a.framework_version, book.formats.text);
        put_text(ws, row, 6, a.anonymised ? book.tr(N_("yes")) : book.tr(N_("no")), book.formats.text);
        put_optional(ws, row, 7, a.level, book.formats.level);
        put_optional(ws, row, 8, a.index, book.formats.level);
        put_optional(ws, row, 9, a.completeness, book.formats.percent);
        put_number(ws, row, 10, a.rated, book.formats.integer);
        put_number(ws, row, 11, a.applicable, book.formats.integer);
        put_text(ws, row, 12, a.file, book.formats.text);
    }
    const int last = kHeader + book.count();
    colour_scale(ws, kHeader + 1, last, 9, 9, 0, std::nullopt, 1);  // completeness
    level_scale(ws, kHeader + 1, last, 7, 7, book.comparison.levels);
    finish_table(ws, kHeader, last, 12, 2);
    set_widths(ws, {4, 40, 14, 14, 11, 10, 10, 9, 8, 12, 7, 9, 40});
    page_setup(ws, kHeader + 1);
    if (book.count() > kRadarSeriesLimit)
        put_text(ws, last + 2, 1,
                 book.tr(N_("The chart shows the first assessments only; the tables hold all of them.")) + " (" +
                     std::to_string(kRadarSeriesLimit) + ")",
                 book.formats.note);
    insert_radar(book, ws, last + 3, 1);
}

void write_unmatched_sheet(ComparisonBook& book, lxw_worksheet* ws) {
    const auto& c = book.comparison;
    header_row(book, ws, 0,
               {book.tr(N_("Id")), book.tr(N_("Kind")), book.tr(N_("Name")), book.tr(N_("Present in")),
                book.tr(N_("Crosswalk"))});
    int row = 1;
    for (const auto& id : c.unmatched) {
        put_text(ws, row, 0, id.id, book.formats.text);
        put_text(ws, row, 1, id.domain ? book.tr(N_("domain")) : book.tr(N_("indicator")), book.formats.text);
        put_text(ws, row, 2, id.domain ? book.domain_name(id.id) : book.indicator_question(id.id), book.formats.wrap);
        std::string present;
        for (std::size_t i : id.present_in) present += (present.empty() ? "" : "\n") + book.label(i);
        put_text(ws, row, 3, present, book.formats.wrap);
        if (id.crosswalk) put_text(ws, row, 4, book.tr(frameworks::crosswalk_kind_label(*id.crosswalk)), book.formats.text);
        ++row;
    }
    if (c.unmatched.empty())
        put_text(ws, 1, 0, book.tr(N_("Every domain and indicator is in every assessment.")), book.formats.note);
    finish_table(ws, 0, row - 1, 4);
    set_widths(ws, {10, 10, 60, 50, 12});
    page_setup(ws, 1);
}

void write_crosswalk_sheet(ComparisonBook& book, lxw_worksheet* ws) {
    const auto& c = book.comparison;
    put_text(ws, 0, 0, scoring::crosswalk_note(c, book.lang), book.formats.note);
    header_row(book, ws, 1,
               {book.tr(N_("Id")), book.tr(N_("Question")), book.tr(N_("Change")), book.tr(N_("Rated as")),
                book.tr(N_("From version")), book.tr(N_("To version"))});
    int row = 2;
    for (const auto& match : c.crosswalked) {
        std::string old_ids;
        for (const auto& id : match.old_ids) old_ids += (old_ids.empty() ? "" : " ") + id;
        put_text(ws, row, 0, match.id, book.formats.text);
        put_text(ws, row, 1, book.indicator_question(match.id), book.formats.wrap);
        put_text(ws, row, 2, book.tr(frameworks::crosswalk_kind_label(match.kind)), book.formats.text);
        put_text(ws, row, 3, old_ids, book.formats.text);
        put_text(ws, row, 4, match.from_version, book.formats.text);
        put_text(ws, row, 5, match.to_version, book.formats.text);
        ++row;
    }
    finish_table(ws, 1, row - 1, 5);
    set_widths(ws, {10, 60, 12, 14, 12, 12});
    page_setup(ws, 2);
}

void write_comparison_method(ComparisonBook& book, lxw_worksheet* ws) {
    const std::string threshold = common::format_number(scoring::kPositionThreshold, 2);
    const std::string lines[] = {
        book.tr(N_("How this comparison is made")),
        book.tr(N_("Each assessment is scored with the method of its own workbook; nothing is re-weighted.")),
        book.tr(N_("Rows are matched by the framework's stable ids; ids only some assessments have are on the Unmatched sheet.")),
        book.tr(N_("A level is left empty when it is not rated (not applicable, unknown, unanswered or not in that framework version); empty levels are left out of every statistic.")),
        book.tr(N_("Median and quartiles: linear interpolation between the sorted levels (QUARTILE.INC); the formulas in the tables recompute them.")),
        book.tr(N_("Position: above when the level exceeds the median by more than the threshold, below when it is lower by more than the threshold, otherwise at. Threshold (levels):")) + " " + threshold,
        book.tr(N_("Rounds are ordered by date; a change is this round's level minus the previous round's. A target is reached when a round is at or above it and the previous round was not.")),
        book.tr(N_("Completeness = rated / applicable indicators; read low levels with low completeness with care.")),
    };
    put_text(ws, 0, 0, lines[0], book.formats.title);
    for (std::size_t i = 1; i < std::size(lines); ++i) put_text(ws, static_cast<int>(i) + 1, 0, lines[i], book.formats.wrap);
    set_widths(ws, {110});
    page_setup(ws, 0);
}

}  // namespace detail

void write_comparison_workbook(const scoring::Comparison& comparison, const fs::path& out,
                               const ComparisonWorkbookOptions& options) {
    detail::ComparisonBook book(comparison, options.lang.empty() ? "en" : options.lang);
    book.overview = book.tr(N_("Overview"));
    book.domains = book.tr(N_("Domains"));
    book.indicators = book.tr(N_("Indicators"));
    book.changes = book.tr(N_("Changes"));
    book.unmatched = book.tr(N_("Unmatched"));
    book.crosswalk = book.tr(N_("Crosswalk"));
    book.method = book.tr(N_("Method"));

    book.write(out, [&] {
        book.add_change_format();
        detail::DocumentProperties properties;
        properties.title = book.tr(N_("Comparison of assessments")) + " - " + comparison.framework_id;
        book.set_properties(properties);
        lxw_workbook* owned = book.book;

        auto* overview = detail::add_sheet(owned, book.overview);
        auto* domains = detail::add_sheet(owned, book.domains);
        auto* indicators = detail::add_sheet(owned, book.indicators);
        lxw_worksheet* changes = nullptr;
        if (comparison.mode == scoring::ComparisonMode::Rounds) changes = detail::add_sheet(owned, book.changes);
        auto* unmatched = detail::add_sheet(owned, book.unmatched);
        // Only when versions were matched through a crosswalk.
        lxw_worksheet* crosswalk = nullptr;
        if (!comparison.crosswalks.empty()) crosswalk = detail::add_sheet(owned, book.crosswalk);
        auto* method = detail::add_sheet(owned, book.method);

        detail::write_domains_comparison(book, domains);
        detail::write_indicators_comparison(book, indicators);
        detail::write_overview_sheet(book, overview);
        if (changes) detail::write_changes_sheet(book, changes);
        detail::write_unmatched_sheet(book, unmatched);
        if (crosswalk) detail::write_crosswalk_sheet(book, crosswalk);
        detail::write_comparison_method(book, method);
    });
}

}  // namespace socle::exports
