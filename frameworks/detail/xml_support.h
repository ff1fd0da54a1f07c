#pragma once
// pugixml helpers shared by the modules that read XML (frameworks/ and
// assessment/). Internal: never included from a public header, so callers
// never see a pugi:: type.
#include <pugixml.hpp>

#include <string>
#include <string_view>

#include "common/diagnostics.h"
#include "common/line_index.h"

namespace socle::frameworks::detail {

// Deeper nesting than any Socle file has is refused when parsing, so that
// no walk over a document ever meets more than this many levels (the files
// nest about six: .socle > framework snapshot > domain > indicator > ...).
inline constexpr int kMaxXmlDepth = 64;

// Parses bytes; on failure adds one diagnostic with the line and column where
// the parser stopped and a message an author understands. Returns success.
bool parse_xml(pugi::xml_document& doc, std::string_view bytes, const std::string& file,
               const common::LineIndex& lines, common::Diagnostics& diagnostics);

// A plain-words explanation of a pugixml parse status.
std::string describe_parse_status(pugi::xml_parse_status status);

// Where a node starts in the source: for an element, its '<' (pugixml
// reports the offset of the name, one character later).
inline std::ptrdiff_t offset_of(const pugi::xml_node& node) {
    const auto offset = node.offset_debug();
    return node.type() == pugi::node_element && offset > 0 ? offset - 1 : offset;
}
inline common::TextPosition position_of(const pugi::xml_node& node, const common::LineIndex& lines) {
    return lines.position(offset_of(node));
}

// The node's text with whitespace folded.
std::string folded_text(const pugi::xml_node& node);

}  // namespace socle::frameworks::detail
