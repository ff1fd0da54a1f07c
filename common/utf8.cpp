#include "common/utf8.h"

#include <cstdint>

#include "common/line_index.h"

namespace socle::common {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// UTF-16 (after its byte-order mark) to UTF-8; nothing when the text is cut
// in the middle of a unit or holds an unpaired surrogate.
std::optional<std::string> utf16_to_utf8(std::string_view bytes, bool big_endian) {
    if (bytes.size() % 2 != 0) return std::nullopt;
    auto unit = [&](std::size_t i) {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<std::uint32_t>(big_endian ? (a << 8) | b : (b << 8) | a);
    };
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); i += 2) {
        std::uint32_t code = unit(i);
        if (code >= 0xDC00 && code <= 0xDFFF) return std::nullopt;
        if (code >= 0xD800 && code <= 0xDBFF) {
            if (i + 3 >= bytes.size()) return std::nullopt;
            const std::uint32_t low = unit(i + 2);
            if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        }
        append_utf8(out, code);
    }
    return out;
}

std::string how_to_save_as_utf8(TextFileKind kind) {
    if (kind == TextFileKind::Csv)
        return "save it as UTF-8 and import it again (in Excel: File > Save As > \"CSV UTF-8 (Comma delimited)\"; "
               "in LibreOffice Calc: Save As, tick \"Edit filter settings\", Character set \"Unicode (UTF-8)\")";
    return "save it as UTF-8 in a text editor (in Notepad: File > Save As, Encoding \"UTF-8\") and load it again";
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char min_second = 0x80;
        unsigned char max_second = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) min_second = 0xA0;  // overlong
            if (lead == 0xED) max_second = 0x9F;  // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) min_second = 0x90;  // overlong
            if (lead == 0xF4) max_second = 0x8F;  // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size) return i;
        if (bytes[i + 1] < min_second || bytes[i + 1] > max_second) return i;
        for (std::size_t k = 2; k < length; ++k)
            if (!is_continuation(bytes[i + k])) return i;
        i += length;
    }
    return std::nullopt;
}

std::optional<std::size_t> find_control_character(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return i;
    }
    return std::nullopt;
}

std::string without_control_characters(std::string_view text) {
    std::string kept;
    kept.reserve(text.size());
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 || c == '\t' || c == '\n' || c == '\r') kept += c;
    }
    return kept;
}

std::optional<std::string> decode_text_input(std::string_view bytes, const std::string& file, TextFileKind kind,
                                             Diagnostics& diagnostics) {
    std::string text;
    const bool utf16_le = bytes.substr(0, 2) == "\xFF\xFE";
    const bool utf16_be = bytes.substr(0, 2) == "\xFE\xFF";
    if (utf16_le || utf16_be) {
        auto converted = utf16_to_utf8(bytes.substr(2), utf16_be);
        if (!converted) {
            diagnostics.error(file, 0, 0, "the file starts like UTF-16 but is not valid UTF-16; " +
                                              how_to_save_as_utf8(kind));
            return std::nullopt;
        }
        diagnostics.add(Severity::Note, file, 0, 0,
                        std::string("the file is in UTF-16 ") + (utf16_be ? "big-endian" : "little-endian") +
                            "; it was read as such and converted to UTF-8");
        text = std::move(*converted);
    } else {
        text.assign(bytes);
    }
    // Every mark at the start goes, not just the first: a file passed
    // through two tools that each add one (or UTF-16 whose mark was doubled)
    // kept an invisible U+FEFF before its first column name, which then did
    // not match, and decoding the text again changed it (found by fuzzing).
    std::size_t marks = 0;
    while (text.compare(marks, kUtf8Bom.size(), kUtf8Bom) == 0) marks += kUtf8Bom.size();
    text.erase(0, marks);
    const LineIndex lines(text);
    if (const auto bad = find_invalid_utf8(text)) {
        const auto at = lines.position(static_cast<std::ptrdiff_t>(*bad));
        char hex[8];
        static constexpr char kDigits[] = "0123456789ABCDEF";
        const auto byte = static_cast<unsigned char>(text[*bad]);
        hex[0] = '0', hex[1] = 'x', hex[2] = kDigits[byte >> 4], hex[3] = kDigits[byte & 0xF], hex[4] = '\0';
        diagnostics.error(file, at.line, at.column,
                          std::string("the file is not UTF-8 (byte ") + hex +
                              " here; it was probably saved in a legacy code page such as Windows-1252): " +
                              how_to_save_as_utf8(kind));
        return std::nullopt;
    }
    if (const auto control = find_control_character(text)) {
        const auto at = lines.position(static_cast<std::ptrdiff_t>(*control));
        const auto code = static_cast<unsigned char>(text[*control]);
        diagnostics.error(file, at.line, at.column,
                          code == 0 ? "the file holds a NUL byte: is it UTF-16 without a byte-order mark, or not a "
                                      "text file at all? " + how_to_save_as_utf8(kind)
                                    : "the file holds an invisible control character (code " + std::to_string(code) +
                                          ") that a .socle file cannot keep; delete it (only tab and line breaks "
                                          "are allowed)");
        return std::nullopt;
    }
    return text;
}

void append_utf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code >> 6)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (code >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (code >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 1;
    if (i + length > text.size()) length = 1;
    char32_t c = length == 1 ? byte : length == 2 ? (byte & 0x1Fu) : length == 3 ? (byte & 0x0Fu) : (byte & 0x07u);
    for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    i += length;
    return c;
}

}  // namespace socle::common
