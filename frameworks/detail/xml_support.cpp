#include "frameworks/detail/xml_support.h"

#include "common/text.h"

namespace socle::frameworks::detail {

std::string describe_parse_status(pugi::xml_parse_status status) {
    switch (status) {
        case pugi::status_ok: return "no error";
        case pugi::status_file_not_found: return "the file does not exist";
        case pugi::status_io_error: return "the file could not be read";
        case pugi::status_out_of_memory: return "not enough memory to read the file";
        case pugi::status_no_document_element: return "the file holds no XML element (is it empty, or not XML at all?)";
        case pugi::status_unrecognized_tag: return "malformed XML: a '<' that does not start a valid tag (write '&lt;' for a literal '<')";
        case pugi::status_bad_pi: return "malformed XML: a broken <?...?> declaration";
        case pugi::status_bad_comment: return "malformed XML: a comment that is not closed with '-->'";
        case pugi::status_bad_cdata: return "malformed XML: a CDATA section that is not closed";
        case pugi::status_bad_doctype: return "malformed XML: a broken <!DOCTYPE> declaration";
        case pugi::status_bad_pcdata: return "malformed XML: text that could not be read";
        case pugi::status_bad_start_element: return "malformed XML: a start tag that is not closed with '>'";
        case pugi::status_bad_attribute: return "malformed XML: an attribute without a quoted value (write name=\"value\")";
        case pugi::status_bad_end_element: return "malformed XML: a broken end tag";
        case pugi::status_end_element_mismatch:
            return "malformed XML: this end tag does not match the open element (is an element above left unclosed?)";
        case pugi::status_append_invalid_root: return "malformed XML: invalid root";
        default: break;
    }
    return "malformed XML";
}

namespace {

// Finds the first element nested deeper than kMaxXmlDepth. pugixml's
// traverse() keeps no stack of its own (it climbs back through parent
// links), so the check itself holds however deep the file goes.
class DepthCheck : public pugi::xml_tree_walker {
public:
    bool for_each(pugi::xml_node& node) override {
        // depth() counts from 0 for the root element's level.
        if (node.type() != pugi::node_element || depth() + 1 <= kMaxXmlDepth) return true;
        too_deep = node;
        return false;
    }
    pugi::xml_node too_deep;
};

}  // namespace

bool parse_xml(pugi::xml_document& doc, std::string_view bytes, const std::string& file,
               const common::LineIndex& lines, common::Diagnostics& diagnostics) {
    const auto result = doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result) {
        const auto at = lines.position(result.offset);
        diagnostics.error(file, at.line, at.column, describe_parse_status(result.status));
        return false;
    }
    DepthCheck check;
    doc.traverse(check);
    if (check.too_deep) {
        const auto at = position_of(check.too_deep, lines);
        diagnostics.error(file, at.line, at.column,
                          "elements are nested more than " + std::to_string(kMaxXmlDepth) +
                              " deep here; Socle files nest only a few levels, so the file is damaged or was not "
                              "written for Socle");
        doc.reset();
        return false;
    }
    return true;
}

std::string folded_text(const pugi::xml_node& node) { return common::fold_whitespace(node.text().get()); }

}  // namespace socle::frameworks::detail
