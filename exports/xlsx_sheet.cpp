// The generic xlsx layer: shared formats, the C numeric locale, cell
// writers, row fitting, tables and page set-up (exports/detail/xlsx_sheet.h).
#include "exports/detail/xlsx_sheet.h"

#include <clocale>

#if defined(_WIN32)
#include <locale.h>
#else
#include <locale.h>
#if defined(__APPLE__)
#include <xlocale.h>
#endif
#endif

#include <algorithm>
#include <map>

#include "common/error.h"
#include "scoring/figure_text.h"

namespace socle::exports::detail {

namespace {
constexpr std::size_t kMaxCellBytes = 32767;

// Cuts text to Excel's cell limit without splitting a UTF-8 sequence.
std::string_view fit_cell(std::string_view text) {
    if (text.size() <= kMaxCellBytes) return text;
    std::size_t end = kMaxCellBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

lxw_row_t row_of(int row) { return static_cast<lxw_row_t>(row); }
lxw_col_t col_of(int col) { return static_cast<lxw_col_t>(col); }
}  // namespace

Formats make_formats(lxw_workbook* book) {
    auto make = [book] {
        lxw_format* format = workbook_add_format(book);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        return format;
    };
    Formats f;
    f.title = make();
    format_set_bold(f.title);
    format_set_font_size(f.title, 16);
    f.heading = make();
    format_set_bold(f.heading);
    format_set_font_size(f.heading, 12);
    format_set_font_color(f.heading, 0x1F4E79);
    f.header = make();
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_bg_color(f.header, 0xDDEBF7);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.label = make();
    format_set_bold(f.label);
    f.text = make();
    f.wrap = make();
    format_set_text_wrap(f.wrap);
    f.centred = make();
    format_set_align(f.centred, LXW_ALIGN_CENTER);
    f.note = make();
    format_set_italic(f.note);
    format_set_font_color(f.note, 0x595959);
    f.note_wrap = make();
    format_set_italic(f.note_wrap);
    format_set_font_color(f.note_wrap, 0x595959);
    format_set_text_wrap(f.note_wrap);
    f.problem = make();
    format_set_font_color(f.problem, 0xC00000);
    format_set_text_wrap(f.problem);
    // Small figures in narrow columns read best centred; the Summary's
    // figures sit left, next to their labels.
    auto figure = [&](const char* number_format, bool centred) {
        lxw_format* format = make();
        format_set_num_format(format, number_format);
        format_set_align(format, centred ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT);
        return format;
    };
    f.integer = figure("0", true);
    f.decimal = figure("0.##", true);
    // The precisions of scoring/figure_text.h, so a cell shows what the
    // screen and the CLI show for the same figure.
    const std::string level = scoring::spreadsheet_number_format(scoring::kLevelDecimals);
    const std::string index = scoring::spreadsheet_number_format(scoring::kIndexDecimals);
    const std::string percent = scoring::spreadsheet_number_format(scoring::kPercentDecimals) + "%";
    f.level = figure(level.c_str(), true);
    f.index = figure(index.c_str(), true);
    f.percent = figure(percent.c_str(), true);
    f.figure_level = figure(level.c_str(), false);
    f.figure_integer = figure("0", false);
    f.figure_index = figure(index.c_str(), false);
    f.figure_percent = figure(percent.c_str(), false);
    f.month_header = make();
    format_set_bold(f.month_header);
    format_set_align(f.month_header, LXW_ALIGN_CENTER);
    format_set_font_size(f.month_header, 8);
    format_set_bg_color(f.month_header, 0xDDEBF7);
    format_set_bottom(f.month_header, LXW_BORDER_THIN);
    f.month_cell = make();
    format_set_num_format(f.month_cell, ";;;");
    format_set_left(f.month_cell, LXW_BORDER_HAIR);
    format_set_left_color(f.month_cell, 0xD9D9D9);
    constexpr lxw_color_t kPhaseColours[] = {0x2E75B6, 0x70AD47, 0xED7D31, 0x7F7F7F};
    for (std::size_t i = 0; i < f.phase_bar.size(); ++i) {
        f.phase_bar[i] = workbook_add_format(book);
        format_set_bg_color(f.phase_bar[i], kPhaseColours[i]);
        format_set_font_color(f.phase_bar[i], kPhaseColours[i]);
    }
    return f;
}

// --- locale ---------------------------------------------------------------

#if defined(_WIN32)
ScopedCNumericLocale::ScopedCNumericLocale() {
    previous_mode_ = _configthreadlocale(_ENABLE_PER_THREAD_LOCALE);
    const char* current = std::setlocale(LC_NUMERIC, nullptr);
    previous_ = current ? new std::string(current) : nullptr;
    std::setlocale(LC_NUMERIC, "C");
}
ScopedCNumericLocale::~ScopedCNumericLocale() {
    auto* previous = static_cast<std::string*>(previous_);
    if (previous) std::setlocale(LC_NUMERIC, previous->c_str());
    delete previous;
    _configthreadlocale(previous_mode_);
}
#else
ScopedCNumericLocale::ScopedCNumericLocale() {
    locale_t c_locale = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
    if (!c_locale) return;  // cannot happen for "C"; numbers then follow the process locale
    locale_ = c_locale;
    previous_ = uselocale(c_locale);
}
ScopedCNumericLocale::~ScopedCNumericLocale() {
    if (!locale_) return;
    uselocale(static_cast<locale_t>(previous_));
    freelocale(static_cast<locale_t>(locale_));
}
#endif

// --- cells ----------------------------------------------------------------

void check(lxw_error error, std::string_view what) {
    if (error != LXW_NO_ERROR) throw common::Error("workbook: " + std::string(what) + ": " + lxw_strerror(error));
}

void colour_scale(lxw_worksheet* ws, int first_row, int last_row, int first_col, int last_col, double low,
                  std::optional<double> mid, double high, lxw_color_t mid_colour) {
    if (last_row < first_row || last_col < first_col) return;
    lxw_conditional_format scale{};
    scale.type = mid ? LXW_CONDITIONAL_3_COLOR_SCALE : LXW_CONDITIONAL_2_COLOR_SCALE;
    scale.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    scale.min_value = low;
    scale.min_color = 0xF8696B;
    if (mid) {
        scale.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
        scale.mid_value = *mid;
        scale.mid_color = mid_colour;
    }
    scale.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    scale.max_value = high;
    scale.max_color = 0x63BE7B;
    check(worksheet_conditional_format_range(ws, row_of(first_row), col_of(first_col), row_of(last_row),
                                             col_of(last_col), &scale),
          "colour scale");
}

void level_scale(lxw_worksheet* ws, int first_row, int last_row, int first_col, int last_col, int levels) {
    const int top = std::max(2, levels);
    colour_scale(ws, first_row, last_row, first_col, last_col, 1, (1.0 + top) / 2.0, top);
}

void put_text(lxw_worksheet* ws, int row, int col, std::string_view text, lxw_format* format) {
    if (text.empty()) {
        if (format) check(worksheet_write_blank(ws, row_of(row), col_of(col), format), "blank cell");
        return;
    }
    const std::string value(fit_cell(text));
    check(worksheet_write_string(ws, row_of(row), col_of(col), value.c_str(), format), "text cell");
}

void put_number(lxw_worksheet* ws, int row, int col, double value, lxw_format* format) {
    check(worksheet_write_number(ws, row_of(row), col_of(col), value, format), "number cell");
}

void put_merged(lxw_worksheet* ws, int row, int first_col, int last_col, std::string_view text, lxw_format* format) {
    const std::string value(fit_cell(text));
    check(worksheet_merge_range(ws, row_of(row), col_of(first_col), row_of(row), col_of(last_col), value.c_str(), format),
          "merged cells");
}

void put_optional(lxw_worksheet* ws, int row, int col, const std::optional<double>& value, lxw_format* format) {
    if (value) put_number(ws, row, col, *value, format);
    else if (format) check(worksheet_write_blank(ws, row_of(row), col_of(col), format), "blank cell");
}

void put_formula(lxw_worksheet* ws, int row, int col, const std::string& formula, const std::optional<double>& cached,
                 lxw_format* format) {
    if (cached)
        check(worksheet_write_formula_num(ws, row_of(row), col_of(col), formula.c_str(), format, *cached), "formula");
    else
        check(worksheet_write_formula_str(ws, row_of(row), col_of(col), formula.c_str(), format, ""), "formula");
}

void put_array_formula(lxw_worksheet* ws, int row, int col, const std::string& formula,
                       const std::optional<double>& cached, lxw_format* format) {
    // An array formula's cached value can only be a number in 1.1.4; an
    // empty result is cached as an empty string through a plain formula.
    if (!cached) {
        put_formula(ws, row, col, formula, cached, format);
        return;
    }
    check(worksheet_write_array_formula_num(ws, row_of(row), col_of(col), row_of(row), col_of(col),
                                            ("{" + formula + "}").c_str(), format, *cached),
          "array formula");
}

std::string column_letters(int col) {
    std::string letters;
    for (int n = col + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

std::string cell_ref(int row, int col, bool absolute) {
    const char* dollar = absolute ? "$" : "";
    return dollar + column_letters(col) + dollar + std::to_string(row + 1);
}

std::string sheet_prefix(std::string_view sheet) {
    std::string quoted = "'";
    for (char c : sheet) {
        quoted += c;
        if (c == '\'') quoted += '\'';
    }
    return quoted + "'!";
}

void finish_table(lxw_worksheet* ws, int header_row, int last_row, int last_col, int freeze_cols) {
    worksheet_freeze_panes(ws, row_of(header_row + 1), col_of(freeze_cols));
    check(worksheet_autofilter(ws, row_of(header_row), 0, row_of(std::max(header_row + 1, last_row)), col_of(last_col)),
          "autofilter");
}

void set_widths(lxw_worksheet* ws, std::initializer_list<double> widths, int first_col) {
    int col = first_col;
    for (double width : widths) {
        check(worksheet_set_column(ws, col_of(col), col_of(col), width, nullptr), "column width");
        ++col;
    }
}

int wrapped_lines(std::string_view text, double width) {
    // Characters per line: a column width counts digit widths; ordinary
    // text runs a little narrower. Code points, not bytes (Lao, Cyrillic).
    // Lines break between words as Excel and LibreOffice break them: a
    // count of characters alone missed the room lost at each line's end, and
    // long Russian questions were cut by a line.
    const double per_line = std::max(4.0, width * 1.2 - 1);
    int lines = 0;
    double line = 0;  // characters on the current line
    double word = 0;  // characters of the word being read
    auto end_word = [&] {
        if (word == 0) return;
        const double needed = line == 0 ? word : line + 1 + word;
        if (needed <= per_line) {
            line = needed;
        } else if (word <= per_line) {
            ++lines;  // the word starts the next line
            line = word;
        } else {      // a word wider than the column is broken into pieces
            if (line > 0) ++lines;
            const int pieces = static_cast<int>((word + per_line - 1) / per_line);
            lines += pieces - 1;
            line = word - (pieces - 1) * per_line;
        }
        word = 0;
    };
    auto end_paragraph = [&] {
        end_word();
        ++lines;  // the paragraph's last (or only) line
        line = 0;
    };
    for (unsigned char c : text) {
        if (c == '\n') end_paragraph();
        else if (c == ' ') end_word();
        else if ((c & 0xC0) != 0x80) word += 1;
    }
    end_paragraph();
    return lines;
}

void RowFitter::note(int row, int col, std::string_view text) {
    if (text.empty() || col < 0 || col >= static_cast<int>(widths_.size())) return;
    const int lines = wrapped_lines(text, widths_[static_cast<std::size_t>(col)]);
    if (lines > 1) lines_.emplace_back(row, lines);
}

void RowFitter::text(lxw_worksheet* ws, int row, int col, std::string_view value, lxw_format* format) {
    put_text(ws, row, col, value, format);
    note(row, col, value);
}

void RowFitter::apply(lxw_worksheet* ws) const {
    std::map<int, int> rows;
    for (const auto& [row, lines] : lines_) rows[row] = std::max(rows[row], lines);
    constexpr double kLineHeight = 15, kMaxHeight = 409;  // points; Excel's limit
    for (const auto& [row, lines] : rows)
        check(worksheet_set_row(ws, row_of(row), std::min(kMaxHeight, kLineHeight * lines), nullptr), "row height");
}

void set_widths(lxw_worksheet* ws, const std::vector<double>& widths) {
    for (std::size_t col = 0; col < widths.size(); ++col)
        check(worksheet_set_column(ws, col_of(static_cast<int>(col)), col_of(static_cast<int>(col)), widths[col], nullptr),
              "column width");
}

void page_setup(lxw_worksheet* ws, int repeat_rows) {
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);  // A4
    worksheet_set_margins(ws, 0.4, 0.4, 0.5, 0.5);
    worksheet_fit_to_pages(ws, 1, 0);
    if (repeat_rows > 0) check(worksheet_repeat_rows(ws, 0, row_of(repeat_rows - 1)), "repeated rows");
    check(worksheet_set_footer(ws, "&L&A&R&P / &N"), "footer");
}

}  // namespace socle::exports::detail
