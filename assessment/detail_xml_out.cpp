#include "assessment/detail_xml_out.h"

namespace socle::assessment::detail {

namespace {
bool needs_escape(char c) {
    return c == '&' || c == '<' || c == '>' || c == '"' || static_cast<unsigned char>(c) < 0x20;
}
}  // namespace

void append_escaped(std::string& out, std::string_view text, bool attribute) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        // Copy runs of plain characters in one go: most text has none to escape.
        std::size_t run = i;
        while (run < text.size() && !needs_escape(text[run])) ++run;
        if (run > i) {
            out.append(text.data() + i, run - i);
            if (run == text.size()) break;
            i = run;
        }
        const char c = text[i];
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"':
                if (attribute) out += "&quot;";
                else out.push_back(c);
                break;
            case '\r': out += "&#13;"; break;
            case '\n':
                if (attribute) out += "&#10;";
                else out.push_back(c);
                break;
            case '\t':
                if (attribute) out += "&#9;";
                else out.push_back(c);
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) break;  // not allowed in XML 1.0
                out.push_back(c);
        }
    }
}

void XmlOut::open(std::string_view name, int depth) {
    out_.append(static_cast<std::size_t>(depth) * 2, ' ');
    out_.push_back('<');
    out_ += name;
}

void XmlOut::attribute(std::string_view name, std::string_view value) {
    out_.push_back(' ');
    out_ += name;
    out_ += "=\"";
    append_escaped(out_, value, true);
    out_.push_back('"');
}

void XmlOut::close_empty() { out_ += "/>\n"; }

void XmlOut::close_with_text(std::string_view name, std::string_view text) {
    out_.push_back('>');
    append_escaped(out_, text, false);
    out_ += "</";
    out_ += name;
    out_ += ">\n";
}

void XmlOut::close_open() { out_ += ">\n"; }

void XmlOut::end(std::string_view name, int depth) {
    out_.append(static_cast<std::size_t>(depth) * 2, ' ');
    out_ += "</";
    out_ += name;
    out_ += ">\n";
}

void XmlOut::text_element(std::string_view name, std::string_view text, int depth) {
    if (text.empty()) return;
    open(name, depth);
    close_with_text(name, text);
}

}  // namespace socle::assessment::detail
