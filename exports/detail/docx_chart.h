#pragma once
// A native Word chart (DrawingML, word/charts/chartN.xml) with its data
// cached in the chart and embedded as a small workbook
// (word/embeddings/), so Word's "Edit data" and LibreOffice both work and
// the labels are shaped by the reader, not drawn into a picture. Internal to
// exports/.
#include <optional>
#include <string>
#include <vector>

namespace socle::exports::detail {

enum class DocxChartKind { Radar, StackedBar };

struct DocxChartSeries {
    std::string name;
    std::vector<std::optional<double>> values;  // one per category; none: a gap
};

struct DocxChart {
    DocxChartKind kind = DocxChartKind::Radar;
    std::string title;
    std::vector<std::string> categories;
    std::vector<DocxChartSeries> series;
    double axis_min = 0;
    std::optional<double> axis_max;
    int number = 0;  // 1-based part number, set when placed in the document
    std::string lang;
};

// The chart part; its data reference points to the embedded workbook named
// by embedded_workbook_name(number).
std::string chart_xml(const DocxChart& chart);
std::string embedded_workbook_name(int number);  // "chart1_data.xlsx"
// The embedded workbook: categories in column A, one series per column, the
// series names in row 1 (what chart_xml's references expect). Empty when
// the workbook cannot be written (the chart then has cached data only).
std::string embedded_workbook(const DocxChart& chart);

}  // namespace socle::exports::detail
