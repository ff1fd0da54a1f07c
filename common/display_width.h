#pragma once
// How wide a text shows in a terminal, for tables that line up in Lao,
// Tajik or Russian as in English: std::setw pads by bytes, so a Cyrillic
// name (2 bytes a letter) or a Lao one (3 bytes, and vowels and tone marks
// that stack on the consonant and take no column) came out short.
#include <cstddef>
#include <string>
#include <string_view>

namespace socle::common {

// Columns taken by UTF-8 text: combining marks (Lao and Thai vowels and
// tone marks above or below, general combining diacritics) take none, East
// Asian wide characters two, everything else one. Invalid bytes count one.
std::size_t display_width(std::string_view text);

// text followed by spaces up to width columns (nothing added when wider).
std::string pad_to_width(std::string_view text, std::size_t width);

}  // namespace socle::common
