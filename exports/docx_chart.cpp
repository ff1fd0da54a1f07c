// DrawingML chart parts for the report (see detail/docx_chart.h). The values
// are cached in the chart itself (what LibreOffice and Word draw from) and
// referenced in the embedded workbook (what "Edit data" opens).
#include "exports/detail/docx_chart.h"

#include <xlsxwriter.h>

#include <pugixml.hpp>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <sstream>

#include "common/atomic_file.h"
#include "common/path_text.h"
#include "common/text.h"
#include "exports/detail/docx_document.h"

namespace socle::exports::detail {

namespace {

// A soft palette that prints well in grey: current, target, then levels.
const char* const kSeriesColours[] = {"2F5597", "C55A11", "A9D18E", "FFD966", "F4B183", "9DC3E6", "8064A2", "7F7F7F"};

// Columns A-Z: a chart has a category column and at most one series per
// level (nine at most in a framework), far from Z.
std::string column_letter(std::size_t index) { return std::string(1, static_cast<char>('A' + index)); }

std::string sheet_range(std::size_t column, std::size_t first_row, std::size_t last_row) {
    const auto col = column_letter(column);
    return "Sheet1!$" + col + "$" + std::to_string(first_row) + ":$" + col + "$" + std::to_string(last_row);
}

void text_with_lang(pugi::xml_node parent, const std::string& text, const std::string& lang) {
    auto rich = parent.append_child("c:tx").append_child("c:rich");
    rich.append_child("a:bodyPr");
    auto p = rich.append_child("a:p");
    auto r = p.append_child("a:r");
    auto props = r.append_child("a:rPr");
    props.append_attribute("lang") = lang.c_str();
    props.append_attribute("sz") = 1200;
    props.append_attribute("b") = 1;
    r.append_child("a:t").text() = xml_safe(text).c_str();
}

void string_reference(pugi::xml_node parent, const std::string& formula, const std::vector<std::string>& values) {
    auto ref = parent.append_child("c:strRef");
    ref.append_child("c:f").text() = formula.c_str();
    auto cache = ref.append_child("c:strCache");
    cache.append_child("c:ptCount").append_attribute("val") = static_cast<unsigned>(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        auto pt = cache.append_child("c:pt");
        pt.append_attribute("idx") = static_cast<unsigned>(i);
        pt.append_child("c:v").text() = xml_safe(values[i]).c_str();
    }
}

void number_reference(pugi::xml_node parent, const std::string& formula,
                      const std::vector<std::optional<double>>& values) {
    auto ref = parent.append_child("c:numRef");
    ref.append_child("c:f").text() = formula.c_str();
    auto cache = ref.append_child("c:numCache");
    cache.append_child("c:formatCode").text() = "General";
    cache.append_child("c:ptCount").append_attribute("val") = static_cast<unsigned>(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) continue;  // a missing point is a gap, not a zero
        auto pt = cache.append_child("c:pt");
        pt.append_attribute("idx") = static_cast<unsigned>(i);
        pt.append_child("c:v").text() = common::format_number(*values[i], 6).c_str();
    }
}

void add_val(pugi::xml_node parent, const char* name, const char* value) {
    parent.append_child(name).append_attribute("val") = value;
}

void axes(pugi::xml_node plot, const DocxChart& chart, bool radar) {
    auto cat = plot.append_child("c:catAx");
    add_val(cat, "c:axId", "1001");
    add_val(cat.append_child("c:scaling"), "c:orientation", radar ? "minMax" : "maxMin");
    add_val(cat, "c:delete", "0");
    add_val(cat, "c:axPos", radar ? "b" : "l");
    add_val(cat, "c:majorTickMark", "out");
    add_val(cat, "c:minorTickMark", "none");
    add_val(cat, "c:tickLblPos", "nextTo");
    add_val(cat, "c:crossAx", "1002");
    add_val(cat, "c:crosses", "autoZero");
    add_val(cat, "c:auto", "1");
    add_val(cat, "c:lblAlgn", "ctr");
    add_val(cat, "c:lblOffset", "100");
    auto val = plot.append_child("c:valAx");
    add_val(val, "c:axId", "1002");
    auto scaling = val.append_child("c:scaling");
    add_val(scaling, "c:orientation", "minMax");
    if (chart.axis_max) add_val(scaling, "c:max", common::format_number(*chart.axis_max, 6).c_str());
    add_val(scaling, "c:min", common::format_number(chart.axis_min, 6).c_str());
    add_val(val, "c:delete", "0");
    add_val(val, "c:axPos", radar ? "l" : "b");
    val.append_child("c:majorGridlines");
    auto format = val.append_child("c:numFmt");
    format.append_attribute("formatCode") = "General";
    format.append_attribute("sourceLinked") = 1;
    add_val(val, "c:majorTickMark", radar ? "cross" : "out");
    add_val(val, "c:minorTickMark", "none");
    add_val(val, "c:tickLblPos", "nextTo");
    add_val(val, "c:crossAx", "1001");
    add_val(val, "c:crosses", radar ? "autoZero" : "max");
    add_val(val, "c:crossBetween", "between");
    add_val(val, "c:majorUnit", "1");
}

}  // namespace

