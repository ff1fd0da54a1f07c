#pragma once
// Checking text at the door. Every file a user gives (CSV, framework XML)
// must be UTF-8: a Windows-1252 byte taken in as is ends up in a .socle that
// is no longer well-formed XML, a workbook that does not open and JSON that
// is not UTF-8, all after an import that said it went well.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostics.h"

namespace socle::common {

// The offset of the first byte that does not belong to well-formed UTF-8
// (overlong forms, surrogates and code points above U+10FFFF included), or
// nullopt when the whole text is UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);
inline bool is_valid_utf8(std::string_view text) { return !find_invalid_utf8(text); }

// The offset of the first control character XML 1.0 cannot hold (a byte
// below 0x20 other than tab, line feed and carriage return), or nullopt.
std::optional<std::size_t> find_control_character(std::string_view text);

// `text` without those control characters. For what a user types or pastes
// (a form feed copied from a PDF): the .socle writer could not keep them, so
// the text on screen would differ from the text saved.
std::string without_control_characters(std::string_view text);

// What the file is, for the advice on saving it as UTF-8.
enum class TextFileKind { Csv, Xml };

// Turns the bytes of a text file the user gave into UTF-8 text:
// - a UTF-8 byte-order mark is skipped;
// - UTF-16 with a byte-order mark is converted, with a note saying so;
// - anything else that is not UTF-8 (a legacy code page such as
//   Windows-1252), or holds a control character, is refused with an error
//   at its line and column that says how to save the file as UTF-8.
// Returns nothing when an error was added.
std::optional<std::string> decode_text_input(std::string_view bytes, const std::string& file, TextFileKind kind,
                                             Diagnostics& diagnostics);

// The code point at i, advancing i past it. For text already checked as
// UTF-8; a stray byte is taken as the code point of its value.
char32_t next_code_point(std::string_view text, std::size_t& i);

// code as UTF-8 at the end of out.
void append_utf8(std::string& out, char32_t code);

}  // namespace socle::common
