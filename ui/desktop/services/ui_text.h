#pragma once
// Conversions between the core's UTF-8 std::string / std::filesystem::path
// and wxString, in one place so that no file guesses an encoding. Paths go
// through common/path_text.h (UTF-8 on every platform, whatever the process
// locale): path::wstring() and path::string() depend on the locale and threw
// on the first Cyrillic file name.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include <wx/intl.h>
#include <wx/string.h>

#include "common/path_text.h"
#include "common/utf8.h"

namespace socle::desktop {

inline wxString to_wx(std::string_view text) { return wxString::FromUTF8(text.data(), text.size()); }
inline std::string exact_utf8(const wxString& text) {
    const wxScopedCharBuffer utf8 = text.utf8_str();
    return std::string(utf8.data(), utf8.length());
}
// What the user typed or pasted, for the model: without the control
// characters a .socle cannot keep (a form feed pasted from a PDF), so that
// what is on screen is what is saved and reopened.
inline std::string to_utf8(const wxString& text) { return common::without_control_characters(exact_utf8(text)); }

inline wxString path_to_wx(const std::filesystem::path& path) { return to_wx(common::path_to_utf8(path)); }
inline std::filesystem::path to_path(const wxString& text) { return common::path_from_utf8(exact_utf8(text)); }

// At most `max_chars` characters of `utf8`, cut at a space when one is near
// the end, with "…" when anything was cut (questions in tables and lists).
inline wxString short_text(const std::string& utf8, std::size_t max_chars) {
    wxString text = to_wx(utf8);
    if (text.length() <= max_chars) return text;
    text.Truncate(max_chars);
    const auto space = text.find_last_of(' ');
    if (space != wxString::npos && space > max_chars / 2) text.Truncate(space);
    return text + wxString::FromUTF8("…");
}

// A core label marked N_() (English, UTF-8), translated for display.
inline wxString translated(std::string_view core_label) { return wxGetTranslation(to_wx(core_label)); }

}  // namespace socle::desktop
