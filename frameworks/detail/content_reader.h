#pragma once
// The checks every content file reader repeats (the practice library, the
// training cases): required attributes and ids, texts per language, unknown
// elements. Each problem goes to the diagnostics with the node's line and
// column. Internal, like xml_support.h: never included from a public header.
#include <functional>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>

#include "common/diagnostics.h"
#include "common/line_index.h"
#include "frameworks/detail/xml_support.h"
#include "frameworks/localized_text.h"

namespace socle::frameworks::detail {

// Opens a content file: UTF-8 checked at the door, parsed, its root element
// named root_name (else an error saying `what` starts with <root_name>);
// then read(root, lines) while the parsed document is alive. Returns
// whether read ran: the caller keeps its result only when it did and no
// error was reported. The diagnostics end sorted by position.
bool read_content_xml(std::string_view file_bytes, const std::string& source_name, std::string_view root_name,
                      std::string_view what, common::Diagnostics& diagnostics,
                      const std::function<void(const pugi::xml_node&, const common::LineIndex&)>& read);

class ContentReader {
public:
    // doc_page is the page that describes the format ("docs/training.md"),
    // named when an unknown element is ignored.
    ContentReader(std::string file, const common::LineIndex& lines, common::Diagnostics& diagnostics,
                  std::string doc_page)
        : file_(std::move(file)), lines_(lines), diagnostics_(diagnostics), doc_page_(std::move(doc_page)) {}

protected:
    void error(const pugi::xml_node& node, const std::string& message);
    void warning(const pugi::xml_node& node, const std::string& message);
    int line_of(const pugi::xml_node& node) const { return position_of(node, lines_).line; }
    common::TextPosition at(const pugi::xml_node& node) const { return position_of(node, lines_); }

    // The attribute's value, whitespace folded; an error when it is missing or empty.
    std::string required_attribute(const pugi::xml_node& node, const char* name);
    // The id attribute, checked for its characters and for uniqueness in `seen`.
    std::string required_id(const pugi::xml_node& node, std::set<std::string>& seen, const char* what);
    // Every <element lang="..."> child of parent into out; with `required`, a
    // text in the default language must be among them.
    void read_texts(const pugi::xml_node& parent, const char* element, LocalizedText& out, bool required,
                    const std::string& owner);
    // A warning for each child element not in allowed (a typo, or a newer file).
    void check_children(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed);
    // Checks format="N" against the highest format this reader knows.
    void check_format(const pugi::xml_node& root, int supported, const std::string& what);

    const std::string& file() const { return file_; }
    std::string default_lang_;

private:
    std::string file_;
    const common::LineIndex& lines_;
    common::Diagnostics& diagnostics_;
    std::string doc_page_;
};

}  // namespace socle::frameworks::detail
