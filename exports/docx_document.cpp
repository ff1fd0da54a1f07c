// WordprocessingML for the report's body (see detail/docx_document.h).
#include "exports/detail/docx_document.h"

#include <pugixml.hpp>

#include <numeric>
#include <sstream>

#include "common/utf8.h"
#include "exports/detail/docx_chart.h"

namespace socle::exports::detail {

namespace {

constexpr const char* kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr long kEmuPerCm = 360000;
constexpr int kTextWidthTwips = 9638;  // A4 less two 2 cm margins

}  // namespace

std::string xml_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t' && c != '\n') continue;
        out += c;
    }
    return out;
}

struct DocxDocument::Impl {
    pugi::xml_document doc;
    pugi::xml_node body;
    pugi::xml_node table;
    std::vector<int> column_twips;
    int drawing_id = 0;
    pugi::xml_node toc;  // the paragraph holding the TOC field, if any
    std::vector<std::pair<int, std::string>> headings;  // level 1-2, for the TOC's shown entries

    pugi::xml_node run(pugi::xml_node paragraph, std::string_view text, const std::string& lang, bool bold = false) {
        auto r = paragraph.append_child("w:r");
        auto props = r.append_child("w:rPr");
        if (bold) props.append_child("w:b");
        auto l = props.append_child("w:lang");
        l.append_attribute("w:val") = lang.c_str();
        l.append_attribute("w:bidi") = lang.c_str();
        // Lines of user text: each "\n" becomes a break inside the paragraph.
        const std::string safe = xml_safe(text);
        std::size_t start = 0;
        for (;;) {
            const auto end = safe.find('\n', start);
            auto t = r.append_child("w:t");
            t.append_attribute("xml:space") = "preserve";
            t.text() = safe.substr(start, end == std::string::npos ? std::string::npos : end - start).c_str();
            if (end == std::string::npos) break;
            r.append_child("w:br");
            start = end + 1;
        }
        return r;
    }

    pugi::xml_node paragraph(std::string_view style) {
        auto p = body.append_child("w:p");
        if (!style.empty()) p.append_child("w:pPr").append_child("w:pStyle").append_attribute("w:val") =
            std::string(style).c_str();
        return p;
    }

    void field(pugi::xml_node p, const std::string& instruction, std::string_view shown, const std::string& lang) {
        p.append_child("w:r").append_child("w:fldChar").append_attribute("w:fldCharType") = "begin";
        auto instr = p.append_child("w:r").append_child("w:instrText");
        instr.append_attribute("xml:space") = "preserve";
        instr.text() = instruction.c_str();
        p.append_child("w:r").append_child("w:fldChar").append_attribute("w:fldCharType") = "separate";
        run(p, shown, lang);
        p.append_child("w:r").append_child("w:fldChar").append_attribute("w:fldCharType") = "end";
    }
};

DocxDocument::DocxDocument(std::string lang) : impl_(std::make_unique<Impl>()), lang_(std::move(lang)) {
    auto root = impl_->doc.append_child("w:document");
    root.append_attribute("xmlns:w") = kWordNs;
    root.append_attribute("xmlns:r") = kRelNs;
    root.append_attribute("xmlns:wp") = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    root.append_attribute("xmlns:a") = "http://schemas.openxmlformats.org/drawingml/2006/main";
    root.append_attribute("xmlns:c") = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    impl_->body = root.append_child("w:body");
}

DocxDocument::~DocxDocument() = default;

void DocxDocument::title(std::string_view text) { impl_->run(impl_->paragraph("Title"), text, lang_); }

void DocxDocument::subtitle(std::string_view text) { impl_->run(impl_->paragraph("Subtitle"), text, lang_); }

void DocxDocument::heading(int level, std::string_view text) {
    const int clamped = level < 1 ? 1 : level > 3 ? 3 : level;
    impl_->run(impl_->paragraph("Heading" + std::to_string(clamped)), text, lang_);
    if (clamped <= 2) impl_->headings.emplace_back(clamped, std::string(text));
}

void DocxDocument::paragraph(std::string_view text, std::string_view style) {
    impl_->run(impl_->paragraph(style), text, lang_);
}

