#pragma once
// Is a translation written in the script of its language? Catches the
// commonest slips of a translators' round trip: the English pasted into a
// Lao field, a Russian text left in a Tajik one. Ids and acronyms (D5.1, API,
// MIS, ILO, all-capital words) are allowed in any language.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace socle::frameworks {

// What is wrong, in words for the translator, or nothing when the text fits
// (or the language has no rule: only lo and tg have one today).
std::optional<std::string> check_script(std::string_view lang, std::string_view text);

// The numbers and placeholders ({name}, %s, %1$d) of source that text lacks.
// Lao digits count as the digits they stand for.
std::vector<std::string> lost_numbers_and_placeholders(std::string_view source, std::string_view text);

}  // namespace socle::frameworks