std::string embedded_workbook_name(int number) { return "chart" + std::to_string(number) + "_data.xlsx"; }

std::string chart_xml(const DocxChart& chart) {
    const bool radar = chart.kind == DocxChartKind::Radar;
    pugi::xml_document doc;
    auto space = doc.append_child("c:chartSpace");
    space.append_attribute("xmlns:c") = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    space.append_attribute("xmlns:a") = "http://schemas.openxmlformats.org/drawingml/2006/main";
    space.append_attribute("xmlns:r") = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    add_val(space, "c:lang", chart.lang.c_str());
    add_val(space, "c:roundedCorners", "0");
    auto c = space.append_child("c:chart");
    auto title = c.append_child("c:title");
    text_with_lang(title, chart.title, chart.lang);
    add_val(title, "c:overlay", "0");
    add_val(c, "c:autoTitleDeleted", "0");
    auto plot = c.append_child("c:plotArea");
    plot.append_child("c:layout");
    auto group = plot.append_child(radar ? "c:radarChart" : "c:barChart");
    if (radar) {
        add_val(group, "c:radarStyle", "marker");
    } else {
        add_val(group, "c:barDir", "bar");
        add_val(group, "c:grouping", "stacked");
    }
    add_val(group, "c:varyColors", "0");
    const std::size_t rows = chart.categories.size() + 1;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        const auto& series = chart.series[s];
        auto ser = group.append_child("c:ser");
        add_val(ser, "c:idx", std::to_string(s).c_str());
        add_val(ser, "c:order", std::to_string(s).c_str());
        string_reference(ser.append_child("c:tx"), "Sheet1!$" + column_letter(s + 1) + "$1", {series.name});
        auto shape = ser.append_child("c:spPr");
        const char* colour = kSeriesColours[s % std::size(kSeriesColours)];
        if (radar) {
            auto line = shape.append_child("a:ln");
            line.append_attribute("w") = 28575;
            add_val(line.append_child("a:solidFill"), "a:srgbClr", colour);
            auto marker = ser.append_child("c:marker");
            add_val(marker, "c:symbol", "circle");
            add_val(marker, "c:size", "5");
        } else {
            add_val(shape.append_child("a:solidFill"), "a:srgbClr", colour);
            add_val(ser, "c:invertIfNegative", "0");
        }
        string_reference(ser.append_child("c:cat"), sheet_range(0, 2, rows), chart.categories);
        number_reference(ser.append_child("c:val"), sheet_range(s + 1, 2, rows), series.values);
    }
    if (!radar) {
        add_val(group, "c:gapWidth", "60");
        add_val(group, "c:overlap", "100");
    }
    add_val(group, "c:axId", "1001");
    add_val(group, "c:axId", "1002");
    axes(plot, chart, radar);
    auto legend = c.append_child("c:legend");
    add_val(legend, "c:legendPos", "b");
    add_val(legend, "c:overlay", "0");
    add_val(c, "c:plotVisOnly", "1");
    add_val(c, "c:dispBlanksAs", "gap");
    space.append_child("c:externalData").append_attribute("r:id") = "rIdData";
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.str();
}

std::string embedded_workbook(const DocxChart& chart) {
    // libxlsxwriter (1.1.4 on Debian 12) writes to a file only: a private
    // temporary file with an ASCII name, read back and removed.
    static std::atomic<unsigned> counter{0};
    std::error_code error;
    const auto folder = std::filesystem::temp_directory_path(error);
    if (error) return {};
    const auto path = folder / ("socle-chart-" + std::to_string(reinterpret_cast<std::uintptr_t>(&chart)) + "-" +
                                std::to_string(counter++) + ".xlsx");
    lxw_workbook* book = workbook_new(common::path_to_utf8(path).c_str());
    if (!book) return {};
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Sheet1");
    for (std::size_t i = 0; i < chart.categories.size(); ++i)
        worksheet_write_string(sheet, static_cast<lxw_row_t>(i + 1), 0, xml_safe(chart.categories[i]).c_str(), nullptr);
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        const auto col = static_cast<lxw_col_t>(s + 1);
        worksheet_write_string(sheet, 0, col, xml_safe(chart.series[s].name).c_str(), nullptr);
        for (std::size_t i = 0; i < chart.series[s].values.size(); ++i)
            if (chart.series[s].values[i])
                worksheet_write_number(sheet, static_cast<lxw_row_t>(i + 1), col, *chart.series[s].values[i], nullptr);
    }
    worksheet_set_column(sheet, 0, 0, 30, nullptr);
    std::string bytes;
    if (workbook_close(book) == LXW_NO_ERROR) {
        try {
            bytes = common::read_file(path);
        } catch (...) {
            bytes.clear();
        }
    }
    std::filesystem::remove(path, error);
    return bytes;
}

}  // namespace socle::exports::detail
