#include "common/line_index.h"

#include <algorithm>

namespace socle::common {

TextPosition LineIndex::position(std::ptrdiff_t offset) const {
    if (line_starts_.empty()) {
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < text_.size(); ++i)
            if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
    const std::size_t at = std::min(static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0)), text_.size());
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), at);
    const auto line = static_cast<std::size_t>(next - line_starts_.begin());  // 1-based
    const std::size_t start = line_starts_[line - 1];
    int column = 1;
    for (std::size_t i = start; i < at; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // skip continuation bytes
    return {static_cast<int>(line), column};
}

}  // namespace socle::common