void DocxDocument::labelled(std::string_view label, std::string_view value) {
    auto p = impl_->paragraph({});
    impl_->run(p, std::string(label) + ": ", lang_, true);
    impl_->run(p, value, lang_);
}

void DocxDocument::bullet(std::string_view text) { impl_->run(impl_->paragraph("ListBullet"), text, lang_); }

void DocxDocument::caption(std::string_view kind_label, std::string_view seq, std::string_view text) {
    auto p = impl_->paragraph("Caption");
    impl_->run(p, std::string(kind_label) + " ", lang_);
    // The cached number is left empty: Word and LibreOffice number SEQ
    // fields themselves, and a stale figure would be worse than none.
    impl_->field(p, " SEQ " + std::string(seq) + " \\* ARABIC ", "#", lang_);
    impl_->run(p, ": " + std::string(text), lang_);
}

void DocxDocument::table_of_contents(std::string_view placeholder) {
    auto p = impl_->paragraph({});
    impl_->field(p, " TOC \\o \"1-2\" \\h \\z \\u ", placeholder, lang_);
    impl_->toc = p;
}

void DocxDocument::page_break() {
    impl_->body.append_child("w:p").append_child("w:r").append_child("w:br").append_attribute("w:type") = "page";
}

void DocxDocument::chart(DocxChart& chart, double width_cm, double height_cm) {
    chart.number = static_cast<int>(charts_.size()) + 1;
    chart.lang = lang_;
    charts_.push_back(&chart);
    const auto id = std::to_string(++impl_->drawing_id);
    auto p = impl_->paragraph("Figure");
    auto inline_node = p.append_child("w:r").append_child("w:drawing").append_child("wp:inline");
    auto extent = inline_node.append_child("wp:extent");
    extent.append_attribute("cx") = static_cast<long long>(width_cm * kEmuPerCm);
    extent.append_attribute("cy") = static_cast<long long>(height_cm * kEmuPerCm);
    auto doc_pr = inline_node.append_child("wp:docPr");
    doc_pr.append_attribute("id") = id.c_str();
    doc_pr.append_attribute("name") = ("Chart " + id).c_str();
    doc_pr.append_attribute("descr") = xml_safe(chart.title).c_str();
    auto graphic_data = inline_node.append_child("a:graphic").append_child("a:graphicData");
    graphic_data.append_attribute("uri") = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    graphic_data.append_child("c:chart").append_attribute("r:id") = ("rIdChart" + std::to_string(chart.number)).c_str();
}

void DocxDocument::begin_table(const std::vector<std::string>& headers, const std::vector<int>& widths) {
    auto& impl = *impl_;
    impl.table = impl.body.append_child("w:tbl");
    auto props = impl.table.append_child("w:tblPr");
    props.append_child("w:tblStyle").append_attribute("w:val") = "SocleTable";
    auto width = props.append_child("w:tblW");
    width.append_attribute("w:w") = 5000;
    width.append_attribute("w:type") = "pct";
    auto look = props.append_child("w:tblLook");
    look.append_attribute("w:val") = "04A0";
    look.append_attribute("w:firstRow") = 1;
    const int total = std::max(1, std::accumulate(widths.begin(), widths.end(), 0));
    impl.column_twips.clear();
    auto grid = impl.table.append_child("w:tblGrid");
    for (std::size_t i = 0; i < headers.size(); ++i) {
        const int share = i < widths.size() ? widths[i] : 1;
        impl.column_twips.push_back(kTextWidthTwips * share / total);
        grid.append_child("w:gridCol").append_attribute("w:w") = impl.column_twips.back();
    }
    // The header row repeats at the top of every page the table runs onto.
    auto tr = impl.table.append_child("w:tr");
    auto tr_props = tr.append_child("w:trPr");
    tr_props.append_child("w:cantSplit");
    tr_props.append_child("w:tblHeader");
    for (std::size_t i = 0; i < headers.size(); ++i) {
        auto tc = tr.append_child("w:tc");
        auto tc_width = tc.append_child("w:tcPr").append_child("w:tcW");
        tc_width.append_attribute("w:w") = impl.column_twips[i];
        tc_width.append_attribute("w:type") = "dxa";
        auto p = tc.append_child("w:p");
        p.append_child("w:pPr").append_child("w:pStyle").append_attribute("w:val") = "TableHeader";
        impl.run(p, headers[i], lang_, true);
    }
}

