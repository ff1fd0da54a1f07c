// The fixed parts of the report's .docx (see detail/docx_package.h). Styles
// are written out in full rather than left to the reader's defaults, so the
// report looks the same in Word and LibreOffice and its headings are the
// built-in ones ("heading 1" is what the navigation pane and TOC look for).
#include "exports/detail/docx_package.h"

#include <pugixml.hpp>

#include <chrono>
#include <ctime>
#include <sstream>

#include "common/text.h"
#include "exports/detail/docx_chart.h"
#include "exports/detail/zip_archive.h"

namespace socle::exports::detail {

namespace {

constexpr const char* kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

std::string escaped(std::string_view text) { return common::escape_markup(xml_safe(text)); }

std::string content_types(std::size_t charts) {
    std::string xml = std::string(kXmlHead) +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
        "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>";
    for (std::size_t i = 1; i <= charts; ++i)
        xml += "<Override PartName=\"/word/charts/chart" + std::to_string(i) +
               ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>";
    return xml + "</Types>";
}

constexpr const char* kPackageRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
    "</Relationships>";

std::string document_rels(std::size_t charts) {
    const std::string base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    std::string xml = std::string(kXmlHead) +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rIdStyles\" Type=\"" + base + "styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rIdSettings\" Type=\"" + base + "settings\" Target=\"settings.xml\"/>"
        "<Relationship Id=\"rIdNumbering\" Type=\"" + base + "numbering\" Target=\"numbering.xml\"/>"
        "<Relationship Id=\"rIdFooter1\" Type=\"" + base + "footer\" Target=\"footer1.xml\"/>";
    for (std::size_t i = 1; i <= charts; ++i)
        xml += "<Relationship Id=\"rIdChart" + std::to_string(i) + "\" Type=\"" + base +
               "chart\" Target=\"charts/chart" + std::to_string(i) + ".xml\"/>";
    return xml + "</Relationships>";
}

std::string chart_rels(int number) {
    return std::string(kXmlHead) +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rIdData\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\" "
           "Target=\"../embeddings/" + embedded_workbook_name(number) + "\"/></Relationships>";
}

// One paragraph style; `extra` is raw pPr/rPr content.
std::string style(const std::string& id, const std::string& name, const std::string& ppr, const std::string& rpr,
                  const std::string& based_on = "Normal", const std::string& next = "Normal") {
    std::string xml = "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>";
    if (!based_on.empty()) xml += "<w:basedOn w:val=\"" + based_on + "\"/>";
    if (!next.empty()) xml += "<w:next w:val=\"" + next + "\"/>";
    xml += "<w:qFormat/>";
    if (!ppr.empty()) xml += "<w:pPr>" + ppr + "</w:pPr>";
    if (!rpr.empty()) xml += "<w:rPr>" + rpr + "</w:rPr>";
    return xml + "</w:style>";
}

std::string styles(const std::string& lang) {
    const std::string heading_font = "<w:rFonts w:ascii=\"Liberation Sans\" w:hAnsi=\"Liberation Sans\" w:cs=\"Liberation Sans\"/>";
    std::string xml = std::string(kXmlHead) +
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        "<w:rFonts w:ascii=\"Liberation Serif\" w:hAnsi=\"Liberation Serif\" w:cs=\"Liberation Serif\" w:eastAsia=\"Liberation Serif\"/>"
        "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
        "<w:lang w:val=\"" + lang + "\" w:bidi=\"" + lang + "\"/></w:rPr></w:rPrDefault>"
        "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
        "</w:docDefaults>";
    xml += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>";
    xml += style("Title", "Title", "<w:spacing w:before=\"2400\" w:after=\"240\"/>",
                 heading_font + "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>");
    xml += style("Subtitle", "Subtitle", "<w:spacing w:after=\"480\"/>",
                 heading_font + "<w:color w:val=\"404040\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>");
    const char* sizes[] = {"36", "28", "24"};
    const char* before[] = {"360", "240", "200"};
    for (int level = 1; level <= 3; ++level) {
        const auto n = std::to_string(level);
        xml += style("Heading" + n, "heading " + n,
                     "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + std::string(before[level - 1]) +
                         "\" w:after=\"120\"/><w:outlineLvl w:val=\"" + std::to_string(level - 1) + "\"/>",
                     heading_font + "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"" + sizes[level - 1] +
                         "\"/><w:szCs w:val=\"" + sizes[level - 1] + "\"/>");
    }
    // keepNext: a table's caption stays on the page of its table.
    xml += style("Caption", "caption", "<w:keepNext/><w:spacing w:before=\"60\" w:after=\"240\"/>",
                 "<w:i/><w:color w:val=\"404040\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
    xml += style("Figure", "Figure", "<w:keepNext/><w:jc w:val=\"center\"/>", "");
    xml += style("Note", "Note", "", "<w:i/><w:color w:val=\"595959\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
    xml += style("ListBullet", "List Bullet",
                 "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/><w:ind w:left=\"360\" w:hanging=\"360\"/>", "");
    xml += style("TableHeader", "Table Header", "<w:keepNext/><w:spacing w:after=\"0\"/>",
                 "<w:b/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>");
    xml += style("TableText", "Table Text", "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                 "<w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>");
    xml += style("TOCHeading", "TOC Heading", "<w:outlineLvl w:val=\"9\"/>", "", "Heading1", "Normal");
    xml += style("TOC1", "toc 1", "<w:spacing w:after=\"60\"/>", "<w:b/>");
    xml += style("TOC2", "toc 2", "<w:spacing w:after=\"40\"/><w:ind w:left=\"240\"/>", "");
    xml += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
           "<w:tblPr><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";
    xml += "<w:style w:type=\"table\" w:styleId=\"SocleTable\"><w:name w:val=\"Socle Table\"/><w:basedOn w:val=\"TableNormal\"/>"
           "<w:tblPr><w:tblBorders>"
           "<w:top w:val=\"single\" w:sz=\"4\" w:color=\"808080\"/><w:left w:val=\"single\" w:sz=\"4\" w:color=\"808080\"/>"
           "<w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"808080\"/><w:right w:val=\"single\" w:sz=\"4\" w:color=\"808080\"/>"
           "<w:insideH w:val=\"single\" w:sz=\"4\" w:color=\"BFBFBF\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:color=\"BFBFBF\"/>"
           "</w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>"
           "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
           "<w:tblStylePr w:type=\"firstRow\"><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/></w:tcPr></w:tblStylePr>"
           "</w:style>";
    return xml + "</w:styles>";
}

constexpr const char* kNumbering =
    "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xE2\x80\xA2\"/>"
    "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

std::string settings(const std::string& lang) {
    // updateFields: the reader fills the table of contents and the figure
    // numbers when the document opens.
    return std::string(kXmlHead) +
           "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           // In the schema's order: Word reports a settings part out of order as damaged.
           "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
           "<w:updateFields w:val=\"true\"/>"
           "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
           "<w:themeFontLang w:val=\"" + lang + "\" w:bidi=\"" + lang + "\"/>"
           "</w:settings>";
}

std::string footer(const std::string& lang, const std::string& page_label) {
    const std::string run_props = "<w:rPr><w:lang w:val=\"" + lang + "\" w:bidi=\"" + lang + "\"/></w:rPr>";
    return std::string(kXmlHead) +
           "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
           "<w:r>" + run_props + "<w:t xml:space=\"preserve\">" + escaped(page_label) + " </w:t></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
           "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>";
}

std::string utc_now() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &now);
#else
    gmtime_r(&now, &tm);
#endif
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

std::string core_properties(const DocxProperties& p, const std::string& lang) {
    const auto now = utc_now();
    return std::string(kXmlHead) +
           "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
           "<dc:title>" + escaped(p.title) + "</dc:title><dc:subject>" + escaped(p.subject) + "</dc:subject>"
           "<dc:creator>" + escaped(p.creator) + "</dc:creator><cp:keywords>" + escaped(p.keywords) + "</cp:keywords>"
           "<dc:description>" + escaped(p.description) + "</dc:description><dc:language>" + lang + "</dc:language>"
           "<cp:contentStatus>" + escaped(p.status) + "</cp:contentStatus>"
           "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + now + "</dcterms:created>"
           "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + now + "</dcterms:modified>"
           "</cp:coreProperties>";
}

constexpr const char* kAppProperties =
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
    "<Application>Socle</Application><DocSecurity>0</DocSecurity></Properties>";

}  // namespace

std::string docx_package(const DocxDocument& document, const DocxProperties& properties) {
    const auto& lang = document.lang();
    const auto& charts = document.charts();
    ZipArchive zip;
    // [Content_Types].xml first, as Office writes it (some readers sniff it).
    zip.add("[Content_Types].xml", content_types(charts.size()));
    zip.add("_rels/.rels", std::string(kXmlHead) + kPackageRels);
    zip.add("docProps/core.xml", core_properties(properties, lang));
    zip.add("docProps/app.xml", std::string(kXmlHead) + kAppProperties);
    zip.add("word/document.xml", document.xml());
    zip.add("word/_rels/document.xml.rels", document_rels(charts.size()));
    zip.add("word/styles.xml", styles(lang));
    zip.add("word/settings.xml", settings(lang));
    zip.add("word/numbering.xml", std::string(kXmlHead) + kNumbering);
    zip.add("word/footer1.xml", footer(lang, properties.page_label));
    for (const auto* chart : charts) {
        const auto n = std::to_string(chart->number);
        std::string xml = chart_xml(*chart);
        const auto data = embedded_workbook(*chart);
        if (!data.empty()) {
            zip.add("word/embeddings/" + embedded_workbook_name(chart->number), data);
            zip.add("word/charts/_rels/chart" + n + ".xml.rels", chart_rels(chart->number));
        } else {
            // No workbook: keep the cached data, drop the dangling reference.
            const auto at = xml.find("<c:externalData");
            if (at != std::string::npos) xml.erase(at, xml.find("/>", at) + 2 - at);
        }
        zip.add("word/charts/chart" + n + ".xml", xml);
    }
    return zip.finish();
}

}  // namespace socle::exports::detail
