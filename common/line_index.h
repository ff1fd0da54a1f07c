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
// without problems never pays for it. Columns count code points, and a line
// can be the whole file (minified XML, a CSV without line ends): counting
// from the line start for every lookup made 15 million warnings on one
// line quadratic. The index also keeps the number of code points before
// every block of kBlockBytes, so a lookup counts at most one block.
class LineIndex {
public:
    static constexpr std::size_t kBlockBytes = 1024;

    explicit LineIndex(std::string_view text) : text_(text) {}
    TextPosition position(std::ptrdiff_t offset) const;

    // Bytes examined one by one to find columns since construction, for the
    // test that holds lookups to their bound.
    std::size_t bytes_counted() const { return bytes_counted_; }

private:
    void build() const;
    std::size_t code_points_before(std::size_t offset) const;

    std::string_view text_;
    mutable std::vector<std::size_t> line_starts_;
    mutable std::vector<std::size_t> block_code_points_;  // code points before byte b * kBlockBytes
    mutable std::size_t bytes_counted_ = 0;
};

}  // namespace socle::common
