#include "common/display_width.h"

#include "common/utf8.h"

namespace socle::common {

namespace {

// The zero-width marks of the scripts Socle shows (not the whole Unicode
// table: a terminal table of Socle's own languages needs no more).
bool is_zero_width(char32_t c) {
    if (c >= 0x0300 && c <= 0x036F) return true;  // combining diacritics
    if (c >= 0x0483 && c <= 0x0489) return true;  // Cyrillic combining marks
    if (c == 0x0EB1 || (c >= 0x0EB4 && c <= 0x0EBC) || (c >= 0x0EC8 && c <= 0x0ECE)) return true;  // Lao
    if (c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E)) return true;  // Thai
    if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF) return true;  // zero-width space, joiners, BOM
    return false;
}

bool is_wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
}

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = next_code_point(text, i);
        if (is_zero_width(c)) continue;
        width += is_wide(c) ? 2 : 1;
    }
    return width;
}

std::string pad_to_width(std::string_view text, std::size_t width) {
    std::string out(text);
    const auto used = display_width(text);
    if (used < width) out.append(width - used, ' ');
    return out;
}

}  // namespace socle::common
