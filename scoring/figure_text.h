#pragma once
// How a headline figure is written wherever it appears: the dashboard, the
// status bar, the CLI table, the report and (through the number formats) the
// workbook. One precision per kind of figure and one rounding rule
// (common::format_rounded: halves away from zero, as a spreadsheet shows a
// cell), so the same file never shows 2.11 on screen and 2.12 on paper.
// JSON and CSV keep the full values.
#include <string>

namespace socle::scoring {

inline constexpr int kLevelDecimals = 2;    // mean levels and target levels
inline constexpr int kIndexDecimals = 1;    // the 0-100 index
inline constexpr int kPercentDecimals = 0;  // completeness

std::string level_text(double level);          // 2.11
std::string index_text(double index);          // 27.8
std::string percent_text(double fraction);     // 0.975 -> "98%"

// The spreadsheet number format that shows `decimals` decimals ("0", "0.00").
std::string spreadsheet_number_format(int decimals);

}  // namespace socle::scoring
