#pragma once
// The generic xlsx layer both workbooks stand on (the assessment workbook,
// exports/workbook*.cpp, and the comparison workbook,
// exports/comparison_workbook*.cpp): shared formats, cell writers that turn
// lxw_error codes into exceptions, row fitting for wrapped text, tables and
// page set-up, and the numeric-locale guard. Nothing here knows an
// assessment. Internal to exports/: callers of the public headers see no
// lxw_ type.
#include <xlsxwriter.h>

#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace socle::exports::detail {

struct Formats {
    lxw_format* title = nullptr;
    lxw_format* heading = nullptr;
    lxw_format* header = nullptr;
    lxw_format* label = nullptr;
    lxw_format* text = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* centred = nullptr;  // short codes in narrow columns
    lxw_format* note = nullptr;
    lxw_format* note_wrap = nullptr;  // a note across merged cells
    lxw_format* problem = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* decimal = nullptr;  // weights, points
    lxw_format* level = nullptr;    // 0.00
    lxw_format* index = nullptr;    // 0.0
    lxw_format* percent = nullptr;  // 0%
    // Left-aligned figures for the Summary's label/value pairs.
    lxw_format* figure_level = nullptr;
    lxw_format* figure_integer = nullptr;
    lxw_format* figure_index = nullptr;
    lxw_format* figure_percent = nullptr;
    lxw_format* month_header = nullptr;
    lxw_format* month_cell = nullptr;            // hides its number: the bar is drawn by conditional formats
    std::array<lxw_format*, 4> phase_bar{};      // fills of the timeline, by phase (the last for later phases)
};

// Adds the shared formats to a workbook (both workbooks use them, so their
// tables look alike).
Formats make_formats(lxw_workbook* book);

// Makes number formatting use the C locale on this thread for the object's
// lifetime: libxlsxwriter prints doubles with printf, which honours
// LC_NUMERIC, so a French or Russian desktop would otherwise write "2,25".
class ScopedCNumericLocale {
public:
    ScopedCNumericLocale();
    ~ScopedCNumericLocale();
    ScopedCNumericLocale(const ScopedCNumericLocale&) = delete;
    ScopedCNumericLocale& operator=(const ScopedCNumericLocale&) = delete;

private:
    void* locale_ = nullptr;
    void* previous_ = nullptr;
#if defined(_WIN32)
    // Only Windows sets a per-thread locale mode (clang refuses an unused field).
    int previous_mode_ = 0;
#endif
};

// Throws common::Error naming `what` when a libxlsxwriter call failed.
void check(lxw_error error, std::string_view what);

// A colour scale over the numbers of a range: red at `low`, green at
// `high`, and `mid_colour` at `mid` when one is given (three colours).
void colour_scale(lxw_worksheet* ws, int first_row, int last_row, int first_col, int last_col, double low,
                  std::optional<double> mid, double high, lxw_color_t mid_colour = 0xFFEB84);
// Levels 1..levels: red, yellow in the middle, green at the top.
void level_scale(lxw_worksheet* ws, int first_row, int last_row, int first_col, int last_col, int levels);

// Cell writers. Text always goes through worksheet_write_string, so user text
// such as "=HYPERLINK(...)" stays text; it is cut at Excel's 32,767-byte cell
// limit (at a UTF-8 boundary) rather than failing.
void put_text(lxw_worksheet* ws, int row, int col, std::string_view text, lxw_format* format = nullptr);
void put_number(lxw_worksheet* ws, int row, int col, double value, lxw_format* format = nullptr);
// Text across columns [first_col, last_col] of one row (merged cells).
void put_merged(lxw_worksheet* ws, int row, int first_col, int last_col, std::string_view text, lxw_format* format);
void put_optional(lxw_worksheet* ws, int row, int col, const std::optional<double>& value, lxw_format* format);
// A formula with its computed value cached; an empty cached text when the
// value is absent (the formula then shows "" as well).
void put_formula(lxw_worksheet* ws, int row, int col, const std::string& formula, const std::optional<double>& cached,
                 lxw_format* format = nullptr);
void put_array_formula(lxw_worksheet* ws, int row, int col, const std::string& formula,
                       const std::optional<double>& cached, lxw_format* format = nullptr);

// "B7", or "$B$7" when absolute (row and column count from 0).
std::string cell_ref(int row, int col, bool absolute = false);
std::string column_letters(int col);
// "'Sheet name'!" with any quote doubled.
std::string sheet_prefix(std::string_view sheet);

// Gives rows holding wrapped text the height their longest cell needs:
// LibreOffice and Excel do not grow a row written without a height when the
// file is opened, so wrapped text would otherwise overlap the next row.
// Widths are the sheet's column widths (in characters), from column 0.
class RowFitter {
public:
    explicit RowFitter(std::vector<double> widths) : widths_(std::move(widths)) {}
    // Writes text (put_text) and remembers the lines it needs at its width.
    void text(lxw_worksheet* ws, int row, int col, std::string_view text, lxw_format* format);
    void note(int row, int col, std::string_view text);
    // Sets the height of every noted row that needs more than one line.
    void apply(lxw_worksheet* ws) const;
    const std::vector<double>& widths() const { return widths_; }

private:
    std::vector<double> widths_;
    std::vector<std::pair<int, int>> lines_;  // (row, lines), unsorted
};
// Lines a text needs in a column `width` characters wide (at least 1).
int wrapped_lines(std::string_view text, double width);
// Sets the widths from column 0, or from first_col on.
void set_widths(lxw_worksheet* ws, const std::vector<double>& widths);
void set_widths(lxw_worksheet* ws, std::initializer_list<double> widths, int first_col = 0);

// Freezes the rows down to the header and `freeze_cols` columns, and puts a
// filter on the header over the rows down to `last_row`.
void finish_table(lxw_worksheet* ws, int header_row, int last_row, int last_col, int freeze_cols = 1);
// Landscape, A4, fitted to one page wide, repeating rows [0, repeat_rows).
void page_setup(lxw_worksheet* ws, int repeat_rows);

}  // namespace socle::exports::detail
