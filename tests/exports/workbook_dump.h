#pragma once
// Reads a written workbook back through openpyxl (tests/exports/dump_workbook.py,
// run with /usr/bin/python3) into plain C++ values the tests can check.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace socle::test {

struct DumpedCell {
    char kind = 's';       // n number, s text, f formula, b bool
    std::string value;     // the text, the number as written by repr(), or the formula
    std::string cached;    // the cached value of a formula (or the value again)
    double number() const;         // value as a number (REQUIREs it parses)
    double cached_number() const;  // cached value as a number (REQUIREs it parses)
};

struct PrintSetup {
    std::string orientation, fit_to_page, fit_width, fit_height, repeat_rows;
};

struct WorkbookDump {
    std::vector<std::string> sheets;  // in tab order
    std::map<std::string, std::map<std::string, DumpedCell>> cells;  // sheet -> "B7" -> cell
    std::map<std::string, std::vector<std::string>> charts;          // sheet -> chart tags
    std::map<std::string, std::string> freeze, filter;
    std::map<std::string, PrintSetup> print;
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> conditional;  // (range, type)
    std::map<std::string, std::string> properties;

    const DumpedCell* find(const std::string& sheet, const std::string& coord) const;
    const DumpedCell& at(const std::string& sheet, const std::string& coord) const;  // REQUIREs it exists
    // The first row (1-based) whose cell in `column` ("A") holds `text`, from row `from` on; 0 if none.
    int row_of(const std::string& sheet, const std::string& column, const std::string& text, int from = 1) const;
};

// Runs the dump script on the file; REQUIREs that it succeeds.
WorkbookDump dump_workbook(const std::filesystem::path& xlsx);


}  // namespace socle::test
