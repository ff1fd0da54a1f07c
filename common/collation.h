#pragma once
// Alphabetical order in the session's language, for lists of names
// (participants, institutions, systems). Byte order put every Cyrillic
// capital before every small letter, "Ёлкин" after "Яковлев" and the
// Tajik letters (Ғ Ӣ Қ Ӯ Ҳ Ҷ) after Я; it put "Élise" after "Zoé".
//
// No ICU (the Windows build stays a plain compiler and wxWidgets): the rules
// below cover the letters of Socle's languages, and anything else sorts by
// code point after them. docs/collation.md states the orders and their
// sources.
//
// Three levels, as in the Unicode Collation Algorithm: letters first
// (without case or accent), then accents (and Lao tone marks), then case
// (small before capital).
// - Latin: a-z; an accented letter is its base letter at the first level
//   (é = e, ç = c), æ œ ß count as ae oe ss.
// - Cyrillic (Russian and Tajik): the Russian alphabet, Ё right after Е,
//   with the Tajik letters after their base letter, which is the Tajik
//   alphabet's order: Г Ғ, И Ӣ, К Қ, У Ӯ, Х Ҳ, Ч Ҷ.
// - Lao: the consonants in the order of the Lao alphabet (ກ ຂ ຄ ງ ຈ ສ ຊ ຍ
//   ...), a vowel written before its consonant (ເ ແ ໂ ໃ ໄ) counted after it,
//   tone marks at the second level.
// - Scripts: in a Russian or Tajik session Cyrillic comes before Latin, in a
//   Lao session Lao comes first; otherwise Latin, Cyrillic, Lao.
#include <string>
#include <string_view>

namespace socle::common {

// A key whose byte order (std::string's operator<) is the order of
// collate_less: compute it once per name to sort a long list.
std::string collation_key(std::string_view text, std::string_view lang);

// Whether a comes before b in lang's order. Texts equal at every level
// (the same text) are not less than each other.
bool collate_less(std::string_view a, std::string_view b, std::string_view lang);

// text in small letters (Latin, accented Latin and Cyrillic; other scripts
// as written), for searches that ignore case: "ҲИФЗ" finds "ҳифз".
std::string fold_case(std::string_view text);

}  // namespace socle::common
