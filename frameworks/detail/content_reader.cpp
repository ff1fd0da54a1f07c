#include "frameworks/detail/content_reader.h"

#include "common/text.h"
#include "common/utf8.h"

namespace socle::frameworks::detail {

void ContentReader::error(const pugi::xml_node& node, const std::string& message) {
    const auto where = at(node);
    diagnostics_.error(file_, where.line, where.column, message);
}

void ContentReader::warning(const pugi::xml_node& node, const std::string& message) {
    const auto where = at(node);
    diagnostics_.warning(file_, where.line, where.column, message);
}

std::string ContentReader::required_attribute(const pugi::xml_node& node, const char* name) {
    const auto attribute = node.attribute(name);
    const std::string value = common::fold_whitespace(attribute.value());
    if (!attribute || value.empty()) error(node, "<" + std::string(node.name()) + "> needs a '" + name + "' attribute");
    return value;
}

std::string ContentReader::required_id(const pugi::xml_node& node, std::set<std::string>& seen, const char* what) {
    std::string id = required_attribute(node, "id");
    if (id.empty()) return id;
    if (!common::is_valid_id(id))
        error(node, std::string(what) + " id '" + id +
                        "' may only use letters, digits, '-', '_', '.' and ':' (no spaces)");
    else if (!seen.insert(id).second)
        error(node, "duplicate " + std::string(what) + " id '" + id + "': ids must be unique");
    return id;
}

void ContentReader::read_texts(const pugi::xml_node& parent, const char* element, LocalizedText& out,
                               bool required, const std::string& owner) {
    for (auto node = parent.child(element); node; node = node.next_sibling(element)) {
        const std::string lang = common::fold_whitespace(node.attribute("lang").value());
        if (lang.empty()) {
            error(node, "<" + std::string(element) + "> needs a lang attribute (such as lang=\"" + default_lang_ + "\")");
            continue;
        }
        std::string text = folded_text(node);
        if (text.empty()) {
            warning(node, "empty <" + std::string(element) + "> in '" + lang + "' is ignored");
            continue;
        }
        if (out.has(lang)) {
            error(node, owner + " has two <" + element + "> texts in '" + lang + "'; keep one");
            continue;
        }
        out.set(lang, std::move(text));
    }
    if (required && !default_lang_.empty() && !out.has(default_lang_))
        error(parent, owner + " has no <" + element + "> in the default language '" + default_lang_ + "'");
}

void ContentReader::check_children(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed) {
    for (const auto& child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        bool known = false;
        for (auto name : allowed) known = known || name == child.name();
        if (!known)
            warning(child, "unknown element <" + std::string(child.name()) + "> inside <" + node.name() +
                               "> is ignored (see " + doc_page_ + ")");
    }
}

void ContentReader::check_format(const pugi::xml_node& root, int supported, const std::string& what) {
    const std::string format = required_attribute(root, "format");
    if (format.empty()) return;
    const auto value = common::parse_int(format);
    const std::string known = std::to_string(supported);
    if (!value || *value < 1)
        error(root, "format=\"" + format + "\" must be a whole number; this version of Socle reads format " + known);
    else if (*value > supported)
        error(root, "this file uses " + what + " format " + format + ", newer than this version of Socle reads (" +
                        known + "); update Socle to open it");
}

bool read_content_xml(std::string_view file_bytes, const std::string& source_name, std::string_view root_name,
                      std::string_view what, common::Diagnostics& diagnostics,
                      const std::function<void(const pugi::xml_node&, const common::LineIndex&)>& read) {
    const auto decoded = common::decode_text_input(file_bytes, source_name, common::TextFileKind::Xml, diagnostics);
    if (!decoded) return false;
    const std::string_view bytes(*decoded);
    const common::LineIndex lines(bytes);
    pugi::xml_document doc;
    if (!parse_xml(doc, bytes, source_name, lines, diagnostics)) return false;
    const auto root = doc.document_element();
    if (std::string_view(root.name()) != root_name) {
        const auto at = position_of(root, lines);
        diagnostics.error(source_name, at.line, at.column,
                          "the root element is <" + std::string(root.name()) + ">, but " + std::string(what) +
                              " starts with <" + std::string(root_name) + ">");
        return false;
    }
    read(root, lines);
    diagnostics.sort_by_position();
    return true;
}

}  // namespace socle::frameworks::detail
