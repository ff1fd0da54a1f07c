#pragma once
// Reading the text of an .xlsx workbook back: the sheets in tab order (from
// xl/workbook.xml and its relationships), each sheet's cells as text
// (shared strings, inline strings, numbers as written). Enough for tables a
// person filled in (the translators' workbook); no formulas are evaluated,
// no formats read. Over ZipReader, so a damaged or hostile file gives
// diagnostics, never a crash. Internal to exports/.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"

namespace socle::exports::detail {

struct XlsxSheetText {
    std::string name;
    // The non-empty cells by (row, col), both from 0 as the xlsx layer
    // counts them.
    std::map<std::pair<int, int>, std::string> cells;
    // The text at (row, col), or "" when the cell is empty.
    const std::string& at(int row, int col) const;
    int last_row() const;  // -1 when the sheet is empty
};

// Hard limits on what one workbook may hold, beyond the zip's own.
inline constexpr int kMaxXlsxRows = 100000;
inline constexpr int kMaxXlsxCols = 1000;
inline constexpr std::size_t kMaxXlsxSheets = 500;
inline constexpr std::size_t kMaxXlsxCells = 1000000;  // non-empty, in all sheets

// The sheets of the workbook in `bytes`; nothing, with an error naming
// `file` (line 0: the whole file), when it is not a readable workbook.
std::optional<std::vector<XlsxSheetText>> read_xlsx_text(std::string_view bytes, const std::string& file,
                                                         common::Diagnostics& diagnostics);

// A cell reference ("D12") as (row, col) from 0 ((11, 3)); nothing when
// `ref` is not one, or lies beyond the limits above.
std::optional<std::pair<int, int>> parse_cell_ref(std::string_view ref);

}  // namespace socle::exports::detail
