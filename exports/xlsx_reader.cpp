// Reading an .xlsx workbook's text: the package's parts located through
// their relationships as Office Open XML (ECMA-376 part 1) lays them out,
// element names compared without their namespace prefix (writers differ in
// the prefixes they use).
#include "exports/detail/xlsx_reader.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>

#include "exports/detail/zip_reader.h"

namespace socle::exports::detail {

namespace {

std::string_view local_name(const char* name) {
    const std::string_view full(name);
    const auto colon = full.find(':');
    return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

std::vector<pugi::xml_node> children(const pugi::xml_node& node, std::string_view name) {
    std::vector<pugi::xml_node> out;
    for (const auto& child : node.children())
        if (child.type() == pugi::node_element && local_name(child.name()) == name) out.push_back(child);
    return out;
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
    for (const auto& c : node.children())
        if (c.type() == pugi::node_element && local_name(c.name()) == name) return c;
    return {};
}

// An attribute by local name (r:id, or id in another prefix).
std::string attribute(const pugi::xml_node& node, std::string_view name) {
    for (const auto& a : node.attributes())
        if (local_name(a.name()) == name) return a.value();
    return {};
}

// The text of a string item (<si>, <is>): its <t>, or its runs' <t>s; the
// phonetic guides (<rPh>) are left out, as spreadsheets show them apart.
void append_text(const pugi::xml_node& node, std::string& out) {
    for (const auto& c : node.children()) {
        if (c.type() != pugi::node_element) continue;
        const auto name = local_name(c.name());
        if (name == "t") out += c.text().get();
        else if (name == "r") append_text(c, out);
    }
}

// A part relative to the folder of the part that refers to it ("xl/"), or
// absolute ("/xl/...").
std::string resolve(std::string_view folder, std::string_view target) {
    if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
    std::string path(folder);
    while (target.substr(0, 3) == "../") {
        target.remove_prefix(3);
        const auto slash = path.find_last_of('/', path.size() >= 2 ? path.size() - 2 : 0);
        path = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
    }
    return path + std::string(target);
}

class Reader {
public:
    Reader(std::string_view bytes, const std::string& file, common::Diagnostics& diagnostics)
        : zip_(bytes, kLimits), file_(file), diagnostics_(diagnostics) {}

    std::optional<std::vector<XlsxSheetText>> read();

private:
    // A workbook of texts is small (the full sp-dmf in Tajik: 0.2 MB, 1 MB unpacked): parts are
    // held as a DOM, several times their size, so they are kept well below
    // the zip reader's own bounds.
    static constexpr ZipLimits kLimits{1000, 16u << 20, 64u << 20};
    ZipReader zip_;
    std::size_t cells_ = 0;
    const std::string& file_;
    common::Diagnostics& diagnostics_;
    std::vector<std::string> shared_;

    bool fail(const std::string& why) {
        diagnostics_.error(file_, 0, 0, "this is not a workbook Socle can read: " + why);
        return false;
    }

    bool parse(const std::string& part, pugi::xml_document& doc) {
        std::string problem;
        const auto bytes = zip_.read(part, problem);
        if (!bytes) return fail(problem);
        const auto result = doc.load_buffer(bytes->data(), bytes->size(), pugi::parse_default, pugi::encoding_utf8);
        if (!result) return fail("its part " + part + " is not well-formed XML (" + result.description() + ")");
        return true;
    }

    bool read_shared_strings(const std::string& part) {
        if (!zip_.contains(part)) return true;  // a workbook without text needs none
        pugi::xml_document doc;
        if (!parse(part, doc)) return false;
        for (const auto& item : children(doc.document_element(), "si")) {
            std::string text;
            append_text(item, text);
            shared_.push_back(std::move(text));
        }
        return true;
    }

    bool read_sheet(const std::string& part, XlsxSheetText& sheet) {
        pugi::xml_document doc;
        if (!parse(part, doc)) return false;
        const auto data = child(doc.document_element(), "sheetData");
        int row_number = -1;
        for (const auto& row : children(data, "row")) {
            const auto stated = attribute(row, "r");
            row_number = stated.empty() ? row_number + 1
                                        : static_cast<int>(std::clamp(std::strtol(stated.c_str(), nullptr, 10),
                                                                      0L, long{kMaxXlsxRows} + 1)) - 1;
            if (row_number < 0 || row_number >= kMaxXlsxRows)
                return fail("sheet '" + sheet.name + "' has a row number out of range (" + stated + ")");
            int col = -1;
            for (const auto& cell : children(row, "c")) {
                const auto ref = attribute(cell, "r");
                if (ref.empty()) {
                    ++col;
                } else if (const auto at = parse_cell_ref(ref); at && at->first == row_number) {
                    col = at->second;
                } else {
                    return fail("sheet '" + sheet.name + "' has a bad cell reference '" + ref + "'");
                }
                if (col >= kMaxXlsxCols) return fail("sheet '" + sheet.name + "' has too many columns");
                const auto type = attribute(cell, "t");
                std::string text;
                if (type == "inlineStr") {
                    append_text(child(cell, "is"), text);
                } else if (type == "s") {
                    const std::string index = child(cell, "v").text().get();
                    const bool digits = !index.empty() && index.size() < 10 &&
                                        index.find_first_not_of("0123456789") == std::string::npos;
                    const auto n = digits ? std::strtoul(index.c_str(), nullptr, 10) : shared_.size();
                    if (n >= shared_.size())
                        return fail("sheet '" + sheet.name + "', cell " + ref + " refers to a missing shared string");
                    text = shared_[n];
                } else {
                    text = child(cell, "v").text().get();  // numbers and cached formula results as written
                }
                if (text.empty()) continue;
                if (++cells_ > kMaxXlsxCells)
                    return fail("it has more than " + std::to_string(kMaxXlsxCells) + " cells");
                sheet.cells[{row_number, col}] = std::move(text);
            }
        }
        return true;
    }
};

std::optional<std::vector<XlsxSheetText>> Reader::read() {
    if (!zip_.ok()) {
        fail(zip_.problem());
        return std::nullopt;
    }
    const std::string workbook_part = "xl/workbook.xml";
    pugi::xml_document workbook, relationships;
    if (!parse(workbook_part, workbook) || !parse("xl/_rels/workbook.xml.rels", relationships)) return std::nullopt;
    std::map<std::string, std::string> targets;  // relationship id -> part
    std::string shared_part = "xl/sharedStrings.xml";
    for (const auto& relationship : children(relationships.document_element(), "Relationship")) {
        const auto target = resolve("xl/", attribute(relationship, "Target"));
        targets[attribute(relationship, "Id")] = target;
        const auto type = attribute(relationship, "Type");
        if (type.size() >= 14 && type.compare(type.size() - 14, 14, "/sharedStrings") == 0) shared_part = target;
    }
    if (!read_shared_strings(shared_part)) return std::nullopt;
    std::vector<XlsxSheetText> sheets;
    for (const auto& entry : children(child(workbook.document_element(), "sheets"), "sheet")) {
        if (sheets.size() >= kMaxXlsxSheets) {
            fail("it has more than " + std::to_string(kMaxXlsxSheets) + " sheets");
            return std::nullopt;
        }
        XlsxSheetText sheet;
        sheet.name = attribute(entry, "name");
        const auto target = targets.find(attribute(entry, "id"));
        if (target == targets.end()) {
            fail("sheet '" + sheet.name + "' has no part");
            return std::nullopt;
        }
        if (!read_sheet(target->second, sheet)) return std::nullopt;
        sheets.push_back(std::move(sheet));
    }
    if (sheets.empty()) {
        fail("it has no sheet");
        return std::nullopt;
    }
    return sheets;
}

}  // namespace

const std::string& XlsxSheetText::at(int row, int col) const {
    static const std::string kEmpty;
    const auto found = cells.find({row, col});
    return found == cells.end() ? kEmpty : found->second;
}

int XlsxSheetText::last_row() const { return cells.empty() ? -1 : cells.rbegin()->first.first; }

std::optional<std::pair<int, int>> parse_cell_ref(std::string_view ref) {
    std::size_t i = 0;
    long col = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) col = col * 26 + (ref[i++] - 'A' + 1);
    if (col == 0 || i == ref.size() || ref[i] == '0') return std::nullopt;
    long row = 0;
    for (; i < ref.size(); ++i) {
        if (ref[i] < '0' || ref[i] > '9' || row > kMaxXlsxRows) return std::nullopt;
        row = row * 10 + (ref[i] - '0');
    }
    if (row > kMaxXlsxRows || col > kMaxXlsxCols) return std::nullopt;
    return std::pair{static_cast<int>(row - 1), static_cast<int>(col - 1)};
}

std::optional<std::vector<XlsxSheetText>> read_xlsx_text(std::string_view bytes, const std::string& file,
                                                         common::Diagnostics& diagnostics) {
    return Reader(bytes, file, diagnostics).read();
}

}  // namespace socle::exports::detail
