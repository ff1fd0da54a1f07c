#include "tests/exports/workbook_dump.h"

#include <doctest/doctest.h>

#include <charconv>
#include <cstdlib>
#include <sys/wait.h>

#include "tests/support/test_support.h"

namespace socle::test {

namespace {

std::string unescape(const std::string& field) {
    std::string out;
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] != '\\' || i + 1 == field.size()) {
            out += field[i];
            continue;
        }
        const char next = field[++i];
        out += next == 't' ? '\t' : next == 'n' ? '\n' : next;
    }
    return out;
}

std::vector<std::string> fields_of(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const auto tab = line.find('\t', start);
        fields.push_back(unescape(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
        if (tab == std::string::npos) return fields;
        start = tab + 1;
    }
}

// Locale-independent: the test may run while a French locale is active.
double parse_number(const std::string& text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    INFO("not a number: '" << text << "'");
    REQUIRE((error == std::errc() && end == text.data() + text.size()));
    return value;
}

}  // namespace

double DumpedCell::number() const { return parse_number(value); }
double DumpedCell::cached_number() const { return parse_number(cached); }

const DumpedCell* WorkbookDump::find(const std::string& sheet, const std::string& coord) const {
    const auto s = cells.find(sheet);
    if (s == cells.end()) return nullptr;
    const auto c = s->second.find(coord);
    return c == s->second.end() ? nullptr : &c->second;
}

const DumpedCell& WorkbookDump::at(const std::string& sheet, const std::string& coord) const {
    const auto* cell = find(sheet, coord);
    INFO("no cell " << sheet << "!" << coord);
    REQUIRE(cell != nullptr);
    return *cell;
}

int WorkbookDump::row_of(const std::string& sheet, const std::string& column, const std::string& text, int from) const {
    const auto s = cells.find(sheet);
    if (s == cells.end()) return 0;
    int best = 0;
    for (const auto& [coord, cell] : s->second) {
        if (coord.rfind(column, 0) != 0 || cell.value != text) continue;
        const std::string digits = coord.substr(column.size());
        if (digits.empty() || digits[0] < '0' || digits[0] > '9') continue;  // "AB7" is not column "A"
        const int row = std::atoi(digits.c_str());
        if (row >= from && (best == 0 || row < best)) best = row;
    }
    return best;
}

WorkbookDump dump_workbook(const std::filesystem::path& xlsx) {
    std::string text;
    const auto script = source_path("tests/exports/dump_workbook.py");
    const int code = run_command("/usr/bin/python3 " + shell_quoted(script.string()) + " " + shell_quoted(xlsx.string()), &text);
    INFO("dump_workbook.py failed on " << xlsx.string());
    REQUIRE(code == 0);
    WorkbookDump dump;
    for (const auto& line : lines_of(text)) {
        const auto f = fields_of(line);
        if (f.empty()) continue;
        if (f[0] == "sheet" && f.size() == 2) dump.sheets.push_back(f[1]);
        else if (f[0] == "cell" && f.size() == 6) dump.cells[f[1]][f[2]] = {f[3].empty() ? 's' : f[3][0], f[4], f[5]};
        else if (f[0] == "chart" && f.size() == 3) dump.charts[f[1]].push_back(f[2]);
        else if (f[0] == "freeze" && f.size() == 3) dump.freeze[f[1]] = f[2];
        else if (f[0] == "filter" && f.size() == 3) dump.filter[f[1]] = f[2];
        else if (f[0] == "print" && f.size() == 7) dump.print[f[1]] = {f[2], f[3], f[4], f[5], f[6]};
        else if (f[0] == "cf" && f.size() == 4) dump.conditional[f[1]].emplace_back(f[2], f[3]);
        else if (f[0] == "prop" && f.size() == 3) dump.properties[f[1]] = f[2];
        else FAIL("unexpected dump line: " << line);
    }
    REQUIRE_FALSE(dump.sheets.empty());
    return dump;
}

}  // namespace socle::test
