#include "common/line_index.h"

#include <algorithm>

namespace socle::common {

namespace {

bool starts_code_point(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }

}  // namespace

void LineIndex::build() const {
    line_starts_.push_back(0);
    block_code_points_.reserve(text_.size() / kBlockBytes + 1);
    std::size_t code_points = 0;
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (i % kBlockBytes == 0) block_code_points_.push_back(code_points);
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
        if (starts_code_point(text_[i])) ++code_points;
    }
    // A lookup at the very end may start a block of its own.
    if (text_.size() % kBlockBytes == 0) block_code_points_.push_back(code_points);
}

std::size_t LineIndex::code_points_before(std::size_t offset) const {
    const std::size_t block = offset / kBlockBytes;
    std::size_t count = block_code_points_[block];
    for (std::size_t i = block * kBlockBytes; i < offset; ++i) count += starts_code_point(text_[i]) ? 1 : 0;
    bytes_counted_ += offset - block * kBlockBytes;
    return count;
}

TextPosition LineIndex::position(std::ptrdiff_t offset) const {
    if (line_starts_.empty()) build();
    const std::size_t at = std::min(static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0)), text_.size());
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), at);
    const auto line = static_cast<std::size_t>(next - line_starts_.begin());  // 1-based
    const std::size_t start = line_starts_[line - 1];
    const std::size_t column = code_points_before(at) - code_points_before(start) + 1;
    return {static_cast<int>(line), static_cast<int>(column)};
}

}  // namespace socle::common
