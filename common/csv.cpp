#include "common/csv.h"

#include <algorithm>
#include <utility>

#include "common/text.h"
#include "common/utf8.h"

namespace socle::common {

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
    const auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end()) return std::nullopt;
    return static_cast<std::size_t>(it - header.begin());
}

std::string CsvTable::field(const CsvRecord& row, std::string_view name) const {
    const auto index = column(name);
    if (!index || *index >= row.fields.size()) return "";
    return std::string(unguard_formula(trim(row.fields[*index])));
}

std::optional<CsvTable> parse_csv(std::string_view bytes, const std::string& file, Diagnostics& diagnostics) {
    return parse_csv(bytes, file, diagnostics, ',');
}

char guess_csv_separator(std::string_view text) {
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    bool in_quotes = false;
    for (const char c : text) {
        if (c == '"') in_quotes = !in_quotes;
        else if (!in_quotes && c == '\n') break;
        else if (!in_quotes && c == ',') ++commas;
        else if (!in_quotes && c == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

std::optional<CsvTable> parse_csv(std::string_view bytes, const std::string& file, Diagnostics& diagnostics,
                                  char separator) {
    // UTF-8 (a byte-order mark from spreadsheet exports is skipped), UTF-16
    // converted, a legacy code page refused with advice.
    const auto decoded = decode_text_input(bytes, file, TextFileKind::Csv, diagnostics);
    if (!decoded) return std::nullopt;
    const std::string_view text = *decoded;
    std::vector<CsvRecord> records;
    CsvRecord record;
    std::string field;
    int line = 1;
    record.line = 1;
    bool in_quotes = false;
    bool field_was_quoted = false;
    int quote_line = 0;
    bool ok = true;

    auto end_field = [&] {
        record.fields.push_back(std::move(field));
        field.clear();
        field_was_quoted = false;
    };
    auto end_record = [&] {
        end_field();
        const bool blank = record.fields.size() == 1 && trim(record.fields[0]).empty();
        if (!blank) records.push_back(std::move(record));
        record = CsvRecord{};
        record.line = line;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_quotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    in_quotes = false;
                }
            } else {
                if (c == '\n') ++line;
                field.push_back(c);
            }
            continue;
        }
        switch (c) {
            case '"':
                if (!trim(field).empty() || field_was_quoted) {
                    diagnostics.error(file, line, 1,
                                      "a quote (\") inside an unquoted field; quote the whole field and double the "
                                      "quote (\"\")");
                    ok = false;
                }
                field.clear();
                in_quotes = true;
                field_was_quoted = true;
                quote_line = line;
                break;
            case '\r': break;
            case '\n':
                ++line;
                end_record();
                break;
            default:
                if (c == separator) {
                    end_field();
                    break;
                }
                if (field_was_quoted && c != ' ' && c != '\t') {
                    diagnostics.error(file, line, 1, "text after a closing quote; put it inside the quotes");
                    ok = false;
                }
                field.push_back(c);
        }
    }
    if (in_quotes) {
        diagnostics.error(file, quote_line, 1, "a quoted field is never closed (missing \")");
        return std::nullopt;
    }
    if (!field.empty() || !record.fields.empty()) end_record();
    if (!ok) return std::nullopt;

    CsvTable table;
    if (records.empty()) {
        diagnostics.error(file, 1, 1, "the file is empty; it needs a header row");
        return std::nullopt;
    }
    for (const auto& name : records.front().fields) table.header.push_back(to_lower_ascii(trim(name)));
    table.rows.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    return table;
}

bool check_csv_header(const CsvTable& table, const std::vector<std::string_view>& required,
                      const std::vector<std::string_view>& optional, const std::string& file,
                      Diagnostics& diagnostics) {
    bool ok = true;
    for (auto name : required) {
        if (!table.column(name)) {
            diagnostics.error(file, 1, 1, "the header has no '" + std::string(name) + "' column");
            ok = false;
        }
    }
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const auto& name = table.header[i];
        const bool known = std::find(required.begin(), required.end(), name) != required.end() ||
                           std::find(optional.begin(), optional.end(), name) != optional.end();
        if (!known) {
            std::string expected;
            for (auto n : required) expected += (expected.empty() ? "" : ",") + std::string(n);
            for (auto n : optional) expected += "," + std::string(n);
            diagnostics.error(file, 1, static_cast<int>(i + 1),
                              "unknown column '" + name + "'; the columns are: " + expected);
            ok = false;
        }
    }
    return ok;
}

namespace {
bool starts_like_formula(std::string_view field) {
    if (field.empty()) return false;
    const char c = field.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}
}  // namespace

std::string guard_formula(std::string_view field) {
    // A text of the user's own such as "'=A1" gets a quote too: the reader
    // removes one quote before = + - @, and must give back the user's.
    const auto quotes = std::min(field.find_first_not_of('\''), field.size());
    if (!starts_like_formula(field.substr(quotes))) return std::string(field);
    // A number (-1.5, +2) is no formula, and must stay a number cell.
    if (quotes == 0 && trim(field).size() == field.size() && parse_number(field)) return std::string(field);
    return "'" + std::string(field);
}

std::string_view unguard_formula(std::string_view field) {
    const auto quotes = std::min(field.find_first_not_of('\''), field.size());
    if (quotes > 0 && starts_like_formula(field.substr(quotes))) field.remove_prefix(1);
    return field;
}

std::string csv_line(const std::vector<std::string>& raw_fields, CsvCells cells) {
    std::string out;
    for (std::size_t i = 0; i < raw_fields.size(); ++i) {
        if (i) out.push_back(',');
        const std::string value = cells == CsvCells::Raw ? raw_fields[i] : guard_formula(raw_fields[i]);
        const bool quote = value.find_first_of(",\"\n\r") != std::string::npos ||
                           (!value.empty() && (value.front() == ' ' || value.back() == ' '));
        if (!quote) {
            out += value;
            continue;
        }
        out.push_back('"');
        for (char c : value) {
            if (c == '"') out.push_back('"');
            out.push_back(c);
        }
        out.push_back('"');
    }
    out.push_back('\n');
    return out;
}

std::string csv_file_content(std::string csv) { return "\xEF\xBB\xBF" + std::move(csv); }

}  // namespace socle::common
