#pragma once
// Writes XML text by hand: byte-for-byte deterministic output (so save ->
// load -> save gives identical files) and much faster than building a DOM.
#include <string>
#include <string_view>

namespace socle::assessment::detail {

// Escapes text for element content or attribute values. Characters XML 1.0
// forbids are dropped; \r, \n and \t in attributes are written as character
// references so that parsers keep them.
void append_escaped(std::string& out, std::string_view text, bool attribute);

class XmlOut {
public:
    explicit XmlOut(std::string& out) : out_(out) {}
    // <name a="v" ...>text</name> on one line, indented.
    void open(std::string_view name, int depth);
    void attribute(std::string_view name, std::string_view value);
    void close_empty();                        // "/>\n"
    void close_with_text(std::string_view name, std::string_view text);  // ">text</name>\n"
    void close_open();                         // ">\n"
    void end(std::string_view name, int depth);  // "</name>\n"
    // <name>text</name>, skipped when text is empty.
    void text_element(std::string_view name, std::string_view text, int depth);

private:
    std::string& out_;
};

}  // namespace socle::assessment::detail
