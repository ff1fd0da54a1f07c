#pragma once
// Turns a byte offset into a text buffer (what pugixml reports) into the
// line and column a person sees in an editor.
#include <cstddef>
#include <string_view>
#include <vector>

namespace socle::common {

struct TextPosition {
    int line = 1;    // 1-based
    int column = 1;  // 1-based, counted in UTF-8 code points
};

// The index of line starts is built on the first lookup: a file that loads
// without problems never pays for it.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : text_(text) {}
    TextPosition position(std::ptrdiff_t offset) const;

private:
    std::string_view text_;
    mutable std::vector<std::size_t> line_starts_;
};

}  // namespace socle::common
