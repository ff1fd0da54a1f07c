#pragma once
// Small text helpers shared by the core. Numbers go through std::to_chars /
// from_chars so that a French or Russian desktop never writes "1,5".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace socle::common {

// Trims and folds every run of whitespace into one space.
std::string fold_whitespace(std::string_view text);
std::string_view trim(std::string_view text);
std::vector<std::string> split_whitespace(std::string_view text);

// Locale-independent number formatting and parsing. max_decimals < 0 gives
// the shortest text that reads back as exactly the same double.
std::string format_number(double value, int max_decimals = 6);
std::optional<double> parse_number(std::string_view text);

// The value rounded to max_decimals the way a spreadsheet shows it: on its
// 15 significant decimal digits, halves away from zero (2.125 -> 2.13,
// 1.005 -> 1.01), trailing zeros dropped. Every figure Socle shows (screen,
// CLI table, report) goes through this, so it matches the workbook's cells.
std::string format_rounded(double value, int max_decimals);
std::optional<int> parse_int(std::string_view text);

bool is_valid_id(std::string_view id);  // letters, digits, '-', '_', '.', ':'
std::string to_lower_ascii(std::string_view text);

// Text made safe inside XML or HTML markup, as element text or a quoted
// attribute value: & < > " ' become references. The one escape of the
// writers that build markup by hand (Word parts, the phone page, Graphviz
// labels, shared practices); the .socle writer keeps its own streaming one.
std::string escape_markup(std::string_view text);

}  // namespace socle::common
