#pragma once
// A Word document body written as WordprocessingML (pugixml): headings with
// the built-in heading styles (so Word's navigation pane and the table of
// contents field find them), paragraphs and bullets, captions with SEQ
// fields, real tables whose header row repeats on every page, a table of
// contents field, and native charts placed inline. Every run carries the
// document's language (w:lang), so spelling and hyphenation follow it.
// docx_package.h zips the body with the other parts. Internal to exports/.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pugi {
class xml_node;
}

namespace socle::exports::detail {

struct DocxChart;

class DocxDocument {
public:
    // lang: a BCP 47 tag such as "fr-FR" or "lo-LA".
    explicit DocxDocument(std::string lang);
    ~DocxDocument();
    DocxDocument(const DocxDocument&) = delete;
    DocxDocument& operator=(const DocxDocument&) = delete;

    const std::string& lang() const { return lang_; }

    void title(std::string_view text);
    void subtitle(std::string_view text);
    void heading(int level, std::string_view text);  // level 1..3
    // A paragraph; "\n" in text becomes a line break. style: a paragraph
    // style id of docx_package's styles.xml ("Note", "Signature", ...).
    void paragraph(std::string_view text, std::string_view style = {});
    // "Label: value" with the label in bold.
    void labelled(std::string_view label, std::string_view value);
    void bullet(std::string_view text);
    // "Figure 1: text" / "Table 2: text", numbered by a SEQ field per kind.
    // kind_label is the translated word, seq the field's identifier.
    void caption(std::string_view kind_label, std::string_view seq, std::string_view text);
    // The TOC field over Heading 1-2; `placeholder` is shown until the reader
    // updates the fields (Word asks on opening, settings.xml says so).
    void table_of_contents(std::string_view placeholder);
    void page_break();
    // A native chart (docx_chart.h) placed inline, width x height in cm.
    void chart(DocxChart& chart, double width_cm, double height_cm);  // sets chart.number

    // Tables: begin with the header labels and relative column widths, add
    // rows of the same size, end. Numbers are text already formatted.
    void begin_table(const std::vector<std::string>& headers, const std::vector<int>& widths);
    void row(const std::vector<std::string>& cells);
    void end_table();

    // Charts added so far (their part numbers follow this order).
    const std::vector<const DocxChart*>& charts() const { return charts_; }

    // word/document.xml, with a section that uses footer1.xml (page numbers).
    std::string xml() const;

private:
    void fill_table_of_contents(pugi::xml_node body) const;
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string lang_;
    std::vector<const DocxChart*> charts_;
};

// Text safe for XML 1.0: control characters other than tab and newline are
// dropped (pugixml would write them as character references, which XML 1.0
// forbids and Word refuses).
std::string xml_safe(std::string_view text);

}  // namespace socle::exports::detail
