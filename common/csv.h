#pragma once
// CSV as workshops produce it (spreadsheets, survey tools): UTF-8 with or
// without a byte-order mark (UTF-16 converted, legacy code pages refused), comma-separated, a header row, fields quoted
// with "..." when they hold commas, quotes ("") or line breaks. Each record
// knows the line it starts on, so problems can be reported where they are.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostics.h"

namespace socle::common {

struct CsvRecord {
    int line = 0;  // 1-based line where the record starts
    std::vector<std::string> fields;
};

struct CsvTable {
    std::vector<std::string> header;  // trimmed, lower-cased
    std::vector<CsvRecord> rows;      // blank lines are skipped

    // Index of a header column, or nullopt.
    std::optional<std::size_t> column(std::string_view name) const;
    // The field of a row for a header column; "" when the row is short or
    // the column is absent. Trimmed, and the quote guard_formula adds removed.
    std::string field(const CsvRecord& row, std::string_view name) const;
};

// Parses CSV bytes. Text that is not UTF-8 is refused (see decode_text_input
// in utf8.h: UTF-16 with a byte-order mark is converted). Malformed quoting is reported in diagnostics (with file,
// line and column); a table is returned only when the text is well-formed.
std::optional<CsvTable> parse_csv(std::string_view text, const std::string& file, Diagnostics& diagnostics);
// The same with another field separator: survey tools (KoboToolbox) export
// with ";" where the decimal mark is a comma.
std::optional<CsvTable> parse_csv(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                                  char separator);
// ';' when the first line has more semicolons than commas outside quotes,
// ',' otherwise (a header row names columns, so it holds the separators).
char guess_csv_separator(std::string_view text);

// Checks that the header has every required column and no unknown one.
bool check_csv_header(const CsvTable& table, const std::vector<std::string_view>& required,
                      const std::vector<std::string_view>& optional, const std::string& file,
                      Diagnostics& diagnostics);

// How a CSV writer treats text a spreadsheet would run as a formula.
enum class CsvCells {
    // A field starting with = + - @, a tab or a carriage return gets a
    // leading single quote (OWASP's advice against CSV injection: a note
    // "=HYPERLINK(...)" stays text in Excel), unless the whole field is a
    // number such as -1.5, which stays a number. The default.
    SafeForSpreadsheets,
    // Every field exactly as recorded, for R, Stata, Python or a database.
    Raw,
};

// The field as SafeForSpreadsheets writes it.
std::string guard_formula(std::string_view field);
// The reverse, applied to every field read (CsvTable::field), so that a
// table Socle exported reads back as it was: one single quote is removed
// from a field whose leading quotes are followed by = + - @ (so a user's own
// "'=A1", written "''=A1", reads back as "'=A1").
std::string_view unguard_formula(std::string_view field);

// Writes one CSV line ending in "\n", quoting fields that need it.
std::string csv_line(const std::vector<std::string>& fields, CsvCells cells = CsvCells::SafeForSpreadsheets);

// A CSV file's content as Socle writes it to disk: UTF-8 with a byte-order
// mark, which is what Excel on Windows needs to read it as UTF-8 when the
// file is opened by double-click (without it, the ANSI code page garbles
// Cyrillic and Lao). Every importer of Socle's skips the mark. Text sent to
// standard output (--format csv) has none: pipes and scripts do not need it.
std::string csv_file_content(std::string csv);

}  // namespace socle::common