void DocxDocument::row(const std::vector<std::string>& cells) {
    auto& impl = *impl_;
    auto tr = impl.table.append_child("w:tr");
    tr.append_child("w:trPr").append_child("w:cantSplit");
    for (std::size_t i = 0; i < impl.column_twips.size(); ++i) {
        auto tc = tr.append_child("w:tc");
        auto tc_width = tc.append_child("w:tcPr").append_child("w:tcW");
        tc_width.append_attribute("w:w") = impl.column_twips[i];
        tc_width.append_attribute("w:type") = "dxa";
        auto p = tc.append_child("w:p");
        p.append_child("w:pPr").append_child("w:pStyle").append_attribute("w:val") = "TableText";
        impl.run(p, i < cells.size() ? std::string_view(cells[i]) : std::string_view(), lang_);
    }
}

void DocxDocument::end_table() {
    // Word needs a paragraph between two tables, or it merges them.
    impl_->body.append_child("w:p");
    impl_->table = {};
}

// The TOC field's shown result: one paragraph per heading (no page numbers:
// those are the reader's to compute), so a reader that does not update
// fields on opening (LibreOffice) still lists the chapters, and Word's
// update replaces them with the numbered list. The field then spans the
// paragraphs: begin and separate in the first, end in the last.
void DocxDocument::fill_table_of_contents(pugi::xml_node body) const {
    if (impl_->headings.empty()) return;
    // The copied document's TOC paragraph sits at the same place as the original's.
    std::size_t index = 0;
    for (auto node = impl_->toc.previous_sibling(); node; node = node.previous_sibling()) ++index;
    auto p = body.first_child();
    for (std::size_t i = 0; i < index; ++i) p = p.next_sibling();
    // Drop the placeholder run and the end mark; keep begin, instruction, separate.
    auto runs = p.children("w:r");
    std::vector<pugi::xml_node> all(runs.begin(), runs.end());
    for (std::size_t i = 3; i < all.size(); ++i) p.remove_child(all[i]);
    pugi::xml_node last = p;
    for (std::size_t i = 0; i < impl_->headings.size(); ++i) {
        const auto& [level, text] = impl_->headings[i];
        pugi::xml_node entry = i == 0 ? p : body.insert_child_after("w:p", last);
        auto props = entry.child("w:pPr") ? entry.child("w:pPr") : entry.prepend_child("w:pPr");
        props.remove_child("w:pStyle");
        props.prepend_child("w:pStyle").append_attribute("w:val") = level == 1 ? "TOC1" : "TOC2";
        impl_->run(entry, text, lang_);
        last = entry;
    }
    last.append_child("w:r").append_child("w:fldChar").append_attribute("w:fldCharType") = "end";
}

std::string DocxDocument::xml() const {
    pugi::xml_document copy;
    copy.reset(impl_->doc);
    auto body = copy.child("w:document").child("w:body");
    if (impl_->toc) fill_table_of_contents(body);
    auto section = body.append_child("w:sectPr");
    auto footer = section.append_child("w:footerReference");
    footer.append_attribute("w:type") = "default";
    footer.append_attribute("r:id") = "rIdFooter1";
    auto size = section.append_child("w:pgSz");
    size.append_attribute("w:w") = 11906;
    size.append_attribute("w:h") = 16838;
    auto margins = section.append_child("w:pgMar");
    for (const char* side : {"w:top", "w:right", "w:bottom", "w:left"}) margins.append_attribute(side) = 1134;
    margins.append_attribute("w:header") = 709;
    margins.append_attribute("w:footer") = 709;
    margins.append_attribute("w:gutter") = 0;
    std::ostringstream out;
    copy.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return out.str();
}

}  // namespace socle::exports::detail
